/**
 * Slack Block Kit from the rendered document (pure): the same blocks the Markdown and plain-text
 * renderers write, laid out as one or more Slack messages within Slack's limits. No Slack library
 * is imported; the block shapes below are the subset of Block Kit this renderer writes.
 *
 * Safety: every piece of text is escaped (`&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`) because
 * mrkdwn reads `<!channel>`, `<!here>`, `<!everyone>` and `<@U123>` as notifications, and article
 * text can contain anything. Mrkdwn text objects are also `verbatim`, so Slack does not turn bare
 * `#channel` names or URLs into links either.
 *
 * Direction: Slack has no right-to-left setting, and a client lays out each line in the direction
 * of its first strong character. An Arabic line that starts with a digit, a bullet, a `#1` or a
 * Latin name would come out left-to-right with its punctuation on the wrong side. Each Arabic line
 * therefore starts with U+200F RIGHT-TO-LEFT MARK: an invisible, zero-width strong RTL character.
 * RLM was chosen over the embedding and isolate controls (U+202B … U+202C, U+2067 … U+2069)
 * because it has no scope to close: a message cut in two, or a client that strips a character,
 * can never leave an unterminated embedding that flips the text after it.
 */
import { segmentsOf, type Block } from '../../src/index.ts';

/** A mrkdwn text object; `verbatim` stops Slack's own link and mention detection. */
export type SlackMrkdwn = { type: 'mrkdwn'; text: string; verbatim: boolean };
/** A plain-text object (headers and buttons only). */
export type SlackPlainText = { type: 'plain_text'; text: string; emoji: boolean };

/** The Block Kit blocks this renderer writes (structurally compatible with @slack/types' KnownBlock). */
export type SlackBlock =
  | { type: 'header'; text: SlackPlainText }
  | { type: 'section'; text: SlackMrkdwn }
  | { type: 'divider' }
  | { type: 'context'; elements: SlackMrkdwn[] };

/** One Slack message: the notification fallback `text` (escaped too: Slack parses it) and the blocks. */
export type SlackMessage = { text: string; blocks: SlackBlock[] };

/** Which lines start with a right-to-left mark: all (an Arabic briefing), none, or by their letters. */
export type SlackDirection = 'rtl' | 'ltr' | 'auto';

/** Limits and layout of `toSlackMessages`; the defaults are Slack's documented limits. */
export type SlackRenderOptions = {
  readonly direction?: SlackDirection;
  /** Blocks per message (Slack: 50). Pass 49 to keep room for a button or a context line. */
  readonly maxBlocks?: number;
  /** Characters of one section's text, counted after escaping (Slack: 3000). */
  readonly maxSectionChars?: number;
  /**
   * Characters of text per message. Slack itself allows far more, but collapses a long message
   * behind "Show more" and truncates its text beyond 40,000; 12,000 keeps each part readable.
   */
  readonly maxMessageChars?: number;
};

/** Blocks in one message (Slack refuses more). */
export const SLACK_MAX_BLOCKS = 50;
/** Characters of a section's text (Slack refuses more). */
export const SLACK_MAX_SECTION_CHARS = 3000;
/** Characters of a header's plain text (Slack refuses more). */
export const SLACK_MAX_HEADER_CHARS = 150;
const DEFAULT_MAX_MESSAGE_CHARS = 12_000;

/** U+200F RIGHT-TO-LEFT MARK. */
export const RLM = '\u200F';

/** Escape the three characters mrkdwn treats as markup; the only escaping Slack asks for. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;

/** True when a line has more Arabic letters than Latin ones ("auto" direction). */
export function isMostlyArabic(line: string): boolean {
  const arabic = line.match(ARABIC_LETTER)?.length ?? 0;
  return arabic > 0 && arabic >= (line.match(LATIN_LETTER)?.length ?? 0);
}

/** One laid-out block with the size it adds to a message. `keep` holds it with the block after it (a heading). */
type Unit = { readonly block: SlackBlock; readonly chars: number; readonly keep: boolean };

type Layout = { readonly rtl: (line: string) => boolean; readonly maxSection: number };

/** Cut an escaped line into pieces of at most `limit`, at spaces, never inside an `&…;` entity or a surrogate pair. */
function cutLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let at = rest.lastIndexOf(' ', limit);
    if (at <= limit / 3) {
      at = limit;
      const amp = rest.lastIndexOf('&', at - 1);
      if (amp >= 0 && rest.indexOf(';', amp) >= at) at = amp;
      if (/[\uD800-\uDBFF]/.test(rest[at - 1] ?? '')) at -= 1;
    }
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Lines (already escaped) into sections of at most `maxSection` characters: whole lines where they
 * fit, a line longer than a section cut at spaces. A cut-off piece keeps its line's direction mark.
 */
function sectionsOf(lines: readonly string[], plainLines: readonly string[], layout: Layout, prefix = ''): Unit[] {
  const units: Unit[] = [];
  let texts: string[] = [];
  let size = 0;
  const flush = () => {
    if (texts.length === 0) return;
    const text = texts.join('\n');
    units.push({ block: { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }, chars: text.length, keep: false });
    texts = [];
    size = 0;
  };
  lines.forEach((raw, index) => {
    const mark = layout.rtl(plainLines[index] ?? raw) ? RLM : '';
    const room = layout.maxSection - mark.length - prefix.length;
    for (const piece of cutLine(raw, room)) {
      const line = `${mark}${prefix}${piece}`;
      if (size > 0 && size + 1 + line.length > layout.maxSection) flush();
      texts.push(line);
      size += (size > 0 ? 1 : 0) + line.length;
    }
  });
  flush();
  return units;
}

function boldLine(text: string, layout: Layout): Unit {
  const escaped = escapeSlackText(text).slice(0, layout.maxSection - 3);
  // The mark goes inside the asterisks: Slack only opens bold after a space or the line start.
  const line = `*${layout.rtl(text) ? RLM : ''}${escaped}*`;
  return { block: { type: 'section', text: { type: 'mrkdwn', text: line, verbatim: true } }, chars: line.length, keep: true };
}

function titleUnit(text: string, layout: Layout): Unit {
  const line = layout.rtl(text) ? `${RLM}${text}` : text;
  // A header is plain text, which never notifies anyone; but it cannot carry an escaped `&lt;`
  // faithfully, so a title with markup characters (or too long) becomes a bold section instead.
  if (!/[&<>]/.test(text) && line.length <= SLACK_MAX_HEADER_CHARS) {
    return { block: { type: 'header', text: { type: 'plain_text', text: line, emoji: false } }, chars: line.length, keep: true };
  }
  return boldLine(text, layout);
}

const DIVIDER: Unit = { block: { type: 'divider' }, chars: 0, keep: true };

/** Every document block as Slack blocks, in order. */
function unitsOf(blocks: readonly Block[], layout: Layout): Unit[] {
  const units: Unit[] = [];
  const bullets = (items: readonly string[]) => sectionsOf(items.map(escapeSlackText), items, layout, '• ');
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        units.push(titleUnit(block.text, layout));
        break;
      case 'heading':
        if (units.length > 0) units.push(DIVIDER);
        units.push(boldLine(block.text, layout));
        break;
      case 'subheading':
        units.push(boldLine(block.text, layout));
        break;
      case 'paragraph': {
        const lines = block.text.split('\n');
        // A one-line paragraph with links (the brief's sources) links its words, when it fits one section whole.
        const linked = block.links && block.links.length > 0 && lines.length === 1
          ? segmentsOf(block.text, block.links).map((run) => (run.url ? `<${run.url.replace(/&/gu, "&amp;")}|${escapeSlackText(run.text)}>` : escapeSlackText(run.text))).join('')
          : undefined;
        if (linked !== undefined && linked.length < layout.maxSection - 2) units.push(...sectionsOf([linked], lines, layout));
        else units.push(...sectionsOf(lines.map(escapeSlackText), lines, layout));
        break;
      }
      case 'list':
        units.push(...bullets(block.items));
        break;
      case 'table':
        // Tables read as "label: values" lines, as in the plain-text renderer: Slack has no table layout in messages.
        units.push(...bullets(block.rows.map(([label = '', ...rest]) => `${label}: ${rest.filter((cell) => cell !== '').join(' — ')}`)));
        break;
    }
  }
  return units;
}

/** Units grouped so that a heading (and the divider before it) always travels with what follows it. */
function groupsOf(units: readonly Unit[]): Unit[][] {
  const groups: Unit[][] = [];
  let pending: Unit[] = [];
  for (const unit of units) {
    pending.push(unit);
    if (!unit.keep) {
      groups.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) groups.push(pending);
  return groups;
}

/** The notification fallback of one block: its mrkdwn as it stands (already escaped), a header's text escaped. */
function fallbackOf(block: SlackBlock): string {
  switch (block.type) {
    case 'header': return escapeSlackText(block.text.text);
    case 'section': return block.text.text;
    case 'context': return block.elements.map((element) => element.text).join(' ');
    case 'divider': return '';
  }
}

function toMessage(units: readonly Unit[]): SlackMessage {
  // A divider opening a message (after a split) separates nothing.
  const blocks = (units[0]?.block.type === 'divider' ? units.slice(1) : units).map((unit) => unit.block);
  return { text: blocks.map(fallbackOf).filter((line) => line !== '').join('\n'), blocks };
}

/**
 * Lay out a rendered document as Slack messages: the first is the message, the rest are meant
 * as thread replies under it. Each has at most `maxBlocks` blocks, no section over
 * `maxSectionChars`, about `maxMessageChars` of text, and a plain fallback `text` for
 * notifications. Headings are never left at the end of a message.
 */
export function toSlackMessages(blocks: readonly Block[], options: SlackRenderOptions = {}): SlackMessage[] {
  const direction = options.direction ?? 'auto';
  const maxBlocks = Math.max(5, Math.min(options.maxBlocks ?? SLACK_MAX_BLOCKS, SLACK_MAX_BLOCKS));
  const maxSection = Math.max(200, Math.min(options.maxSectionChars ?? SLACK_MAX_SECTION_CHARS, SLACK_MAX_SECTION_CHARS));
  const maxChars = Math.max(options.maxMessageChars ?? DEFAULT_MAX_MESSAGE_CHARS, maxSection * 2);
  const layout: Layout = { rtl: direction === 'rtl' ? () => true : direction === 'ltr' ? () => false : isMostlyArabic, maxSection };
  const messages: Unit[][] = [];
  let current: Unit[] = [];
  let chars = 0;
  for (const group of groupsOf(unitsOf(blocks, layout))) {
    const size = group.reduce((sum, unit) => sum + unit.chars, 0);
    // The fallback text repeats the blocks' text, so a message's payload is about twice `chars`.
    if (current.length > 0 && (current.length + group.length > maxBlocks || chars + size > maxChars)) {
      messages.push(current);
      current = [];
      chars = 0;
    }
    // A group is a few headings and one section, so it always fits an empty message.
    current.push(...group);
    chars += size;
  }
  if (current.length > 0) messages.push(current);
  return messages.map(toMessage).filter((message) => message.blocks.length > 0);
}
