/**
 * An article page as a DOM (linkedom, pure JS), and the page's text read block by block. The
 * project compiles without the DOM lib (this is server code), so linkedom's and Readability's
 * `Document` types resolve to nothing useful; the few members the page code uses are named here
 * and the parsed document is cast to them once, in `parsePage`.
 */
import { parseHTML } from 'linkedom';

/** The members of a DOM node the page code reads. */
export type PageNode = {
  readonly nodeType: number;
  /** Upper-case for HTML elements, and for the elements Readability creates ("DIV", "P"). */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
};

export type PageElement = PageNode & {
  getAttribute(name: string): string | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  readonly nextElementSibling: PageElement | null;
  remove(): void;
};

export type PageDocument = {
  readonly documentElement: PageElement | null;
  readonly body: PageElement | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parse a page into a fresh document; Readability mutates what it reads, so parse once per page.
 * HTML lets a page leave out its <html>, <head> and <body> tags. A browser implies them; linkedom
 * does not, and Readability reads only the body, so such a page is wrapped in one first.
 */
export function parsePage(html: string): PageDocument {
  if (/<body[\s>]/iu.test(html)) return parseHTML(html).document as unknown as PageDocument;
  const htmlTag = /<html(?:\s[^>]*)?>/iu.exec(html)?.[0] ?? '<html>';
  const head = /<head[\s>][\s\S]*?<\/head\s*>/iu.exec(html)?.[0] ?? '<head></head>';
  const rest = html.replace(/<!doctype[^>]*>/iu, '').replace(htmlTag, '').replace(/<\/html\s*>/iu, '').replace(head, '');
  return parseHTML(`<!DOCTYPE html>${htmlTag}${head}<body>${rest}</body></html>`).document as unknown as PageDocument;
}

/** The lower-case tag name of an element (Readability's own elements come upper-case). */
export function tagOf(node: PageNode): string {
  return node.nodeName.toLowerCase();
}

/** Whitespace (including no-break spaces and line breaks) collapsed to single spaces. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200f\u200e]+/gu, ' ').trim();
}

/** One block of text: a paragraph, heading, list item, quote or table cell. */
export type TextBlock = {
  readonly tag: string;
  readonly text: string;
  /** The block's letters are all inside links: a list of other stories, not prose. */
  readonly allLinks: boolean;
};

/** Elements that start a new block; text between them is one paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title']);
const LETTER = /[\p{L}\p{N}]/gu;

/**
 * The text of an element as blocks, in document order. Each block element (p, h2–h6, li,
 * blockquote, td…) ends the paragraph before it, so paragraphs are never glued together as they
 * are in `textContent`; a `<br>` ends a line, as it does on the screen.
 */
export function toTextBlocks(root: PageNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let linkText = '';
  let blockTag = 'p';
  const flush = () => {
    const collapsed = collapseSpace(text);
    if (collapsed) {
      const letters = collapsed.match(LETTER)?.length ?? 0;
      const linked = collapseSpace(linkText).match(LETTER)?.length ?? 0;
      blocks.push({ tag: blockTag, text: collapsed, allLinks: letters > 0 && linked >= letters });
    }
    text = '';
    linkText = '';
  };
  const walk = (node: PageNode, inLink: boolean, tag: string) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const piece = child.textContent ?? '';
        if (!text.trim()) blockTag = tag;
        text += piece;
        if (inLink) linkText += piece;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = tagOf(child);
      if (UNREAD.has(name)) continue;
      if (!BLOCK.has(name)) {
        walk(child, inLink || name === 'a', tag);
        continue;
      }
      flush();
      walk(child, inLink, name === 'br' ? tag : name);
      flush();
    }
  };
  walk(root, false, tagOf(root));
  flush();
  return blocks;
}
