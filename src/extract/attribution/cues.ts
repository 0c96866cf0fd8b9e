/**
 * Every cue word attribution and figures look for, in one phrase table per pack (scanned together
 * with the pack's names and the talks cues, sentence/article-view.ts): speech verbs, attribution markers,
 * and the war cue groups (casualties, populations, weapons, strikes, scopes, prisoner exchange).
 * Matches are kept per sentence in article offsets.
 *
 * One table resolves overlaps longest first, so a marker that begins with a speech verb ("قالت
 * وكالة", "ذكرت وكالة") would hide the verb; the verb is restored from the marker's first word.
 */
import type { Pack } from '../../packs/schema.ts';
import type { SentenceView } from '../sentence/article-view.ts';
import { attributionCueTableOf } from './cue-table.ts';

/** A cue found in a sentence: its group ('speech', 'marker', 'casualties'…), label and article span. */
export type SentenceCue = {
  readonly group: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** The folded words matched. */
  readonly folded: string;
};

// The sentence's cues are kept on its memo (see SentenceMemo in sentence/article-view.ts).
declare module '../sentence/article-view.ts' {
  interface SentenceMemo {
    cues?: readonly SentenceCue[];
  }
}

/** The cues of one sentence, in text order (scanned once per sentence, then cached). */
export function sentenceCuesOf(pack: Pack, sentence: SentenceView): readonly SentenceCue[] {
  const cached = sentence.memo.cues;
  if (cached) return cached;
  const table = attributionCueTableOf(pack);
  const found: SentenceCue[] = [];
  const { text, offsets } = sentence.normalized;
  const base = sentence.sentence.start;
  const length = sentence.sentence.text.length;
  // Spans run to the next folded character, so marks written on a last letter stay inside.
  for (const match of sentence.cueMatches.attribution) {
    const colon = match.id.indexOf(':');
    const group = match.id.slice(0, colon);
    const folded = text.slice(match.start, match.end);
    const space = folded.indexOf(' ');
    if (group === 'marker' && space > 0 && table.verbs.has(folded.slice(0, space))) {
      found.push({ group: 'speech', label: 'verb', folded: folded.slice(0, space), start: base + (offsets[match.start] ?? length), end: base + (offsets[match.start + space] ?? length) });
    }
    found.push({ group, label: match.id.slice(colon + 1), folded, start: base + (offsets[match.start] ?? length), end: base + (offsets[match.end] ?? length) });
  }
  sentence.memo.cues = found;
  return found;
}
