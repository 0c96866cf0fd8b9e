import { z } from 'zod';
import { InputError } from '../errors.ts';
import type { IsoDate } from '../store/article-store.ts';
import { isIsoDate } from '../text/calendar.ts';
import { splitSentences } from '../text/sentences.ts';
import { htmlToText, looksLikeHtml } from './html-text.ts';

/** One article read from a file, before it gets an id and a fingerprint. */
export type ArticleRecord = {
  readonly source: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly body: string;
  readonly publishedDate?: IsoDate;
  /** The language the source declares (a feed's or a page's `lang`, e.g. "ar-EG"); otherwise it is told from the text. */
  readonly language?: string;
  readonly repairs: readonly string[];
};

/** A record of a .json / .ndjson file that could not be read, with its position. */
export type RecordRefusal = { readonly source: string; readonly reason: string };

const DATE_LINE = /^\s*date\s+(\S+)[ \t]*/u;


/** Markdown that scrapers leave around news text: images, links, emphasis, heading marks. */
function stripStrayMarkdown(text: string): { text: string; changed: boolean } {
  const cleaned = text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/gu, '')
    .replace(/\[([^\]\n]+)\]\((?:https?:)?[^)\s]*\)/gu, '$1')
    .replace(/^#{1,6}[ \t]+/gmu, '')
    .replace(/\*\*([^*\n]+)\*\*/gu, '$1');
  return { text: cleaned, changed: cleaned !== text };
}

/** A first line short enough and unpunctuated enough to be a headline, followed by more text. */
function detectTitle(body: string): string | undefined {
  const lines = body.split('\n');
  const first = lines[0]?.trim() ?? '';
  const rest = lines.slice(1).join('\n').trim();
  if (!first || !rest) return undefined;
  const words = first.split(/\s+/u).length;
  if (words > 14 || /[.!?؟:،]$/u.test(first)) return undefined;
  // A line the page wrapped mid-sentence ("التقى مسؤولون …\n، الأحد، مع …") is the start of the lead, not a headline.
  if (splitSentences(body)[0]?.text !== first) return undefined;
  return first;
}

function tidyBody(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Parse a text article in the seed format: an optional `date YYYY-MM-DD` first, then the body. */
export function parseTextArticle(source: string, decoded: string, inheritedRepairs: readonly string[] = []): ArticleRecord {
  const repairs = [...inheritedRepairs];
  let text = decoded;
  let publishedDate: string | undefined;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) {
    const value = dateLine[1]!;
    if (!isIsoDate(value)) {
      throw new InputError(`has a date line '${value}' that is not a calendar day; write it as YYYY-MM-DD, e.g. date 2026-02-05`, { code: 'input_refused' });
    }
    publishedDate = value;
    text = text.slice(dateLine[0].length);
  }
  let title: string | undefined;
  if (looksLikeHtml(text)) {
    const html = htmlToText(text);
    text = html.text;
    title = html.title;
    repairs.push('HTML converted to text');
  }
  const markdown = stripStrayMarkdown(text);
  if (markdown.changed) repairs.push('stray markdown removed');
  const body = tidyBody(markdown.text);
  if (body.length === 0) throw new InputError('has no article text once markup is removed', { code: 'input_refused' });
  title ??= detectTitle(body);
  return {
    source,
    body,
    repairs,
    ...(publishedDate ? { publishedDate } : {}),
    ...(title ? { title } : {}),
  };
}

const recordSchema = z.object({
  url: z.string().url('must be a URL such as https://example.com/news/1').optional(),
  outlet: z.string().min(1).optional(),
  title: z.string().optional(),
  published: z
    .string()
    .refine((value) => isIsoDate(value.slice(0, 10)) && (value.length === 10 || /^\d{4}-\d{2}-\d{2}[T ]/u.test(value)), {
      message: 'must be a date or timestamp such as 2026-02-05 or 2026-02-05T08:30:00+03:00',
    })
    .optional(),
  body: z.string({ error: (issue) => (issue.input === undefined ? 'is missing (the article text)' : 'must be a string') }).refine((value) => value.trim().length > 0, 'is empty'),
});

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `"${issue.path.join('.') || 'record'}" ${issue.message}`).join('; ');
}

/** Parse the records of a .json (one record or an array) or .ndjson (one per line) file. */
export function parseRecordFile(
  source: string,
  decoded: string,
  format: 'json' | 'ndjson',
  inheritedRepairs: readonly string[] = [],
): { records: ArticleRecord[]; refusals: RecordRefusal[] } {
  const raw: { at: string; value?: unknown; invalidJson?: true }[] = [];
  const refusals: RecordRefusal[] = [];
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(decoded);
    } catch (error) {
      throw new InputError(`is not valid JSON (${(error as Error).message}); give one record or an array of records`, { code: 'input_refused' });
    }
    const list = Array.isArray(value) ? value : [value];
    list.forEach((item, index) => { raw.push({ at: Array.isArray(value) ? `${source}[${index}]` : source, value: item }); });
  } else {
    decoded.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        raw.push({ at: `${source}:${index + 1}`, value: JSON.parse(line) });
      } catch {
        raw.push({ at: `${source}:${index + 1}`, invalidJson: true });
      }
    });
  }
  const records: ArticleRecord[] = [];
  for (const { at, value, invalidJson } of raw) {
    if (invalidJson) {
      refusals.push({ source: at, reason: 'is not valid JSON; each line of an .ndjson file is one record' });
      continue;
    }
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) {
      refusals.push({ source: at, reason: `record refused: ${describeIssues(parsed.error)}` });
      continue;
    }
    try {
      const text = parseTextArticle(parsed.data.url ?? at, parsed.data.body, inheritedRepairs);
      const title = parsed.data.title?.trim() || text.title;
      records.push({
        ...text,
        ...(parsed.data.outlet ? { outlet: parsed.data.outlet } : {}),
        ...(title ? { title } : {}),
        ...(parsed.data.published ? { publishedDate: parsed.data.published.slice(0, 10) } : text.publishedDate ? { publishedDate: text.publishedDate } : {}),
      });
    } catch (error) {
      refusals.push({ source: at, reason: (error as Error).message });
    }
  }
  return { records, refusals };
}
