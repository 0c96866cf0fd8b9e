/**
 * What on a news page is not the article: page chrome, share bars, "اقرأ أيضا" blocks, related
 * stories, comments, cookie banners, ads. Readability finds the article container but keeps some
 * of this inside it, so the obvious blocks are removed before it runs and the leftover lines
 * after. The rules are shared with the heuristic fallback.
 */
import { collapseSpace, tagOf, toTextBlocks, type PageDocument, type PageElement, type PageNode } from './page-dom.ts';

/** Elements that never carry article text. */
export const NEVER_TEXT = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'input', 'textarea'] as const;

/** Page chrome by tag; removed unless it holds most of the page's paragraphs (see `removeBoilerplate`). */
export const CHROME_TAGS = ['nav', 'header', 'footer', 'aside', 'form', 'figure', 'dialog', 'menu'] as const;

/** class/id/role words of blocks that are not the article. */
export const BOILERPLATE_LABEL =
  /(?:^|[\s_-])(?:share|sharing|social|related|read-?also|readmore|more-news|most-read|breadcrumbs?|comments?|newsletter|tags?|menu|sidebar|widget|advert\w*|ads?|promo|footer|header|nav\w*|navigation|banner|contentinfo|complementary|subscribe|cookies?|consent|recommended|outbrain|taboola)(?:$|[\s_-])/iu;

/**
 * Paragraphs that introduce other stories or ask to share, in Arabic and English. "شارك" alone is
 * also a news verb ("شارك وفد أوكراني في المحادثات"), so only a share prompt counts: "شارك:",
 * "شارك عبر", "شارك على", "شارك الخبر", or the word on its own.
 */
export const BOILERPLATE_PARAGRAPH =
  /^\s*(?:اقرأ\s+أيض[اًا]?|اقرأ\s+المزيد|إقرأ\s+أيض[اًا]?|اقرأ\s+كذلك|شارك(?:وا|ها|ه)?\s*(?::|$|(?:عبر|على|الخبر|المقال|هذا|هذه|القصة|الموضوع)(?:\s|:|$))|تابعونا|تابعوا|للمزيد|مواضيع\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|read\s+(?:also|more)|share\b|related\b)/iu;

/** A heading or line that is only such a label ("اقرأ أيضا:", "مواضيع ذات صلة"), introducing a list. */
const LABEL_ONLY_MAX_CHARS = 40;

/** Tags never removed by their class: the page's own article and main containers. */
const NEVER_BY_LABEL = new Set(['html', 'body', 'main', 'article']);

/** Whether an element's class, id or role names it as boilerplate. */
export function hasBoilerplateLabel(attributes: { class?: string | null; id?: string | null; role?: string | null }): boolean {
  return BOILERPLATE_LABEL.test(`${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role ?? ''}`);
}

/** Whether a paragraph's text is a "read also" / "share" line rather than article text. */
export function isBoilerplateParagraph(text: string): boolean {
  return BOILERPLATE_PARAGRAPH.test(text);
}

function paragraphChars(element: PageElement | PageDocument): number {
  let total = 0;
  for (const paragraph of Array.from(element.querySelectorAll('p'))) total += collapseSpace(paragraph.textContent ?? '').length;
  return total;
}

/**
 * Remove boilerplate from a parsed page before Readability reads it. Chrome tags and blocks whose
 * class, id or role says share/related/comments/… go, except a block that holds more than half of
 * the page's paragraph text: that is the article, whatever its class says (an ASP.NET page wraps
 * everything in a <form>; a theme may call the article box "post has-comments"). A heading or line
 * that only says "اقرأ أيضا" goes with the list right after it.
 */
export function removeBoilerplate(document: PageDocument): void {
  for (const element of Array.from(document.querySelectorAll(NEVER_TEXT.join(', ')))) element.remove();
  const total = paragraphChars(document);
  const isArticleSized = (element: PageElement) => total > 0 && paragraphChars(element) * 2 > total;
  const candidates = Array.from(document.querySelectorAll(`${CHROME_TAGS.join(', ')}, [class], [id], [role]`));
  for (const element of candidates) {
    const tag = tagOf(element);
    const chrome = (CHROME_TAGS as readonly string[]).includes(tag);
    const labelled = !NEVER_BY_LABEL.has(tag) && hasBoilerplateLabel({ class: element.getAttribute('class'), id: element.getAttribute('id'), role: element.getAttribute('role') });
    if ((chrome || labelled) && !isArticleSized(element)) element.remove();
  }
  for (const element of Array.from(document.querySelectorAll('h2, h3, h4, h5, h6, p, div, strong, b, span'))) {
    const text = collapseSpace(element.textContent ?? '');
    if (text.length === 0 || text.length > LABEL_ONLY_MAX_CHARS || !isBoilerplateParagraph(text)) continue;
    const next = element.nextElementSibling;
    if (next && (tagOf(next) === 'ul' || tagOf(next) === 'ol')) next.remove();
    element.remove();
  }
}

/**
 * The article's paragraphs from a content element: its text blocks minus "read also"/"share"
 * lines, blocks that are nothing but links (lists of other stories), and a leading heading that
 * repeats the title.
 */
export function articleParagraphs(content: PageNode, headlines: readonly (string | undefined)[]): string[] {
  const blocks = toTextBlocks(content).filter((block) => !block.allLinks && !isBoilerplateParagraph(block.text));
  const repeats = new Set(headlines.filter((headline): headline is string => !!headline).map(collapseSpace));
  const first = blocks[0];
  if (first && /^h[1-6]$/u.test(first.tag) && repeats.has(first.text)) blocks.shift();
  return blocks.map((block) => block.text);
}
