/**
 * An article page → its main text and metadata, for feed items that carry only a summary. A
 * Readability-style pass over the page's tree: page chrome and boilerplate blocks (navigation,
 * share bars, "read also" lists, related stories, comments) are dropped, then the element whose
 * own paragraphs hold the most text is taken as the article.
 */
import { toIsoTime, toLocalDay } from './feed-parse.ts';
import { findElements, parseMarkup, textOf, type MarkupElement } from './markup-tree.ts';

export type ArticlePage = {
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly publishedDay?: string;
  readonly language?: string;
};

const CHROME = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'template', 'svg', 'iframe', 'button', 'figure', 'head']);
/** class/id words of blocks that are not the article. */
const BOILERPLATE = /(?:^|[\s_-])(?:share|sharing|social|related|read-?also|readmore|more-news|most-read|breadcrumbs?|comments?|newsletter|tags?|menu|sidebar|widget|advert\w*|ads?|promo|footer|header|nav\w*|subscribe|cookie)(?:$|[\s_-])/iu;
/** Paragraphs that introduce other stories or ask to share, in Arabic and English. */
const BOILERPLATE_PARAGRAPH = /^\s*(?:اقرأ\s+أيض[اًا]?|اقرأ\s+المزيد|إقرأ\s+أيض[اًا]?|اقرأ\s+كذلك|شارك(?:وا)?(?:\s|:|$)|تابعونا|تابعوا|للمزيد|مواضيع\s+ذات\s+صلة|read\s+(?:also|more)|share\b|related\b)/iu;
const PARAGRAPH_LIKE = new Set(['p', 'h2', 'h3', 'blockquote', 'li']);

function isBoilerplate(element: MarkupElement): boolean {
  if (CHROME.has(element.name)) return true;
  const label = `${element.attributes.class ?? ''} ${element.attributes.id ?? ''} ${element.attributes.role ?? ''}`;
  return element.name !== 'article' && element.name !== 'body' && element.name !== 'main' && BOILERPLATE.test(label);
}

function prune(element: MarkupElement): void {
  element.children.splice(0, element.children.length, ...element.children.filter((child) => typeof child === 'string' || !isBoilerplate(child)));
  for (const child of element.children) if (typeof child !== 'string') prune(child);
}

function paragraphsOf(element: MarkupElement): string[] {
  return element.children
    .filter((child): child is MarkupElement => typeof child !== 'string' && PARAGRAPH_LIKE.has(child.name))
    .map((child) => textOf(child).replace(/\s+/gu, ' ').trim())
    .filter((text) => text.length > 0 && !BOILERPLATE_PARAGRAPH.test(text));
}

function meta(document: MarkupElement, names: readonly string[]): string | undefined {
  for (const name of names) {
    const found = findElements(document, (el) => el.name === 'meta' && (el.attributes.property === name || el.attributes.name === name || el.attributes.itemprop === name))[0];
    const content = found?.attributes.content?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Extract the main text of an article page; `text` is empty when no article body was found. */
export function extractArticlePage(html: string): ArticlePage {
  const document = parseMarkup(html, 'html');
  const title = meta(document, ['og:title', 'twitter:title']) ?? findElements(document, (el) => el.name === 'title').map((el) => textOf(el).trim())[0];
  const outlet = meta(document, ['og:site_name', 'application-name']);
  const timeElement = findElements(document, (el) => el.name === 'time' && el.attributes.datetime !== undefined)[0];
  const stamp = meta(document, ['article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date']) ?? timeElement?.attributes.datetime;
  const published = toIsoTime(stamp);
  const publishedDay = toLocalDay(stamp);
  const language = findElements(document, (el) => el.name === 'html')[0]?.attributes.lang;
  prune(document);
  let best: { paragraphs: string[]; length: number } = { paragraphs: [], length: 0 };
  const consider = (element: MarkupElement) => {
    const paragraphs = paragraphsOf(element);
    const length = paragraphs.reduce((sum, text) => sum + text.length, 0);
    if (length > best.length) best = { paragraphs, length };
  };
  consider(document);
  for (const element of findElements(document, () => true)) consider(element);
  return {
    text: best.paragraphs.join('\n\n'),
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
    ...(publishedDay ? { publishedDay } : {}),
    ...(language ? { language } : {}),
  };
}
