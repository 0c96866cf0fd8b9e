import { readFile } from 'node:fs/promises';
import { InputError, isMujazError } from '../errors.ts';
import { parseTextArticle } from '../ingest/article-file.ts';
import { decodeArticleBytes } from '../ingest/decode.ts';
import { articleIdOf } from '../ingest/fingerprint.ts';
import { extractFacts } from '../extract/index.ts';
import { russiaUkrainePack } from '../packs/russia-ukraine/index.ts';
import type { Command } from './command.ts';
import { stringOption } from './command.ts';
import { dayOption } from './read-options.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the facts the engine reads in one article file (no store needed)',
  usage: 'mujaz extract FILE [--json] [--date YYYY-MM-DD]',
  options: { json: { type: 'boolean' }, date: { type: 'string' } },
  allowPositionals: true,
  async run(context, values, positionals) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new InputError('give exactly one article file, e.g. mujaz extract seeds/000_908d46d436d07b3b.txt --json');
    let record;
    try {
      record = parseTextArticle(file, decodeArticleBytes(await readFile(file), context.config.maxArticleBytes).text);
    } catch (error) {
      if (isMujazError(error)) throw new InputError(`${file} ${error.message}`);
      throw new InputError(`${file} cannot be read: ${(error as Error).message}`);
    }
    // An undated file can be given its day, since figures and rounds are dated relative to it.
    const publishedDate = dayOption(stringOption(values, 'date'), '--date') ?? record.publishedDate;
    const article = { id: articleIdOf(record.body), body: record.body, ...(record.title ? { title: record.title } : {}), ...(publishedDate ? { publishedDate } : {}) };
    const facts = extractFacts(article, russiaUkrainePack);
    if (values.json) {
      context.out(JSON.stringify({ article: { id: article.id, source: file, publishedDate: publishedDate ?? null, title: record.title ?? null }, facts }, null, 2));
      return 0;
    }
    context.out(`${file}: article ${article.id}, ${publishedDate ?? 'undated'}, ${facts.length} facts`);
    for (const fact of facts) {
      const detail = fact.kind === 'figure' ? `${fact.metric} ${fact.scope} ${fact.qualifier === 'exact' ? '' : `${fact.qualifier} `}${fact.value}${fact.side ? ` (${fact.side} losses)` : ''} — ${fact.claimant.text}` : JSON.stringify({ ...fact, evidence: undefined });
      context.out(`  ${fact.kind.padEnd(14)} ${detail}`);
    }
    return 0;
  },
};
