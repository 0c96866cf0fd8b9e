/**
 * The words a subscriber types to choose how much a briefing shows and whether an English one carries
 * the articles' Arabic quotes, in both languages. Every adapter and the CLI read them from here, so
 * "/subscribe … full quotes" means the same on Telegram and Slack.
 */
import type { BriefingDetail } from '../store/subscription-store.ts';

/** brief | full, and their Arabic. */
export const DETAIL_WORDS: Readonly<Record<string, BriefingDetail>> = {
  brief: 'brief', 'موجز': 'brief', 'مختصر': 'brief', 'الموجز': 'brief',
  full: 'full', 'كامل': 'full', 'الكامل': 'full', 'كاملا': 'full', 'كاملة': 'full',
};

/** quotes | noquotes, and their Arabic: the Arabic quotes in an English briefing, or not. */
export const QUOTES_WORDS: Readonly<Record<string, boolean>> = {
  quotes: true, 'اقتباسات': true, 'الاقتباسات': true,
  noquotes: false, 'no-quotes': false, 'بلا-اقتباسات': false, 'بدون-اقتباسات': false,
};

/** What one word chooses, or undefined when it is neither a detail nor a quotes word. */
export function briefingChoiceOf(word: string): { readonly detail: BriefingDetail } | { readonly arabicQuotes: boolean } | undefined {
  const key = word.toLowerCase();
  const detail = DETAIL_WORDS[key];
  if (detail !== undefined) return { detail };
  const quotes = QUOTES_WORDS[key];
  return quotes === undefined ? undefined : { arabicQuotes: quotes };
}
