/**
 * Command arguments, read by their shape so their order does not matter: `07:30` is a time,
 * `ar`/`en` a language, `talks`/`figures`/`all` the sections, `brief`/`full` how much a briefing shows,
 * `quotes`/`noquotes` the Arabic quotes in English, `@name` (or a -100… id) a channel,
 * anything else a time zone checked against the runtime's tz database. Validation reuses the
 * scheduler's own helpers, so what the bot accepts is exactly what the scheduler can compute with.
 */
import {
  briefingChoiceOf, DETAIL_WORDS, isCalendarDate, languageWordOf, resolveLocalTime, resolveTimeZone, sectionsWordOf, suggestTimeZone, timeWordOf, toAsciiDigits,
  type BriefingDetail, type BriefingSections, type Lang,
} from '../../src/index.ts';

/** What `/subscribe` (and `/unsubscribe`, `/settings`) can carry; omitted values keep the current or default ones. */
export type SubscribeArguments = {
  /** A channel named from a private chat: `@newsroom` or `-1001234567890`. */
  readonly channel?: string;
  readonly localTime?: string;
  readonly timeZone?: string;
  readonly language?: Lang;
  readonly sections?: BriefingSections;
  /** brief | full (كامل): how much each briefing shows. */
  readonly detail?: BriefingDetail;
  /** quotes | noquotes: an English briefing with or without the Arabic quotes. */
  readonly arabicQuotes?: boolean;
};

/** Why arguments were refused; the bot words it in the chat's language. */
export type ArgumentProblem =
  | { readonly kind: 'time'; readonly text: string }
  | { readonly kind: 'zone'; readonly text: string; readonly suggestion?: string }
  | { readonly kind: 'unknown'; readonly text: string };

/** Parsed arguments or the first problem found. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem?: ArgumentProblem };

/** Arabic-Indic and Persian digits as ASCII: the shared reading (src/schedule/request-words.ts). */
export { toAsciiDigits };

function words(text: string): string[] {
  return toAsciiDigits(text).split(/\s+/u).filter((word) => word !== '');
}

/** The sections `/status` asks for: `talks`, `figures`, or `all` when no argument is given. */
export function parseStatusArgument(text: string): Parsed<BriefingSections> {
  const [first, ...rest] = words(text);
  if (first === undefined) return { ok: true, value: 'all' };
  const sections = sectionsWordOf(first);
  if (sections === undefined || rest.length > 0) return { ok: false, problem: { kind: 'unknown', text: sections === undefined ? first : rest.join(' ') } };
  return { ok: true, value: sections };
}

/** The day `/digest` asks for, or undefined for the latest. */
export function parseDigestArgument(text: string): Parsed<DigestArguments> {
  const found: { day?: string; full?: true; arabicQuotes?: boolean } = {};
  for (const word of words(text)) {
    const choice = briefingChoiceOf(word);
    if (FULL_WORDS.has(word.toLowerCase()) && found.full === undefined) found.full = true;
    else if (choice !== undefined && 'arabicQuotes' in choice && found.arabicQuotes === undefined) found.arabicQuotes = choice.arabicQuotes;
    else if (isCalendarDate(word) && found.day === undefined) found.day = word;
    else return { ok: false };
  }
  return {
    ok: true,
    value: { ...(found.day !== undefined ? { day: found.day } : {}), full: found.full === true, ...(found.arabicQuotes !== undefined ? { arabicQuotes: found.arabicQuotes } : {}) },
  };
}

/** What `/digest` asks for: a day (default: the chat's latest news day), the full digest instead of the brief, the Arabic quotes in English. */
export type DigestArguments = { readonly day?: string; readonly full: boolean; readonly arabicQuotes?: boolean };

/** Words asking for the full digest rather than the brief. */
export const FULL_WORDS: ReadonlySet<string> = new Set(Object.entries(DETAIL_WORDS).filter(([, detail]) => detail === 'full').map(([word]) => word));

/** Read `/subscribe` arguments in any order; a word given twice or not understood is refused. */
export function parseSubscribeArguments(text: string): Parsed<SubscribeArguments> {
  const found: { channel?: string; localTime?: string; timeZone?: string; language?: Lang; sections?: BriefingSections; detail?: BriefingDetail; arabicQuotes?: boolean } = {};
  for (const word of words(text)) {
    const choice = briefingChoiceOf(word);
    const time = timeWordOf(word);
    const language = languageWordOf(word);
    const sections = sectionsWordOf(word);
    if (choice !== undefined) {
      const key = 'detail' in choice ? 'detail' : 'arabicQuotes';
      if (found[key] !== undefined) return { ok: false, problem: { kind: 'unknown', text: word } };
      Object.assign(found, choice);
    } else if (/^@[A-Za-z][A-Za-z0-9_]{3,31}$/u.test(word) || /^-100\d{5,}$/u.test(word)) {
      if (found.channel !== undefined) return { ok: false, problem: { kind: 'unknown', text: word } };
      found.channel = word;
    } else if (time !== undefined) {
      if (found.localTime !== undefined) return { ok: false, problem: { kind: 'unknown', text: word } };
      try {
        found.localTime = resolveLocalTime(time);
      } catch {
        // resolveLocalTime's InputError is in English; the bot words the refusal in the chat's language.
        return { ok: false, problem: { kind: 'time', text: word } };
      }
    } else if (language !== undefined) {
      if (found.language !== undefined) return { ok: false, problem: { kind: 'unknown', text: word } };
      found.language = language;
    } else if (sections !== undefined) {
      if (found.sections !== undefined) return { ok: false, problem: { kind: 'unknown', text: word } };
      found.sections = sections;
    } else {
      if (found.timeZone !== undefined) return { ok: false, problem: { kind: 'unknown', text: word } };
      try {
        found.timeZone = resolveTimeZone(word);
      } catch {
        // Same as above: the suggestion is what matters, and it is recomputed here to be worded locally.
        const suggestion = suggestTimeZone(word);
        const looksLikeZone = word.includes('/') || suggestion !== undefined || /^(utc|gmt)/iu.test(word);
        return { ok: false, problem: looksLikeZone ? { kind: 'zone', text: word, ...(suggestion === undefined ? {} : { suggestion }) } : { kind: 'unknown', text: word } };
      }
    }
  }
  return { ok: true, value: found };
}
