/**
 * A sentence as a row of folded words with article offsets, aligned with the pack mentions and
 * dates that start in each word. Attribution and figures read subjects and counted nouns word by
 * word; building the row once per sentence (cached) keeps that linear.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { isWordCode } from '../../packs/form-key.ts';
import type { PhraseMatch } from '../../packs/matcher.ts';
import { toOriginalSpan } from '../../text/normalize.ts';
import type { SentenceView } from '../sentence/article-view.ts';

/** One word (or punctuation mark) of a sentence. */
export type Word = {
  /** Folded text (normalizeArabic); one character for punctuation. */
  readonly text: string;
  /** Offsets in the article body. */
  readonly start: number;
  readonly end: number;
  readonly punct: boolean;
};

/** A sentence's words with the mentions and dates aligned to them. */
export type SentenceWords = {
  readonly words: readonly Word[];
  /** The mention that starts inside word i (after its clitics), if any. */
  readonly mentionAt: readonly (EntityMention | undefined)[];
  /** Whether word i lies inside a date expression ("الخميس", "مساء الأربعاء"). */
  readonly inDate: readonly boolean[];
};

// The words are kept on the sentence's memo (see SentenceMemo in sentence/article-view.ts).
declare module '../sentence/article-view.ts' {
  interface SentenceMemo {
    words?: SentenceWords;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function scanWords(sentence: SentenceView): Word[] {
  const { text, offsets } = sentence.normalized;
  const base = sentence.sentence.start;
  const length = sentence.sentence.text.length;
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    const punct = !isWordCode(code);
    if (!punct) while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    // The original span runs to the next folded character, so marks written on the last letter stay in.
    words.push({ text: punct ? text[i]! : text.slice(i, end), start: base + offsets[i]!, end: base + (offsets[end] ?? length), punct });
    i = end;
  }
  return words;
}

/** The words of a sentence with the mentions and dates aligned to them (cached per sentence). */
export function wordsOf(sentence: SentenceView): SentenceWords {
  const cached = sentence.memo.words;
  if (cached) return cached;
  const words = scanWords(sentence);
  const mentionAt = new Array<EntityMention | undefined>(words.length);
  const inDate = new Array<boolean>(words.length);
  let m = 0;
  let d = 0;
  const { mentions, dates } = sentence;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    while (m < mentions.length && mentions[m]!.start < word.start) m++;
    const mention = mentions[m];
    mentionAt[k] = mention && mention.start < word.end ? mention : undefined;
    while (d < dates.length && dates[d]!.end <= word.start) d++;
    const date = dates[d];
    inDate[k] = date !== undefined && date.start < word.end && date.end > word.start;
  }
  const result = { words, mentionAt, inDate };
  sentence.memo.words = result;
  return result;
}

/** Index of the first word that starts at or after `offset` (article offsets); words.length if none. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A phrase match (normalized sentence offsets) moved to article offsets. */
export function toArticleSpan(sentence: SentenceView, match: PhraseMatch): { start: number; end: number } {
  const span = toOriginalSpan(sentence.normalized, match);
  const base = sentence.sentence.start;
  return { start: base + span.start, end: base + span.end };
}

/** The text of the article between two offsets. */
export function sliceArticle(sentence: SentenceView, start: number, end: number): string {
  const base = sentence.sentence.start;
  return sentence.sentence.text.slice(start - base, end - base);
}
