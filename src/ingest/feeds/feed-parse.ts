/**
 * RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) → feed items. Only what mujaz keeps is read: title, link,
 * the item's text (full content when the feed carries it, else its summary), published time and
 * language; everything else in a feed is ignored.
 */
import { InputError } from '../../errors.ts';
import { htmlToText, looksLikeHtml } from '../html-text.ts';
import { childElements, localName, parseMarkup, textOf, type MarkupElement } from './markup-tree.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf';

/** One item as the feed describes it. */
export type FeedItem = {
  readonly title?: string;
  readonly link?: string;
  /** Text of the item's full content (content:encoded, Atom content), when the feed carries it. */
  readonly content?: string;
  /** Text of the item's summary or description. */
  readonly summary?: string;
  /** The published (else updated) time as written, normalized to ISO 8601 when it parses. */
  readonly published?: string;
  /** The day of `published` in the offset it was written in. */
  readonly publishedDay?: string;
  readonly language?: string;
};

export type ParsedFeed = { readonly format: FeedFormat; readonly title?: string; readonly language?: string; readonly items: readonly FeedItem[] };

function cleanText(raw: string): string {
  const text = looksLikeHtml(raw) || /<\/?(?:p|br|a|img)\b/iu.test(raw) ? htmlToText(raw).text : raw;
  return text.replace(/[ \t\u00a0]+/gu, ' ').replace(/ *\n */gu, '\n').replace(/\n{3,}/gu, '\n\n').trim();
}

function firstText(element: MarkupElement, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const child of childElements(element, name)) {
      const text = cleanText(textOf(child));
      if (text) return text;
    }
  }
  return undefined;
}

/** RFC 822 ("Thu, 05 Feb 2026 08:30:00 +0300") or ISO 8601 → ISO 8601 in UTC; unparsable stays undefined. */
export function toIsoTime(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The calendar day a time was written in, in its own offset: an item stamped
 * "Thu, 05 Feb 2026 01:30:00 +0300" is news of 5 February, though it is still the 4th in UTC.
 */
export function toLocalDay(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const time = Date.parse(raw.trim());
  if (Number.isNaN(time)) return undefined;
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/u.exec(raw.trim());
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(time + minutes * 60_000).toISOString().slice(0, 10);
}

function atomLink(entry: MarkupElement): string | undefined {
  const links = childElements(entry, 'link');
  const alternate = links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate' && link.attributes.href) ?? links.find((link) => link.attributes.href);
  return alternate?.attributes.href?.trim() || firstText(entry, ['link']);
}

/** The object without its undefined or empty fields, typed so optional fields stay optional. */
type Compacted<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };
function compact<T extends Record<string, unknown>>(value: T): Compacted<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Compacted<T>;
}

function rssItem(item: MarkupElement): FeedItem {
  const guid = childElements(item, 'guid')[0];
  const permalink = guid && guid.attributes.ispermalink !== 'false' ? textOf(guid).trim() : undefined;
  return compact({
    title: firstText(item, ['title']),
    link: firstText(item, ['link']) ?? (permalink && /^https?:/u.test(permalink) ? permalink : undefined),
    content: firstText(item, ['content:encoded']),
    summary: firstText(item, ['description', 'dc:description']),
    published: toIsoTime(firstText(item, ['pubdate', 'dc:date', 'published', 'updated'])),
    publishedDay: toLocalDay(firstText(item, ['pubdate', 'dc:date', 'published', 'updated'])),
    language: firstText(item, ['dc:language']),
  });
}

function atomEntry(entry: MarkupElement, feedLanguage: string | undefined): FeedItem {
  return compact({
    title: firstText(entry, ['title']),
    link: atomLink(entry),
    content: firstText(entry, ['content']),
    summary: firstText(entry, ['summary']),
    published: toIsoTime(firstText(entry, ['published', 'updated'])),
    publishedDay: toLocalDay(firstText(entry, ['published', 'updated'])),
    language: entry.attributes['xml:lang'] ?? feedLanguage,
  });
}

/** Parse a feed document; refuses (InputError 'input_refused') what is not well-formed or not a feed. */
export function parseFeed(xml: string): ParsedFeed {
  const document = parseMarkup(xml, 'xml');
  const root = childElements(document)[0]!;
  const rootName = localName(root);
  if (rootName === 'feed') {
    const language = root.attributes['xml:lang'];
    return compact({ format: 'atom' as const, title: firstText(root, ['title']), language, items: childElements(root, 'entry').map((entry) => atomEntry(entry, language)) });
  }
  if (rootName === 'rss' || rootName === 'rdf') {
    const channel = childElements(root, 'channel')[0];
    if (rootName === 'rss' && !channel) throw new InputError('is an RSS document without a <channel>', { code: 'input_refused' });
    const language = channel ? firstText(channel, ['language', 'dc:language']) : undefined;
    // RSS 2.0 keeps items inside the channel; RSS 1.0 (RDF) keeps them beside it.
    const items = [...(channel ? childElements(channel, 'item') : []), ...(rootName === 'rdf' ? childElements(root, 'item') : [])];
    return compact({
      format: rootName === 'rss' ? ('rss' as const) : ('rdf' as const),
      title: channel ? firstText(channel, ['title']) : undefined,
      language,
      items: items.map((item) => {
        const parsed = rssItem(item);
        return parsed.language || !language ? parsed : { ...parsed, language };
      }),
    });
  }
  throw new InputError(`is XML but not a feed (its root is <${root.name}>, not <rss>, <feed> or <rdf:RDF>)`, { code: 'input_refused' });
}
