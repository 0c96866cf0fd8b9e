/**
 * Telegram HTML from the block document, split into messages Telegram accepts. Pure: the Telegram
 * adapter sends what this returns and nothing else, so escaping, tag balance, the 4096-character
 * limit and right-to-left display are decided (and tested) here.
 *
 * Right-to-left: Telegram clients pick each line's direction from its first strong character, so
 * an Arabic line that opens with a Latin name ("NATO …") or carries Latin and digits would be laid
 * out left-to-right. In a right-to-left document every line that mixes Arabic with Latin letters
 * or digits therefore starts with RIGHT-TO-LEFT MARK (U+200F): one invisible strong character
 * that fixes the line's direction without changing its text. Isolates (U+2067…U+2069) would say
 * the same more precisely, but older Android and desktop clients draw them as boxes; the mark
 * is understood everywhere. Pure Arabic lines need nothing; English documents get no marks, so an
 * Arabic quotation inside an English line stays an embedded run.
 */
import {
  digestBlocks, figuresStatusBlocks, segmentsOf, talksStatusBlocks, type Block, type Digest, type FiguresStatus, type Lang, type TalksStatus, type TextOptions,
} from '../../src/index.ts';

/** Telegram's limit on a text message, counted on the visible text in UTF-16 code units. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** The right-to-left mark put at the start of mixed lines in right-to-left documents. */
export const RLM = '\u200F';

/** How a document is rendered: its direction (detected from the text when omitted) and the limit. */
export type TelegramHtmlOptions = {
  readonly direction?: 'rtl' | 'ltr';
  /** Visible characters per message (default 4096). */
  readonly limit?: number;
  /** Appended to a section heading repeated at the top of a message that continues it. */
  readonly continued?: string;
};

type Span = { readonly text: string; readonly tag?: 'b' | 'i'; readonly href?: string };
type Role = 'title' | 'heading' | 'subheading' | 'body';
/** One line of output: its spans, whether it starts a block (a blank line before it), its section. */
type Line = { readonly spans: readonly Span[]; readonly role: Role; readonly blockStart: boolean; readonly section: number; readonly rlm: boolean };

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const ARABIC_ALL = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_ALL = /[A-Za-z\u00C0-\u024F]/gu;
const LATIN_OR_DIGIT = /[A-Za-z\u00C0-\u024F0-9\u0660-\u0669\u06F0-\u06F9]/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/** Escape text for Telegram HTML: `&`, `<` and `>` are the only characters its parser reads as markup outside attributes. */
export function escapeTelegramHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'list': return [...block.items];
    case 'table': return [...block.header, ...block.rows.flat()];
    default: return [block.text];
  }
}

/** 'rtl' when the document has more Arabic letters than Latin ones. */
export function detectDirection(blocks: readonly Block[]): 'rtl' | 'ltr' {
  const text = blocks.flatMap(blockTexts).join('\n');
  return (text.match(ARABIC_ALL)?.length ?? 0) > (text.match(LATIN_ALL)?.length ?? 0) ? 'rtl' : 'ltr';
}

function spanText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}

/** Whether a line in a right-to-left document needs the mark: it mixes Arabic with Latin letters or digits. */
function needsMark(text: string, direction: 'rtl' | 'ltr'): boolean {
  return direction === 'rtl' && ARABIC.test(text) && LATIN_OR_DIGIT.test(text);
}

/** Blocks → lines, each text line of a paragraph or an item a line of its own. */
function toLines(blocks: readonly Block[], direction: 'rtl' | 'ltr'): { lines: Line[]; headings: Map<number, string> } {
  const lines: Line[] = [];
  const headings = new Map<number, string>();
  let section = 0;
  const push = (spans: readonly Span[], role: Role, blockStart: boolean) => {
    const text = spanText(spans);
    if (text.trim() === '') return;
    lines.push({ spans, role, blockStart, section, rlm: needsMark(text, direction) });
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
      case 'heading':
        section++;
        if (block.kind === 'heading') headings.set(section, block.text);
        push([{ text: block.text, tag: 'b' }], block.kind, true);
        break;
      case 'subheading':
        push([{ text: block.text, tag: 'i' }], 'subheading', true);
        break;
      case 'paragraph':
        // A paragraph with links is one line (the brief's sources): its runs become spans, linked ones <a href>.
        if (block.links && block.links.length > 0 && !block.text.includes('\n')) {
          push(segmentsOf(block.text, block.links).map((run) => (run.url ? { text: run.text, href: run.url } : { text: run.text })), 'body', true);
        } else block.text.split('\n').forEach((text, index) => { push([{ text }], 'body', index === 0); });
        break;
      case 'list':
        block.items.forEach((item, index) => { item.split('\n').forEach((text, part) => { push([{ text: part === 0 ? `• ${text}` : text }], 'body', index === 0 && part === 0); }); });
        break;
      case 'table':
        // A table reads as "label: values" lines, as in the plain-text output: Telegram has no tables.
        block.rows.forEach(([label = '', ...rest], index) => {
          const values = rest.filter((cell) => cell !== '').join(' — ');
          push([{ text: '• ' }, { text: label, tag: 'b' }, { text: values === '' ? '' : `: ${values}` }], 'body', index === 0);
        });
        break;
    }
  }
  return { lines, headings };
}

const lengthOf = (line: Line): number => spanText(line.spans).length + (line.rlm ? 1 : 0);

function lineHtml(line: Line): string {
  const body = line.spans.map((span) => {
    if (span.text === '') return '';
    if (span.href) return `<a href="${escapeTelegramHtml(span.href).replace(/"/gu, '&quot;')}">${escapeTelegramHtml(span.text)}</a>`;
    return span.tag ? `<${span.tag}>${escapeTelegramHtml(span.text)}</${span.tag}>` : escapeTelegramHtml(span.text);
  }).join('');
  return line.rlm ? `${RLM}${body}` : body;
}

/**
 * Where to cut `text` so the first piece has at most `max` UTF-16 units: after the last sentence
 * end that fits, else at the last space that is not between two digits ("1 243" stays whole), else
 * at a code point boundary outside a run of digits when there is one.
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const window = text.slice(0, max + 1);
  const floor = Math.floor(max / 3);
  let sentence = -1;
  for (const match of window.matchAll(/[.!?؟…;؛](?=\s)/gu)) if (match.index + 1 <= max) sentence = match.index + 1;
  if (sentence > floor) return sentence;
  for (let i = Math.min(max, window.length - 1); i > floor; i--) {
    if (/\s/u.test(window[i] as string) && !(DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''))) return i;
  }
  let at = max;
  // Never split a surrogate pair or a number when a cut before it is possible.
  while (at > 1 && (/[\uDC00-\uDFFF]/u.test(text[at] ?? '') || (DIGIT.test(text[at] ?? '') && DIGIT.test(text[at - 1] ?? '')))) at--;
  return at > 1 ? at : max;
}

/** Slice a line's spans at visible offsets [from, to), keeping each span's tag (so tags close and reopen). */
function sliceSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let offset = 0;
  for (const span of spans) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + span.text.length);
    if (end > start) out.push(span.tag ? { text: span.text.slice(start - offset, end - offset), tag: span.tag } : { text: span.text.slice(start - offset, end - offset) });
    offset += span.text.length;
  }
  return out;
}

/** A line longer than `max` becomes several lines, cut at sentence or word boundaries. */
function splitLongLine(line: Line, max: number): Line[] {
  const room = max - (line.rlm ? 1 : 0);
  const text = spanText(line.spans);
  if (text.length <= room) return [line];
  const out: Line[] = [];
  let from = 0;
  while (from < text.length) {
    while (from < text.length && /\s/u.test(text[from] as string)) from++;
    if (from >= text.length) break;
    const rest = text.slice(from);
    const cut = cutPoint(rest, room);
    const pieceEnd = from + cut;
    let end = pieceEnd;
    while (end > from && /\s/u.test(text[end - 1] as string)) end--;
    out.push({ ...line, spans: sliceSpans(line.spans, from, end), blockStart: out.length === 0 ? line.blockStart : false });
    from = pieceEnd;
  }
  return out;
}

/** Render blocks as one Telegram HTML string, with no limit (for tests and previews). */
export function toTelegramHtml(blocks: readonly Block[], options: Pick<TelegramHtmlOptions, 'direction'> = {}): string {
  const { lines } = toLines(blocks, options.direction ?? detectDirection(blocks));
  return lines.map((line, index) => `${index === 0 ? '' : line.blockStart ? '\n\n' : '\n'}${lineHtml(line)}`).join('');
}

/**
 * Render blocks as Telegram HTML messages of at most `limit` visible characters each. Messages
 * break between sections when a section fits in a message of its own, otherwise between blocks
 * or items; a heading never ends a message; a line longer than a message is cut at a sentence or
 * word boundary, never inside a tag, an entity or a number. A message that continues a section
 * starts with the section's heading and "(continued)", so each one reads on its own.
 */
export function splitTelegramHtml(blocks: readonly Block[], options: TelegramHtmlOptions = {}): string[] {
  const direction = options.direction ?? detectDirection(blocks);
  const limit = options.limit ?? TELEGRAM_MESSAGE_LIMIT;
  const continued = options.continued ?? (direction === 'rtl' ? ' (تابع)' : ' (continued)');
  const { lines: raw, headings } = toLines(blocks, direction);

  const continuation = new Map<number, Line>();
  for (const [section, text] of headings) {
    const line: Line = { spans: [{ text: `${text}${continued}`, tag: 'b' }], role: 'heading', blockStart: true, section, rlm: needsMark(text, direction) };
    // A heading too long to repeat cheaply is not repeated: the room it takes is the body's.
    if (lengthOf(line) <= limit / 4) continuation.set(section, line);
  }
  const continues = (line: Line) => line.role !== 'title' && line.role !== 'heading';
  const roomFor = (line: Line) => limit - (continues(line) && continuation.has(line.section) ? lengthOf(continuation.get(line.section) as Line) + 2 : 0);
  const lines = raw.flatMap((line) => splitLongLine(line, roomFor(line)));

  const messages: string[] = [];
  let html = '';
  let used = 0;
  let count = 0;
  const flush = () => {
    if (count > 0) messages.push(html);
    html = '';
    used = 0;
    count = 0;
  };
  const append = (line: Line, separator: number) => {
    html += `${count === 0 ? '' : separator === 2 ? '\n\n' : '\n'}${lineHtml(line)}`;
    used += (count === 0 ? 0 : separator) + lengthOf(line);
    count++;
  };
  /** The length of lines[from..to) laid out in one message. */
  const runLength = (from: number, to: number) => {
    let total = 0;
    for (let i = from; i < to; i++) total += (i === from ? 0 : (lines[i] as Line).blockStart ? 2 : 1) + lengthOf(lines[i] as Line);
    return total;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    const separator = line.blockStart ? 2 : 1;
    if (count > 0 && (line.role === 'title' || line.role === 'heading')) {
      // Prefer a section boundary: start a fresh message when the whole section fits in one.
      let end = index + 1;
      while (end < lines.length && (lines[end] as Line).section === line.section) end++;
      const length = runLength(index, end);
      if (used + 2 + length > limit && length <= limit) flush();
    }
    if (count > 0 && line.role !== 'body') {
      // Keep a heading with what follows it.
      let end = index + 1;
      while (end < lines.length && (lines[end - 1] as Line).role !== 'body') end++;
      if (used + separator + runLength(index, end) > limit) flush();
    }
    if (count > 0 && used + separator + lengthOf(line) > limit) flush();
    let afterHeading = false;
    if (count === 0 && continues(line) && messages.length > 0) {
      const heading = continuation.get(line.section);
      if (heading) {
        append(heading, 2);
        afterHeading = true;
      }
    }
    append(line, afterHeading ? 2 : separator);
  }
  flush();
  return messages;
}

/** The digest as Telegram messages, in the digest's language unless told otherwise. */
export function renderDigestTelegramHtml(digest: Digest, lang: Lang = digest.lang, options: TelegramHtmlOptions & TextOptions = {}): string[] {
  const { arabicQuotes, ...layout } = options;
  return splitTelegramHtml(digestBlocks(digest, lang, arabicQuotes === undefined ? {} : { arabicQuotes }), { direction: lang === 'ar' ? 'rtl' : 'ltr', ...layout });
}

/** The talks status as Telegram messages. */
export function renderTalksStatusTelegramHtml(status: TalksStatus, lang: Lang, options: TelegramHtmlOptions = {}): string[] {
  return splitTelegramHtml(talksStatusBlocks(status, lang), { direction: lang === 'ar' ? 'rtl' : 'ltr', ...options });
}

/** The figures status as Telegram messages. */
export function renderFiguresStatusTelegramHtml(status: FiguresStatus, lang: Lang, options: TelegramHtmlOptions = {}): string[] {
  return splitTelegramHtml(figuresStatusBlocks(status, lang), { direction: lang === 'ar' ? 'rtl' : 'ltr', ...options });
}
