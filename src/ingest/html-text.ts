/**
 * Plain text from an HTML file handed to `mujaz ingest`. Feeds get a real Readability pass; a
 * file only needs its markup dropped without losing paragraph breaks.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Whether a text is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.match(/<\/?(?:p|div|span|br|a|h[1-6]|article|section|body|head|li|ul|strong|em|b|i)\b[^>]*>/giu)?.length ?? 0;
  return tags >= 3;
}

/**
 * Character references in text, as a browser reads them: every named entity of HTML (the press writes
 * quotes as &ldquo;…&rdquo;), numeric ones, and a reference to no character (&#xD800;) as U+FFFD, so
 * nothing stored is invalid UTF-8. The `entities` package keeps the HTML standard's whole table.
 */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** The same inside an attribute's value, where "&copy=1" in a URL stays as written. */
export function decodeAttributeEntities(text: string): string {
  return decodeHTMLAttribute(text);
}

/** The readable text of an HTML document: scripts, styles and page chrome dropped, blocks kept as paragraphs. */
export function htmlToText(html: string): { title?: string; text: string } {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/iu.exec(html);
  const title = titleMatch ? decodeEntities(titleMatch[1]!.replace(/<[^>]+>/gu, '')).trim() : '';
  const text = decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/gu, ' ')
      .replace(/<(script|style|noscript|nav|header|footer|aside|form|template|svg|head)\b[\s\S]*?<\/\1\s*>/giu, ' ')
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|article|section|blockquote|tr|table)\b[^>]*>/giu, '\n\n')
      .replace(/<[^>]+>/gu, ' '),
  )
    .replace(/[ \t\u00a0]+/gu, ' ')
    .replace(/ *\n */gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return title ? { title, text } : { text };
}
