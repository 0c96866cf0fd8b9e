import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { isMujazError } from '../errors.ts';
import type { ArticleDraft, ArticleStore, InsertOutcome, NearDuplicateCandidate, StoredArticle } from '../store/article-store.ts';
import { parseRecordFile, parseTextArticle, type ArticleRecord } from './article-file.ts';
import { decodeArticleBytes } from './decode.ts';
import { redateUndatedArticles } from './redate.ts';
import { articleIdOf, containment, fingerprintOf, isNearDuplicate } from './fingerprint.ts';

/** What happened to one file or record. */
export type IngestEvent =
  | { readonly kind: 'added'; readonly source: string; readonly article: StoredArticle; readonly repairs: readonly string[]; readonly nearDuplicateOf?: string }
  | { readonly kind: 'duplicate'; readonly source: string; readonly article: StoredArticle }
  | { readonly kind: 'refused'; readonly source: string; readonly reason: string }
  | { readonly kind: 'dated'; readonly source: string; readonly article: StoredArticle };

export type IngestSummary = {
  readonly added: number;
  readonly duplicates: number;
  readonly refused: number;
  readonly nearDuplicates: number;
  readonly events: readonly IngestEvent[];
};

export type IngestOptions = {
  readonly maxArticleBytes: number;
  readonly now: () => Date;
  /** Sources are recorded relative to this folder (default: the working directory). */
  readonly baseDir?: string;
  /** Called as each file is handled, so the CLI can print progress line by line. */
  readonly onEvent?: (event: IngestEvent) => void;
};

const RECORD_FORMATS: Readonly<Record<string, 'json' | 'ndjson'>> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson' };

/** Every file under the given paths, folders walked in name order, hidden files skipped. */
/** The files under `paths` in name order (folders walked, hidden names skipped); a path that cannot be read is a refusal in `events`. */
export async function collectArticleFiles(paths: readonly string[], events: IngestEvent[]): Promise<string[]> {
  const files: string[] = [];
  async function walk(path: string): Promise<void> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      events.push({ kind: 'refused', source: path, reason: 'does not exist or cannot be read' });
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
      for (const name of names) await walk(join(path, name));
    } else if (info.isFile()) {
      files.push(path);
    }
  }
  for (const path of paths) await walk(path);
  return files;
}

/** Choose the story a new article belongs to: the candidate with the highest containment. */
export function chooseStoryCluster(fingerprintSize: number) {
  return (candidates: readonly NearDuplicateCandidate[]): NearDuplicateCandidate | undefined =>
    candidates
      .filter((candidate) => isNearDuplicate(candidate.shared, fingerprintSize, candidate.fingerprintSize))
      .sort((a, b) => containment(b.shared, fingerprintSize, b.fingerprintSize) - containment(a.shared, fingerprintSize, a.fingerprintSize))[0];
}

/** A language tag's primary subtag ("ar-EG" → "ar"), when the tag is well formed. */
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/iu;
/** Languages written in the Arabic script, which a text's letters alone cannot tell from Arabic. */
const ARABIC_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug']);

/**
 * The article's language: the one the source declares (a feed's or a page's), unless the text's
 * script contradicts it — CMS templates declare "en-US" on Arabic sites — and else Arabic when
 * most letters are, or "und".
 */
function languageOf(record: ArticleRecord): string {
  const declared = record.language === undefined ? undefined : LANGUAGE_TAG.exec(record.language.trim())?.[1]?.toLowerCase();
  const arabic = record.body.match(/[\u0600-\u06ff]/gu)?.length ?? 0;
  const letters = record.body.match(/\p{L}/gu)?.length ?? 1;
  if (arabic / letters >= 0.5) return declared !== undefined && ARABIC_SCRIPT_LANGUAGES.has(declared) ? declared : 'ar';
  return declared ?? 'und';
}

/** An article record → the draft the store takes. */
export function toDraft(record: ArticleRecord): ArticleDraft {
  return {
    id: articleIdOf(record.body),
    source: record.source,
    ...(record.outlet ? { outlet: record.outlet } : {}),
    ...(record.title ? { title: record.title } : {}),
    body: record.body,
    language: languageOf(record),
    ...(record.publishedDate ? { publishedDate: record.publishedDate, dateBasis: 'stated' as const } : { dateBasis: 'unknown' as const, dateEvidence: 'no date given; not yet inferred' }),
    fingerprint: fingerprintOf(record.body),
  };
}

/**
 * The latest day an article can carry: tomorrow in UTC, since it is already tomorrow east of UTC.
 * A later day ("date 9999-12-31") is a typo that would become every digest's latest news day.
 */
export function latestPossibleDay(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** Store one record in its own transaction. */
export async function storeRecord(store: ArticleStore, record: ArticleRecord, ingestedAt: string): Promise<InsertOutcome> {
  const draft = toDraft(record);
  return store.insertArticle(draft, ingestedAt, chooseStoryCluster(new Set(draft.fingerprint).size));
}

async function readRecords(file: string, maxBytes: number): Promise<{ records: ArticleRecord[]; refusals: { source: string; reason: string }[] }> {
  const bytes = await readFile(file);
  const decoded = decodeArticleBytes(bytes, maxBytes);
  const format = RECORD_FORMATS[extname(file).toLowerCase()];
  if (format) return parseRecordFile(file, decoded.text, format, decoded.repairs);
  return { records: [parseTextArticle(file, decoded.text, decoded.repairs)], refusals: [] };
}

/**
 * Ingest files and folders. One bad file never stops the rest; each article is its own
 * transaction; undated articles are dated afterwards from what the whole batch made known.
 */
export async function ingestPaths(store: ArticleStore, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const events: IngestEvent[] = [];
  const emit = (event: IngestEvent) => {
    events.push(event);
    options.onEvent?.(event);
  };
  const missing: IngestEvent[] = [];
  const files = await collectArticleFiles(paths, missing);
  missing.forEach(emit);
  for (const file of files) {
    const shown = relative(options.baseDir ?? process.cwd(), file) || file;
    let read: Awaited<ReturnType<typeof readRecords>>;
    try {
      read = await readRecords(file, options.maxArticleBytes);
    } catch (error) {
      emit({ kind: 'refused', source: shown, reason: isMujazError(error) ? error.message : `cannot be read: ${(error as Error).message}` });
      continue;
    }
    read.refusals.forEach((refusal) => { emit({ kind: 'refused', ...refusal }); });
    for (const record of read.records) {
      if (record.publishedDate !== undefined && record.publishedDate > latestPossibleDay(options.now())) {
        emit({ kind: 'refused', source: shown, reason: `is dated ${record.publishedDate}, after today (${options.now().toISOString().slice(0, 10)}): an article cannot be written in the future; fix its date line` });
        continue;
      }
      try {
        const outcome = await storeRecord(store, { ...record, source: record.source === file ? shown : record.source }, options.now().toISOString());
        if (outcome.kind === 'duplicate') emit({ kind: 'duplicate', source: shown, article: outcome.article });
        else emit({ kind: 'added', source: shown, article: outcome.article, repairs: record.repairs, ...(outcome.nearDuplicateOf ? { nearDuplicateOf: outcome.nearDuplicateOf } : {}) });
      } catch (error) {
        emit({ kind: 'refused', source: shown, reason: isMujazError(error) ? error.message : `could not be stored: ${(error as Error).message}` });
      }
    }
  }
  for (const article of await redateUndatedArticles(store)) emit({ kind: 'dated', source: article.source, article });
  return {
    added: events.filter((e) => e.kind === 'added').length,
    duplicates: events.filter((e) => e.kind === 'duplicate').length,
    refused: events.filter((e) => e.kind === 'refused').length,
    nearDuplicates: events.filter((e) => e.kind === 'added' && e.nearDuplicateOf !== undefined).length,
    events,
  };
}
