/**
 * Quotation spans in running Arabic text. The press mixes «», “”, ”” (both curly marks the same
 * way round) and straight "" freely, sometimes within one article; a quote never crosses a line
 * break, so a stray mark cannot swallow the rest of the article.
 */

/** A quote in a text: the span with its marks and the words inside. */
export type QuoteSpan = {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark. */
  readonly end: number;
  /** The words between the marks, exactly as written. */
  readonly text: string;
};

const GUILLEMET_OPEN = 0x00ab; // «
const GUILLEMET_CLOSE = 0x00bb; // »
const CURLY_LEFT = 0x201c; // “
const CURLY_RIGHT = 0x201d; // ”
const LOW_OPEN = 0x201e; // „
const STRAIGHT = 0x22; // "

/** Longest quote worth reading: past this, an unbalanced mark is more likely than a long quote. */
const MAX_QUOTE = 1200;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09;
}

/** An Arabic or Latin letter (a word starts here). */
function isLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isCurly(code: number): boolean {
  return code === CURLY_LEFT || code === CURLY_RIGHT;
}

function closes(opener: number, code: number): boolean {
  if (opener === GUILLEMET_OPEN) return code === GUILLEMET_CLOSE;
  if (opener === STRAIGHT) return code === STRAIGHT;
  return isCurly(code);
}

/**
 * A quote opened at `openAt` right after a colon ("وقال بيسكوف: "كما ذكرنا…") and never closed runs to
 * the end of its line at `end`: the page lost the closing mark, not the words.
 */
function closeAtLineEnd(text: string, openAt: number, end: number, quotes: QuoteSpan[]): void {
  if (!/:\s*$/u.test(text.slice(Math.max(0, openAt - 3), openAt))) return;
  const inner = text.slice(openAt + 1, end).trim().replace(/[\s.،,؛;]+$/u, '');
  if (inner !== '' && end - openAt <= MAX_QUOTE) quotes.push({ start: openAt, end, text: inner });
}

/**
 * Every quote in `text` (offsets into `text`). Use on an article body; empty quotes and quotes
 * left open at a line break are skipped.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let opener = -1;
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (opener !== -1) closeAtLineEnd(text, openAt, i, quotes);
      opener = -1;
      continue;
    }
    if (opener !== -1) {
      // A straight mark with a space before it and a letter after it opens, it does not close: in `قال: "أن
      // الاجتماع كانت "عملية، …"` the first mark was left open by the outlet, and the quote starts here.
      if (opener === STRAIGHT && code === STRAIGHT && isSpace(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) {
        openAt = i;
        continue;
      }
      if (closes(opener, code)) {
        const inner = text.slice(openAt + 1, i).trim();
        if (inner !== '' && i - openAt <= MAX_QUOTE) quotes.push({ start: openAt, end: i + 1, text: inner });
        opener = -1;
      }
      continue;
    }
    if (code === GUILLEMET_OPEN || code === STRAIGHT || code === LOW_OPEN || isCurly(code)) {
      opener = code === LOW_OPEN ? CURLY_LEFT : code;
      openAt = i;
    }
  }
  if (opener !== -1) closeAtLineEnd(text, openAt, text.length, quotes);
  return quotes;
}
