import type { Briefing } from './ports.ts';

/**
 * Plain-text briefings: the nothing-new line, the late marker, the
 * text every adapter falls back to, and the splitter that cuts a long text into messages.
 */

/** The one line a day with nothing new sends. */
export function nothingNewLine(lang: 'ar' | 'en'): string {
  return lang === 'ar' ? 'لا مستجدات منذ الموجز السابق.' : 'No new developments since the last briefing.';
}

/** The marker a late briefing carries, so a reader knows why it arrives now. */
export function lateNotice(lang: 'ar' | 'en'): string {
  return lang === 'ar' ? '(موجز متأخر: لم يُرسل في موعده)' : '(late: this briefing could not be sent at its time)';
}

/**
 * A briefing as plain text: the late marker, then the content as `renderContent` writes it (the
 * plain composer's content is already a string), or the nothing-new line.
 */
export function briefingToText(briefing: Briefing, renderContent: (content: unknown, briefing: Briefing) => string = contentAsText): string {
  const body = briefing.nothingNew ? nothingNewLine(briefing.lang) : renderContent(briefing.content, briefing);
  return briefing.late ? `${lateNotice(briefing.lang)}\n${body}` : body;
}

function contentAsText(content: unknown): string {
  return typeof content === 'string' ? content : JSON.stringify(content, null, 2);
}

/**
 * Split text into messages of at most `maxLength` characters, cutting at a blank line, then a
 * line end, then a space, and only inside a word when a single word is longer than a message.
 * Code points are never split (an Arabic letter or an emoji stays whole).
 */
export function splitMessage(text: string, maxLength: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while ([...rest].length > maxLength) {
    // One code point more than fits: a separator right at the limit is still a clean cut.
    const window = [...rest].slice(0, maxLength + 1).join('');
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((index) => index > window.length / 3);
    const at = cut ?? [...rest].slice(0, maxLength).join('').length;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}
