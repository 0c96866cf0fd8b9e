/**
 * Finds pack mentions in Arabic text in one linear scan. Every spelling is folded like the text and
 * stored in a character trie (words joined by one space) built once per pack. At each word the scan
 * tries the word as written and the word without the clitics the press glues to it (و ف ب ل ك, the
 * article ال, and their chains وبال، للـ…), so "وبأبوظبي" and "لهيئة الأركان" match; the span
 * returned starts after the clitics, on the spelling itself. Overlaps are resolved longest first:
 * "طائرة مسيرة" is drones, never aircraft.
 */
import { normalizeArabic, toOriginalSpan, type NormalizedText } from '../text/normalize.ts';
import { childOf, compileTrie, DENSE_END, DENSE_START, insertKey, newTrieBuilder, NONE, type CharTrie, type TrieBuilder } from './char-trie.ts';
import { isGapCode, isWordCode, toFormKey } from './form-key.ts';
import type { Pack } from './schema.ts';

/** Which collection of the pack a mention comes from; party mentions say how the party was named. */
export type MentionKind = 'party' | 'party_adjective' | 'party_metonym' | 'person' | 'title' | 'place' | 'organization' | 'metric';

/** What a spelling refers to. */
export type MentionTarget = { readonly kind: MentionKind; readonly id: string };

/** A mention in original offsets; `alternatives` lists the other readings of a shared spelling (كييف: ukraine, then the city). */
export type EntityMention = {
  readonly kind: MentionKind;
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The original slice, clitics excluded. */
  readonly text: string;
  readonly alternatives?: readonly MentionTarget[];
};

/** Finds pack entities in text; build it once per pack with createPackMatcher. */
export type PackMatcher = {
  /** Mentions in `original`, non-overlapping, longest first, returned in text order. */
  find(original: string): EntityMention[];
  /**
   * The same, for text already normalized (offsets still refer to `n.original`). `base` is added
   * to every offset, so a sentence's mentions come out in article offsets without a copy.
   */
  findInNormalized(n: NormalizedText, base?: number): EntityMention[];
};

/** A phrase found by a phrase matcher, in NORMALIZED-text offsets. */
export type PhraseMatch = { readonly id: string; readonly start: number; readonly end: number };

/** Finds the phrases of one cue group; build it once with createPhraseMatcher. */
export type PhraseMatcher = { find(n: NormalizedText): PhraseMatch[] };

/**
 * When one spelling names several entries, the first kind here is the mention's reading and the
 * others are its alternatives: الكرملين is the organization before the metonym of russia, كييف the
 * metonym of ukraine before the city.
 */
export const KIND_PRIORITY: readonly MentionKind[] = ['person', 'title', 'organization', 'metric', 'party', 'party_adjective', 'party_metonym', 'place'];

const SPACE = 0x20;
const ALEF = 0x627;
const LAM = 0x644;

/**
 * Clitic chains tried before a word, folded. The word as written is always tried too, and the
 * longer span wins, so "واشنطن" stays Washington and never becomes و + "اشنطن"; a chain is stripped
 * only when at least two letters remain ("وفد" is never و + ف + "د"). After a chain ending in لل
 * ("للكرملين") the article's alef is restored, so the word also matches spellings that carry the
 * article ("الكرملين").
 */
const PREFIXES: readonly string[] = [
  'و', 'ف', 'ب', 'ل', 'ك',
  'ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'وكال', 'فكال',
  'لل', 'ولل', 'فلل',
  'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
];

/** What a prefix-trie node says: a whole clitic chain ends here, and whether it ends in لل. */
const IS_PREFIX = 1;
const RESTORES_ARTICLE = 2;

/** The prefixes as a small trie, so a word is checked against all of them in one walk. */
const PREFIX_TRIE: CharTrie<number> = (() => {
  const root = newTrieBuilder<number>();
  for (const prefix of PREFIXES) insertKey(root, prefix, () => IS_PREFIX | (prefix.endsWith('لل') ? RESTORES_ARTICLE : 0));
  return compileTrie(root);
})();

/** Keys for a spelling: the spelling itself, and for a multi-word spelling written with the article, the same without it. */
function keysOf(form: string, dropArticle: 'multiword' | 'always'): string[] {
  const key = toFormKey(form);
  if (key === '') return [];
  const keys = [key];
  const firstWordEnd = key.indexOf(' ');
  const firstWordLength = firstWordEnd === -1 ? key.length : firstWordEnd;
  // Only an article written with a bare alef: "ألمانيا" and "ألاسكا" begin with a hamza, not with ال.
  const hasArticle = form.trimStart().startsWith('ال') && firstWordLength >= 5;
  if (hasArticle && (firstWordEnd !== -1 || dropArticle === 'always')) keys.push(key.slice(2));
  return keys;
}

type Candidate<T> = { start: number; end: number; value: T };

/**
 * Several match tables compiled into one trie: a key's value holds one slot per table. The pack's
 * mentions and the cue groups are found in one walk per word instead of one walk per table.
 */
type TableTrie = { readonly trie: CharTrie<readonly unknown[]>; readonly articleNode: number; readonly tables: number };

/** Follow the trie from `position` through words and gaps; push each key that ends on a word boundary to its tables' lists. */
function walk(text: string, trie: CharTrie<readonly unknown[]>, from: number, position: number, out: Candidate<unknown>[][]): void {
  // The trie's arrays in locals and the child lookup written out: this loop runs for every letter
  // of every word, and a call per letter showed in profiles.
  const { nodes, edges, dense, values } = trie;
  const n = text.length;
  let node = from;
  let i = position;
  for (;;) {
    if (i < n) {
      const code = text.charCodeAt(i);
      if (isWordCode(code)) {
        const table = nodes[2 * node + 1]!;
        if (table !== NONE && code >= DENSE_START && code < DENSE_END) node = dense[table + code - DENSE_START]!;
        else {
          let k = 2 * nodes[2 * node]!;
          const stop = 2 * nodes[2 * node + 2]!;
          while (k < stop && edges[k] !== code) k += 2;
          node = k < stop ? edges[k + 1]! : NONE;
        }
        if (node === NONE) return;
        i++;
        continue;
      }
    }
    const slots = values[node];
    if (slots !== undefined) {
      for (let t = 0; t < slots.length; t++) {
        const value = slots[t];
        if (value !== undefined) out[t]!.push({ start: position, end: i, value });
      }
    }
    const gapChild = childOf(trie, node, SPACE);
    if (gapChild === NONE) return;
    let j = i;
    while (j < n && isGapCode(text.charCodeAt(j))) j++;
    if (j === i || j >= n || !isWordCode(text.charCodeAt(j))) return;
    node = gapChild;
    i = j;
  }
}

/** One pass over folded text: at each word, the word as written, then the word after each clitic chain. */
function scan(text: string, { trie, articleNode, tables }: TableTrie): Candidate<unknown>[][] {
  const out: Candidate<unknown>[][] = [];
  for (let t = 0; t < tables; t++) out.push([]);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordCode(text.charCodeAt(end))) end++;
    // A word whose first letter starts no key and no clitic chain is passed over at once.
    if (childOf(trie, 0, code) !== NONE) walk(text, trie, 0, i, out);
    let prefix = childOf(PREFIX_TRIE, 0, code);
    for (let stem = i + 1; prefix !== NONE && end - stem >= 2; stem++) {
      const flags = PREFIX_TRIE.values[prefix];
      if (flags !== undefined) {
        walk(text, trie, 0, stem, out);
        if ((flags & RESTORES_ARTICLE) !== 0 && articleNode !== NONE) walk(text, trie, articleNode, stem, out);
      }
      prefix = childOf(PREFIX_TRIE, prefix, text.charCodeAt(stem));
    }
    i = end;
  }
  return out;
}

/** Merge one builder per table into a builder whose values carry a slot per table, then compile it. */
function compileTables(builders: readonly TrieBuilder<unknown>[]): TableTrie {
  const merged = newTrieBuilder<unknown[]>();
  const visit = (target: TrieBuilder<unknown[]>, source: TrieBuilder<unknown>, table: number): void => {
    if (source.value !== undefined) {
      target.value ??= new Array<unknown>(builders.length).fill(undefined);
      target.value[table] = source.value;
    }
    if (!source.next) return;
    target.next ??= new Map();
    for (const [code, child] of source.next) {
      let into = target.next.get(code);
      if (into === undefined) {
        into = newTrieBuilder();
        target.next.set(code, into);
      }
      visit(into, child, table);
    }
  };
  builders.forEach((builder, table) => { visit(merged, builder, table); });
  const trie = compileTrie<readonly unknown[]>(merged);
  return { trie, articleNode: articleNodeOf(trie), tables: builders.length };
}

/** The node after "ال" (restored after a لل chain), or NONE. */
function articleNodeOf<T>(trie: CharTrie<T>): number {
  const alef = childOf(trie, 0, ALEF);
  return alef === NONE ? NONE : childOf(trie, alef, LAM);
}

/** Reused between calls: which folded characters a chosen candidate already covers. */
let takenBuffer = new Uint8Array(1024);

/** Keep the longest candidates that do not overlap (ties: the earlier one), in text order. */
function selectLongest<T>(candidates: Candidate<T>[], length: number): Candidate<T>[] {
  if (candidates.length <= 1) return candidates;
  // Candidates arrive in order of their word; when none overlaps the next, there is nothing to choose.
  let overlapping = false;
  for (let k = 1; k < candidates.length && !overlapping; k++) overlapping = candidates[k]!.start < candidates[k - 1]!.end;
  if (!overlapping) return candidates;
  // Lists are short (a few candidates per word): insertion sorts with the comparison written out
  // cost less than Array#sort calling a comparator.
  const ranked = candidates.slice();
  for (let k = 1; k < ranked.length; k++) {
    const item = ranked[k]!;
    const span = item.end - item.start;
    let at = k - 1;
    for (; at >= 0; at--) {
      const other = ranked[at]!;
      const otherSpan = other.end - other.start;
      if (otherSpan > span || (otherSpan === span && other.start <= item.start)) break;
      ranked[at + 1] = other;
    }
    ranked[at + 1] = item;
  }
  if (takenBuffer.length < length) takenBuffer = new Uint8Array(Math.max(length, takenBuffer.length * 2));
  const taken = takenBuffer;
  taken.fill(0, 0, length);
  const chosen: Candidate<T>[] = [];
  for (const candidate of ranked) {
    let free = true;
    for (let k = candidate.start; k < candidate.end; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    let at = chosen.length - 1;
    chosen.push(candidate);
    for (; at >= 0 && chosen[at]!.start > candidate.start; at--) chosen[at + 1] = chosen[at]!;
    chosen[at + 1] = candidate;
  }
  return chosen;
}

function phraseBuilder(phrases: ReadonlyMap<string, string>): TrieBuilder<string> {
  const root = newTrieBuilder<string>();
  for (const [phrase, id] of phrases) {
    for (const key of keysOf(phrase, 'multiword')) insertKey(root, key, (old) => old ?? id);
  }
  return root;
}

function toPhraseMatches(candidates: Candidate<unknown>[], length: number): PhraseMatch[] {
  const chosen = selectLongest(candidates, length);
  const matches: PhraseMatch[] = new Array<PhraseMatch>(chosen.length);
  for (let k = 0; k < chosen.length; k++) matches[k] = { id: chosen[k]!.value as string, start: chosen[k]!.start, end: chosen[k]!.end };
  return matches;
}

/**
 * A matcher for any phrase → id map (cue groups, issues). Spans are in normalized-text offsets;
 * the same clitic and article tolerance as the pack matcher applies. The first id given for a
 * spelling wins.
 */
export function createPhraseMatcher(phrases: ReadonlyMap<string, string>): PhraseMatcher {
  const tables = compileTables([phraseBuilder(phrases)]);
  return { find: (n) => toPhraseMatches(scan(n.text, tables)[0]!, n.text.length) };
}

/** Turn a labelled cue group ({ demands: ['تطالب', …] }) or a flat list into a phrase → id map. */
export function toPhraseMap(group: Readonly<Record<string, readonly string[]>> | readonly string[], id = 'cue'): Map<string, string> {
  const map = new Map<string, string>();
  if (Array.isArray(group)) {
    for (const phrase of group as readonly string[]) if (!map.has(phrase)) map.set(phrase, id);
    return map;
  }
  for (const [label, list] of Object.entries(group as Readonly<Record<string, readonly string[]>>)) {
    for (const phrase of list) if (!map.has(phrase)) map.set(phrase, label);
  }
  return map;
}

/** Labelled cue groups as one phrase map with "group:label" ids, in the order given; the first id of a phrase wins. */
export function toGroupedPhraseMap(groups: readonly (readonly [string, Readonly<Record<string, readonly string[]>>])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [group, labels] of groups) {
    for (const [label, phrases] of Object.entries(labels)) for (const phrase of phrases) if (!map.has(phrase)) map.set(phrase, `${group}:${label}`);
  }
  return map;
}

/** What a key names; an ignored phrase (pack.ignore) names nothing but still claims its span. */
type Targets = readonly MentionTarget[];
const IGNORED: Targets = [];

/** A key's reading and its alternatives, split once at build time rather than per mention. */
type Reading = { readonly primary: MentionTarget | undefined; readonly others: readonly MentionTarget[] };

function addTarget(old: Targets | undefined, target: MentionTarget): Targets {
  if (old === IGNORED) return IGNORED;
  if (old === undefined) return [target];
  if (old.some((t) => t.kind === target.kind && t.id === target.id)) return old;
  const merged = [...old, target];
  return merged.sort((a, b) => KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind));
}

function personSpellings(forms: readonly string[], givenNames: readonly string[]): string[] {
  const out = [...forms];
  for (const given of givenNames) for (const form of forms) out.push(`${given} ${form}`);
  return out;
}

/** The builder with each key's targets split into reading and alternatives (in place). */
function toReadings(root: TrieBuilder<Targets>): TrieBuilder<Reading> {
  const readings = new Map<Targets, Reading>();
  const visit = (node: TrieBuilder<Targets>): void => {
    const targets = node.value;
    if (targets !== undefined) {
      let reading = readings.get(targets);
      if (reading === undefined) {
        reading = { primary: targets[0], others: targets.slice(1) };
        readings.set(targets, reading);
      }
      (node as unknown as TrieBuilder<Reading>).value = reading;
    }
    if (node.next) for (const child of node.next.values()) visit(child);
  };
  visit(root);
  return root as unknown as TrieBuilder<Reading>;
}

function packBuilder(pack: Pack): TrieBuilder<Reading> {
  const root = newTrieBuilder<Targets>();
  const add = (forms: readonly string[], target: MentionTarget, dropArticle: 'multiword' | 'always'): void => {
    for (const form of forms) for (const key of keysOf(form, dropArticle)) insertKey(root, key, (old) => addTarget(old, target));
  };
  for (const party of pack.parties) {
    add(party.forms, { kind: 'party', id: party.id }, 'multiword');
    add(party.adjectives, { kind: 'party_adjective', id: party.id }, 'always');
    add(party.metonyms, { kind: 'party_metonym', id: party.id }, 'multiword');
  }
  for (const person of pack.people) add(personSpellings(person.forms, person.givenNames), { kind: 'person', id: person.id }, 'multiword');
  for (const title of pack.titles) add(title.forms, { kind: 'title', id: title.id }, 'multiword');
  for (const place of pack.places) add(place.forms, { kind: 'place', id: place.id }, 'multiword');
  for (const org of pack.organizations) add(org.forms, { kind: 'organization', id: org.id }, 'multiword');
  for (const metric of pack.metrics) add(metric.forms, { kind: 'metric', id: metric.id }, 'always');
  for (const phrase of pack.ignore) for (const key of keysOf(phrase, 'multiword')) insertKey(root, key, () => IGNORED);
  return toReadings(root);
}

function toMentions(n: NormalizedText, candidates: Candidate<unknown>[], base: number): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const candidate of selectLongest(candidates, n.text.length)) {
    const { primary, others } = candidate.value as Reading;
    if (primary === undefined) continue;
    const span = toOriginalSpan(n, candidate);
    const text = n.original.slice(span.start, span.end);
    const start = span.start + base;
    const end = span.end + base;
    mentions.push(others.length > 0
      ? { kind: primary.kind, id: primary.id, start, end, text, alternatives: others }
      : { kind: primary.kind, id: primary.id, start, end, text });
  }
  return mentions;
}

/** Build the mention matcher for a pack once; `find` then scans an article in linear time. */
export function createPackMatcher(pack: Pack): PackMatcher {
  const tables = compileTables([packBuilder(pack)]);
  const findInNormalized = (n: NormalizedText, base = 0): EntityMention[] => toMentions(n, scan(n.text, tables)[0]!, base);
  return { findInNormalized, find: (original) => findInNormalized(normalizeArabic(original)) };
}

/** What one scan of a sentence finds: the pack's mentions (article offsets) and each phrase table's matches (normalized offsets). */
export type SentenceMatches = { readonly mentions: EntityMention[]; readonly phrases: readonly PhraseMatch[][] };

/** The pack's mentions and several phrase tables, found in one scan of the text; build it once per pack. */
export type SentenceMatcher = { find(n: NormalizedText, base?: number): SentenceMatches };

/**
 * One trie for the pack and every cue table the extractors read, so a sentence is walked once
 * rather than once per table; each table keeps its own longest-first choice among its own keys.
 */
export function createSentenceMatcher(pack: Pack, phraseTables: readonly ReadonlyMap<string, string>[]): SentenceMatcher {
  const tables = compileTables([packBuilder(pack), ...phraseTables.map(phraseBuilder)]);
  return {
    find(n, base = 0) {
      const found = scan(n.text, tables);
      const phrases: PhraseMatch[][] = [];
      for (let t = 1; t < found.length; t++) phrases.push(toPhraseMatches(found[t]!, n.text.length));
      return { mentions: toMentions(n, found[0]!, base), phrases };
    },
  };
}

/** The id a mention has as `kind`, whether as its reading or as an alternative ("في كييف" as a place). */
export function mentionAs(mention: EntityMention, kind: MentionKind): string | undefined {
  if (mention.kind === kind) return mention.id;
  return mention.alternatives?.find((target) => target.kind === kind)?.id;
}
