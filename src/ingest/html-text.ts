/**
 * Plain text from an HTML file handed to `mujaz ingest`. Feeds get a real Readability pass; a
 * file only needs its markup dropped without losing paragraph breaks.
 */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—',
};

/** Whether a text is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.match(/<\/?(?:p|div|span|br|a|h[1-6]|article|section|body|head|li|ul|strong|em|b|i)\b[^>]*>/giu)?.length ?? 0;
  return tags >= 3;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10), whole);
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
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
