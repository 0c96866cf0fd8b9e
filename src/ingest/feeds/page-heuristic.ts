/**
 * The fallback when Readability finds no article: over the page's own markup tree, drop chrome and
 * boilerplate blocks, then take the element whose own paragraphs hold the most text. Cruder than
 * Readability (it never looks at link density or commas), but it reads pages Readability gives up
 * on, such as a short article laid out as a flat run of paragraphs.
 */
import { findElements, parseMarkup, textOf, type MarkupElement } from './markup-tree.ts';
import { CHROME_TAGS, hasBoilerplateLabel, isBoilerplateParagraph, NEVER_TEXT } from './page-boilerplate.ts';

const DROPPED = new Set<string>([...NEVER_TEXT, ...CHROME_TAGS, 'head']);
const KEPT_BY_NAME = new Set(['article', 'body', 'main']);
const PARAGRAPH_LIKE = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'li']);

function isBoilerplate(element: MarkupElement): boolean {
  if (DROPPED.has(element.name)) return true;
  return !KEPT_BY_NAME.has(element.name) && hasBoilerplateLabel(element.attributes);
}

function prune(element: MarkupElement): void {
  element.children.splice(0, element.children.length, ...element.children.filter((child) => typeof child === 'string' || !isBoilerplate(child)));
  for (const child of element.children) if (typeof child !== 'string') prune(child);
}

const LETTER = /[\p{L}\p{N}]/gu;

/** A paragraph whose letters are all inside links lists other stories; it is not prose. */
function isAllLinks(element: MarkupElement): boolean {
  const letters = textOf(element).match(LETTER)?.length ?? 0;
  const linked = findElements(element, (child) => child.name === 'a').reduce((sum, link) => sum + (textOf(link).match(LETTER)?.length ?? 0), 0);
  return letters > 0 && linked >= letters;
}

function paragraphsOf(element: MarkupElement): string[] {
  return element.children
    .filter((child): child is MarkupElement => typeof child !== 'string' && PARAGRAPH_LIKE.has(child.name) && !isAllLinks(child))
    .map((child) => textOf(child).replace(/\s+/gu, ' ').trim())
    .filter((text) => text.length > 0 && !isBoilerplateParagraph(text));
}

/** The paragraphs of the element with the most paragraph text, boilerplate removed; [] when none. */
export function extractByHeuristic(html: string): string[] {
  const document = parseMarkup(html, 'html');
  prune(document);
  let best: { paragraphs: string[]; length: number } = { paragraphs: [], length: 0 };
  for (const element of [document, ...findElements(document, () => true)]) {
    const paragraphs = paragraphsOf(element);
    const length = paragraphs.reduce((sum, text) => sum + text.length, 0);
    if (length > best.length) best = { paragraphs, length };
  }
  return best.paragraphs;
}
