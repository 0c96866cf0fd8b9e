/**
 * The table of every cue word attribution and figures look for (speech verbs, attribution markers,
 * the war cue groups), built once per pack. Apart from attribution/cues.ts, which reads a sentence's
 * matches, so that building the sentence matcher (sentence/article-view.ts) needs nothing that reads a view.
 */
import { toGroupedPhraseMap } from '../../packs/matcher.ts';
import type { Pack } from '../../packs/schema.ts';
import { foldArabic } from '../../text/normalize.ts';

export type CueTable = { readonly phrases: ReadonlyMap<string, string>; readonly verbs: ReadonlySet<string> };

const tables = new WeakMap<Pack, CueTable>();

/** The attribution cue table of a pack, built once. */
export function attributionCueTableOf(pack: Pack): CueTable {
  const cached = tables.get(pack);
  if (cached) return cached;
  const { cues } = pack;
  const phrases = toGroupedPhraseMap([
    ['speech', { verb: cues.speechVerbs }],
    ['marker', { source: cues.attributionMarkers }],
    // Casualties before strikes: "إصابة" is a wound before it is a hit.
    ['casualties', cues.casualties],
    ['populations', cues.populations],
    ['weapons', cues.weapons],
    ['strikes', cues.strikes],
    ['scopes', cues.scopes],
    ['exchange', { prisoner_exchange: cues.outcomes.prisoner_exchange }],
  ]);
  const table = { phrases, verbs: new Set(cues.speechVerbs.map(foldArabic)) };
  tables.set(pack, table);
  return table;
}

/** Every cue phrase with its `group:label` id, for the sentence matcher (sentence/article-view.ts). */
export function attributionCuePhrases(pack: Pack): ReadonlyMap<string, string> {
  return attributionCueTableOf(pack).phrases;
}

