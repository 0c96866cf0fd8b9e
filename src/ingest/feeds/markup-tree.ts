/**
 * A small tolerant markup reader for feeds (XML) and article pages (HTML). Feeds are read strictly
 * enough to say where they are broken (a closing tag that closes nothing, an unclosed root);
 * pages are read the way browsers forgive them: void elements, unclosed paragraphs, stray ends.
 */
import { InputError } from '../../errors.ts';
import { decodeAttributeEntities, decodeEntities } from '../html-text.ts';

/** One element; `name` is lower-cased and keeps its namespace prefix ("content:encoded"). */
export type MarkupElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (MarkupElement | string)[];
};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) attributes[match[1]!.toLowerCase()] = decodeAttributeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  return attributes;
}

function malformed(message: string): never {
  throw new InputError(`is not well-formed XML: ${message}`, { code: 'input_refused' });
}

/**
 * Parse markup into a tree under a synthetic root named "#document". In 'xml' mode a closing tag
 * that does not close the open element, or an element left open, is refused with its offset.
 */
export function parseMarkup(text: string, mode: 'xml' | 'html'): MarkupElement {
  const root: MarkupElement = { name: '#document', attributes: {}, children: [] };
  const stack: MarkupElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      top().children.push(decodeEntities(text.slice(i)));
      break;
    }
    if (lt > i) top().children.push(decodeEntities(text.slice(i, lt)));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end === -1 ? text.length : end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1 && mode === 'xml') malformed(`CDATA section at offset ${lt} is never closed`);
      top().children.push(text.slice(lt + 9, end === -1 ? text.length : end));
      i = end === -1 ? text.length : end + 3;
    } else if (text[lt + 1] === '?' || text[lt + 1] === '!') {
      const end = text.indexOf('>', lt);
      i = end === -1 ? text.length : end + 1;
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      const name = text.slice(lt + 2, end === -1 ? text.length : end).trim().toLowerCase();
      i = end === -1 ? text.length : end + 1;
      const at = stack.map((element) => element.name).lastIndexOf(name);
      if (mode === 'xml' && (at !== stack.length - 1 || at <= 0)) malformed(`</${name}> at offset ${lt} does not close <${top().name}>`);
      if (at > 0) stack.length = at;
    } else {
      const match = /^<([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/u.exec(text.slice(lt, lt + 8192));
      if (!match) {
        if (mode === 'xml') malformed(`a '<' at offset ${lt} does not start a tag`);
        top().children.push('<');
        i = lt + 1;
        continue;
      }
      const name = match[1]!.toLowerCase();
      const rest = match[2]!;
      const selfClosing = rest.trimEnd().endsWith('/');
      const element: MarkupElement = { name, attributes: parseAttributes(selfClosing ? rest.trimEnd().slice(0, -1) : rest), children: [] };
      if (mode === 'html' && name === 'p' && top().name === 'p') stack.pop();
      top().children.push(element);
      i = lt + match[0].length;
      if (selfClosing || (mode === 'html' && VOID.has(name))) continue;
      if (mode === 'html' && RAW_TEXT.has(name)) {
        const close = text.toLowerCase().indexOf(`</${name}`, i);
        const end = close === -1 ? text.length : close;
        if (name === 'title' || name === 'textarea') element.children.push(decodeEntities(text.slice(i, end)));
        const gt = close === -1 ? -1 : text.indexOf('>', close);
        i = gt === -1 ? text.length : gt + 1;
        continue;
      }
      stack.push(element);
    }
  }
  if (mode === 'xml') {
    if (stack.length > 1) malformed(`<${top().name}> is never closed (the document ends early)`);
    if (!root.children.some((child) => typeof child !== 'string')) malformed('there is no root element');
  }
  return root;
}

/** The local name of an element ("content:encoded" → "encoded", "rdf:RDF" → "rdf"). */
export function localName(element: MarkupElement): string {
  const colon = element.name.indexOf(':');
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

/** Child elements, optionally only those with the given qualified or local name. */
export function childElements(element: MarkupElement, name?: string): MarkupElement[] {
  return element.children.filter((child): child is MarkupElement => typeof child !== 'string' && (name === undefined || child.name === name || localName(child) === name));
}

/** All text inside an element, in document order. */
export function textOf(element: MarkupElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** Every element below `element` (depth first) for which `test` holds. */
export function findElements(element: MarkupElement, test: (candidate: MarkupElement) => boolean): MarkupElement[] {
  const found: MarkupElement[] = [];
  const walk = (node: MarkupElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}
