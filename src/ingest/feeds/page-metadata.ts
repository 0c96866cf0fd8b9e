/**
 * What a news page says about itself: title, outlet, publication time and language, from meta
 * tags (Open Graph, article:*, itemprop), JSON-LD (schema.org NewsArticle), <time> and <html lang>.
 * Read before boilerplate removal and Readability, which both change the document.
 */
import { collapseSpace, type PageDocument } from './page-dom.ts';

export type PageMetadata = {
  /** og:title, twitter:title or the JSON-LD headline. */
  readonly title?: string;
  /** The <title> element, kept apart because it often carries the site's name too. */
  readonly documentTitle?: string;
  /** The page's first <h1>, which a page repeats at the top of the article. */
  readonly headline?: string;
  readonly outlet?: string;
  /** The publication time as the page wrote it (offset kept, for the local day). */
  readonly publishedStamp?: string;
  readonly language?: string;
};

type JsonLdNode = Record<string, unknown>;

function metaContent(document: PageDocument, names: readonly string[]): string | undefined {
  const metas = Array.from(document.querySelectorAll('meta'));
  for (const name of names) {
    for (const meta of metas) {
      const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
      if (key?.toLowerCase() !== name) continue;
      const content = collapseSpace(meta.getAttribute('content') ?? '');
      if (content) return content;
    }
  }
  return undefined;
}

/** Every object in the page's JSON-LD blocks, arrays and @graph flattened. */
function jsonLdNodes(document: PageDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      nodes.push(value as JsonLdNode);
      collect((value as JsonLdNode)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Hand-written JSON-LD is often broken (a trailing comma); it is optional metadata, so the
      // meta tags and <time> elements are read instead.
    }
  }
  return nodes;
}

/** The JSON-LD node describing the article: a *Article type with a publication date, else any with one. */
function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | undefined {
  const isArticle = (node: JsonLdNode) => [node['@type']].flat().some((type) => typeof type === 'string' && /Article|Posting|Report/u.test(type));
  return nodes.find((node) => isArticle(node) && typeof node.datePublished === 'string') ?? nodes.find(isArticle) ?? nodes.find((node) => typeof node.datePublished === 'string');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return collapseSpace(value) || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as JsonLdNode).name);
  return undefined;
}

/** Read a page's metadata; every field is absent when the page does not say. */
export function readPageMetadata(document: PageDocument): PageMetadata {
  const article = articleNode(jsonLdNodes(document));
  const title = metaContent(document, ['og:title', 'twitter:title']) ?? text(article?.headline);
  const documentTitle = collapseSpace(document.querySelector('title')?.textContent ?? '') || undefined;
  const headline = collapseSpace(document.querySelector('h1')?.textContent ?? '') || undefined;
  const outlet = metaContent(document, ['og:site_name', 'application-name']) ?? text(article?.publisher);
  // A <time> inside the article before any other: the first one on the page may date a sidebar story.
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const publishedStamp =
    metaContent(document, ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued']) ??
    text(article?.datePublished) ??
    (collapseSpace(time?.getAttribute('datetime') ?? '') || undefined);
  const language = collapseSpace(document.documentElement?.getAttribute('lang') ?? '') || metaContent(document, ['content-language']) || text(article?.inLanguage);
  return {
    ...(title ? { title } : {}),
    ...(documentTitle ? { documentTitle } : {}),
    ...(headline ? { headline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(publishedStamp ? { publishedStamp } : {}),
    ...(language ? { language } : {}),
  };
}
