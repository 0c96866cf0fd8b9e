import type { Pack } from '../packs/schema.ts';
import { readFile, stat } from 'node:fs/promises';
import { InputError, isMujazError } from '../errors.ts';
import { parseTextArticle } from '../ingest/article-file.ts';
import { statedDayOf } from '../ingest/date-inference.ts';
import { decodeArticleBytes } from '../ingest/decode.ts';
import { articleIdOf } from '../ingest/fingerprint.ts';
import { collectArticleFiles, type IngestEvent } from '../ingest/ingest-files.ts';
import { extractFacts, type Fact } from '../extract/index.ts';
import type { CliContext, Command } from './command.ts';
import { stringOption } from './command.ts';
import { dayOption } from './read-options.ts';

type Extracted = {
  readonly article: { readonly id: string; readonly source: string; readonly publishedDate: string | null; readonly title: string | null };
  readonly facts: readonly Fact[];
};

/** Read one article file and extract its facts; a file that cannot be read is an InputError naming it. */
async function extractFile(pack: Pack, file: string, maxBytes: number, date: string | undefined, today: string): Promise<Extracted> {
  let record: ReturnType<typeof parseTextArticle>;
  try {
    record = parseTextArticle(file, decodeArticleBytes(await readFile(file), maxBytes).text);
  } catch (error) {
    if (isMujazError(error)) throw new InputError(`${file} ${error.message}`);
    throw new InputError(`${file} cannot be read: ${(error as Error).message}`);
  }
  // An undated file can be given its day, since figures and rounds are dated relative to it.
  // As ingestion does before any store evidence: an undated text that states its own day is dated by it.
  const publishedDate = date ?? record.publishedDate ?? statedDayOf(record.body)?.date;
  const article = { id: articleIdOf(record.body), body: record.body, ...(record.title ? { title: record.title } : {}), ...(publishedDate ? { publishedDate } : {}), receivedDate: today };
  const facts = extractFacts(article, pack);
  return { article: { id: article.id, source: file, publishedDate: publishedDate ?? null, title: record.title ?? null }, facts };
}

function printText(context: CliContext, { article, facts }: Extracted): void {
  context.out(`${article.source}: article ${article.id}, ${article.publishedDate ?? 'undated'}, ${facts.length} facts`);
  for (const fact of facts) {
    const detail = fact.kind === 'figure' ? `${fact.metric} ${fact.scope} ${fact.qualifier === 'exact' ? '' : `${fact.qualifier} `}${fact.value}${fact.side ? ` (${fact.side} losses)` : ''} — ${fact.claimant.text}` : JSON.stringify({ ...fact, evidence: undefined });
    context.out(`  ${fact.kind.padEnd(14)} ${detail}`);
  }
}

async function isSingleFile(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1) return false;
  try {
    return (await stat(paths[0]!)).isFile();
  } catch {
    return false;
  }
}

/**
 * `mujaz extract FILE` prints one article's facts (pretty JSON with --json). Given several files
 * or a folder, it reads them all in one process, so a corpus is not paid for with one start-up per
 * article: with --json one JSON object per line (NDJSON), a file it cannot read as a line
 * `{"source", "error"}`; the rest are still read, and the exit code is 1 when any was refused.
 */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the facts the engine reads in article files (no store needed); several files or a folder give NDJSON',
  usage: 'mujaz extract FILE|FOLDER… [--json] [--date YYYY-MM-DD]',
  options: { json: { type: 'boolean' }, date: { type: 'string' } },
  optionHelp: {
    json: 'the facts as JSON (one object per file, NDJSON for several)',
    date: 'the day an undated file was written (YYYY-MM-DD), to date its facts',
  },
  examples: ['mujaz extract seeds/002_d557eae347f50618.txt --date 2026-02-05 --json', 'mujaz extract seeds --json > facts.ndjson'],
  allowPositionals: true,
  async run(context, values, positionals) {
    if (positionals.length === 0) throw new InputError('give an article file or a folder, e.g. mujaz extract seeds/000_908d46d436d07b3b.txt --json');
    const date = dayOption(stringOption(values, 'date'), '--date');
    const maxBytes = context.config.maxArticleBytes;
    // Files read now were written no later than today.
    const today = context.now().toISOString().slice(0, 10);
    if (await isSingleFile(positionals)) {
      const extracted = await extractFile(context.config.pack, positionals[0]!, maxBytes, date, today);
      if (values.json) context.out(JSON.stringify(extracted, null, 2));
      else printText(context, extracted);
      return 0;
    }
    const refusals: IngestEvent[] = [];
    const files = await collectArticleFiles(positionals, refusals);
    let refused = 0;
    const refuse = (source: string, reason: string) => {
      refused++;
      if (values.json) context.out(JSON.stringify({ source, error: reason }));
      else context.err(`${source}: ${reason}`);
    };
    for (const event of refusals) if (event.kind === 'refused') refuse(event.source, event.reason);
    for (const file of files) {
      let extracted: Extracted;
      try {
        extracted = await extractFile(context.config.pack, file, maxBytes, date, today);
      } catch (error) {
        refuse(file, (error as Error).message);
        continue;
      }
      if (values.json) context.out(JSON.stringify(extracted));
      else printText(context, extracted);
    }
    if (!values.json) context.out(`${files.length - (refused - refusals.length)} read, ${refused} refused`);
    return refused > 0 ? 1 : 0;
  },
};
