/**
 * An article page → its main text and metadata, for feed items that carry only a summary.
 * Mozilla's Readability (the engine of Firefox's Reader View) runs over a linkedom DOM, between a
 * pre-pass that removes obvious boilerplate and a post-pass that drops leftover "read also" and
 * share lines; when Readability finds nothing, a simpler heuristic over the raw markup is tried.
 */
import { Readability } from '@mozilla/readability';
import { toIsoTime, toLocalDay } from './feed-parse.ts';
import { articleParagraphs, removeBoilerplate } from './page-boilerplate.ts';
import { parsePage, type PageNode } from './page-dom.ts';
import { extractByHeuristic } from './page-heuristic.ts';
import { readPageMetadata } from './page-metadata.ts';

export type ArticlePage = {
  /** Paragraphs separated by a blank line; empty when the page has no article. */
  readonly text: string;
  /** Which reader found the text: 'none' when neither found an article. */
  readonly method: 'readability' | 'heuristic' | 'none';
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly publishedDay?: string;
  readonly language?: string;
};

/**
 * Readability's content threshold. When an attempt yields fewer characters, Readability retries
 * with less cleaning and lets more of the page in; its default (500) is tuned for English long
 * reads, so a two- or three-paragraph Arabic wire story would be read on a looser attempt. At 200
 * it is accepted on the first, strictest one; long pages are unaffected.
 */
const READABILITY_CHAR_THRESHOLD = 200;

/**
 * Less text than this is not an article but an error page, a teaser or a cookie notice. It is
 * Readability's own minimum for a readable paragraph (`isProbablyReaderable`'s minContentLength).
 */
export const MIN_ARTICLE_CHARS = 140;

type ReadabilityResult = { title: string | null | undefined; content: PageNode | null | undefined; siteName: string | null | undefined; lang: string | null | undefined; publishedTime: string | null | undefined };

function readWithReadability(html: string): { paragraphs: string[]; result: ReadabilityResult | null; metadata: ReturnType<typeof readPageMetadata> } {
  const document = parsePage(html);
  const metadata = readPageMetadata(document);
  removeBoilerplate(document);
  // Readability's typings name the DOM lib's Document, which this project does not load (see
  // page-dom.ts); linkedom's document is one at run time. The serializer hands back the content
  // element itself, so its blocks are read from the DOM instead of re-parsing an HTML string.
  const reader = new Readability<PageNode>(document as never, { charThreshold: READABILITY_CHAR_THRESHOLD, serializer: (node) => node as unknown as PageNode });
  let result: ReadabilityResult | null;
  try {
    result = reader.parse();
  } catch {
    // Readability assumes a browser's DOM and can trip over a document linkedom built differently;
    // the heuristic then reads the raw markup, and `method` says so.
    result = null;
  }
  const paragraphs = result?.content ? articleParagraphs(result.content, [metadata.title, metadata.headline, metadata.documentTitle, result.title ?? undefined]) : [];
  return { paragraphs, result, metadata };
}

function enough(paragraphs: readonly string[]): string | undefined {
  const text = paragraphs.join('\n\n');
  return text.length >= MIN_ARTICLE_CHARS ? text : undefined;
}

/** Extract the main text of an article page; `text` is empty (method 'none') when no article body was found. */
export function extractArticlePage(html: string): ArticlePage {
  const { paragraphs, result, metadata } = readWithReadability(html);
  const readable = enough(paragraphs);
  const fallback = readable === undefined ? enough(extractByHeuristic(html)) : undefined;
  const method = readable !== undefined ? 'readability' : fallback !== undefined ? 'heuristic' : 'none';
  const title = metadata.title ?? (result?.title || undefined) ?? metadata.documentTitle;
  const outlet = metadata.outlet ?? (result?.siteName || undefined);
  const stamp = metadata.publishedStamp ?? (result?.publishedTime || undefined);
  const published = toIsoTime(stamp);
  const publishedDay = toLocalDay(stamp);
  const language = metadata.language ?? (result?.lang || undefined);
  return {
    text: readable ?? fallback ?? '',
    method,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
    ...(publishedDay ? { publishedDay } : {}),
    ...(language ? { language } : {}),
  };
}
