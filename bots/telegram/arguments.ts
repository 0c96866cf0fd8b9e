/**
 * Telegram's reading of command arguments: the shared request grammar (src/schedule/request-grammar.ts)
 * over what follows `/status`, `/digest`, `/subscribe` … Only what is Telegram's own lives here: a
 * channel is named from a private chat as `@name` or by its `-100…` id.
 */
import { parseArguments, type BriefingDetail, type BriefingSections, type GrammarOptions, type Lang, type RequestProblem } from '../../src/index.ts';

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

/** What `/digest` asks for: a day (default: the chat's latest news day), a language and sections, the full digest instead of the brief, the Arabic quotes in English. */
export type DigestArguments = { readonly day?: string; readonly language?: Lang; readonly sections?: BriefingSections; readonly full: boolean; readonly arabicQuotes?: boolean };

/** What `/status` asks for: a topic (both when none) and a language. */
export type StatusArguments = { readonly sections: BriefingSections; readonly language?: Lang };

/** Why arguments were refused: the shared grammar's codes, which the bot words in the chat's language. */
export type ArgumentProblem = RequestProblem;

/** Parsed arguments or the problem found. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ArgumentProblem };

/** How Telegram names a channel: its public @username or its numeric id. */
export const TELEGRAM_CHANNEL: GrammarOptions = { isChannel: (word) => /^@[A-Za-z][A-Za-z0-9_]{3,31}$/u.test(word) || /^-100\d{5,}$/u.test(word) };

export function parseStatusArgument(text: string): Parsed<StatusArguments> {
  const parsed = parseArguments('status', text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  if (parsed.request.kind !== 'status') throw new Error('status arguments read as another command');
  const { topic, lang } = parsed.request;
  return { ok: true, value: { sections: topic, ...(lang === undefined ? {} : { language: lang }) } };
}

export function parseDigestArgument(text: string): Parsed<DigestArguments> {
  const parsed = parseArguments('digest', text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  if (parsed.request.kind !== 'digest') throw new Error('digest arguments read as another command');
  const { day, lang, sections, full, arabicQuotes } = parsed.request;
  return {
    ok: true,
    value: {
      ...(day !== undefined ? { day } : {}), ...(lang !== undefined ? { language: lang } : {}), ...(sections !== undefined ? { sections } : {}),
      full: full === true, ...(arabicQuotes !== undefined ? { arabicQuotes } : {}),
    },
  };
}

/**
 * Read `/subscribe` arguments in any order (a word given twice or not understood is refused), or those
 * of `/unsubscribe` and `/settings`: a channel and a language at most.
 */
export function parseSubscribeArguments(text: string, command: 'subscribe' | 'unsubscribe' | 'settings' = 'subscribe'): Parsed<SubscribeArguments> {
  const parsed = parseArguments(command, text, TELEGRAM_CHANNEL);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const request = parsed.request;
  if (request.kind !== 'subscribe' && request.kind !== 'unsubscribe' && request.kind !== 'settings') throw new Error(`${command} arguments read as another command`);
  const { kind: _kind, lang, ...rest } = request;
  return { ok: true, value: { ...rest, ...(lang !== undefined ? { language: lang } : {}) } };
}
