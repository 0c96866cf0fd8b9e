/**
 * The words of what users type to the bot, shared by every adapter so that Telegram and Slack read
 * the same input the same way: digits in any script ("٠٧:٣٠", "٢٠٢٦-٠٢-٠٥"), a time with a colon or
 * a dot, languages and sections in English or Arabic. (The briefing choices are in briefing-choices.ts.)
 */
import type { BriefingLanguage, BriefingSections } from '../store/subscription-store.ts';

/** Arabic-Indic and Persian digits as ASCII ("٠٧:٣٠" → "07:30"): phones with an Arabic keyboard type them. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) as number) & 0xf));
}

/** Languages by name or code, in either language. */
export const LANGUAGE_WORDS: Readonly<Record<string, BriefingLanguage>> = {
  ar: 'ar', en: 'en', arabic: 'ar', english: 'en',
  'عربي': 'ar', 'عربية': 'ar', 'العربية': 'ar', 'إنجليزي': 'en', 'انجليزي': 'en', 'الإنجليزية': 'en', 'الانجليزية': 'en',
};

/** The sections of a briefing, in either language. */
export const SECTION_WORDS: Readonly<Record<string, BriefingSections>> = {
  talks: 'talks', figures: 'figures', all: 'all',
  'مفاوضات': 'talks', 'المفاوضات': 'talks', 'أرقام': 'figures', 'الأرقام': 'figures', 'الكل': 'all', 'كل': 'all',
};

/** A time of day as typed: "7:30", "07.30", "٧٫٣٠" (digits already ASCII); undefined for anything else. */
export function timeWordOf(word: string): string | undefined {
  return /^\d{1,2}[:.٫]\d{1,2}$/u.test(word) ? word.replace(/[.٫]/u, ':') : undefined;
}

/** The language a word names, if any. */
export function languageWordOf(word: string): BriefingLanguage | undefined {
  return LANGUAGE_WORDS[word.toLowerCase()];
}

/** The sections a word names, if any. */
export function sectionsWordOf(word: string): BriefingSections | undefined {
  return SECTION_WORDS[word.toLowerCase()];
}
