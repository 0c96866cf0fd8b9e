/**
 * Finds pack mentions in Arabic text in one linear scan. Every spelling is folded like the text and
 * stored in a character trie (words joined by one space) built once per pack. At each word the scan
 * tries the word as written and the word without the clitics the press glues to it (و ف ب ل ك, the
 * article ال, and their chains وبال، للـ…), so "وبأبوظبي" and "لهيئة الأركان" match; the span
 * returned starts after the clitics, on the spelling itself. Overlaps are resolved longest first:
 * "طائرة مسيرة" is drones, never aircraft.
 */
import { normalizeArabic, toOriginalSpan, type NormalizedText } from '../text/normalize.ts';
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
  /** The same, for text already normalized (offsets still refer to `n.original`). */
  findInNormalized(n: NormalizedText): EntityMention[];
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

type TrieNode<T> = { next: Map<number, TrieNode<T>> | undefined; value: T | undefined };

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

/** The prefixes as a small trie, so a word is checked against all of them in one walk. */
type PrefixNode = { readonly next: Map<number, PrefixNode>; isPrefix: boolean; restoresArticle: boolean };
const PREFIX_ROOT: PrefixNode = (() => {
  const root: PrefixNode = { next: new Map(), isPrefix: false, restoresArticle: false };
  for (const prefix of PREFIXES) {
    let node = root;
    for (let i = 0; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), isPrefix: false, restoresArticle: false };
        node.next.set(code, child);
      }
      node = child;
    }
    node.isPrefix = true;
    node.restoresArticle = prefix.endsWith('لل');
  }
  return root;
})();

function newNode<T>(): TrieNode<T> {
  return { next: undefined, value: undefined };
}

function insert<T>(root: TrieNode<T>, key: string, merge: (old: T | undefined) => T): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    node.next ??= new Map();
    let child = node.next.get(code);
    if (child === undefined) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.value = merge(node.value);
}

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

/** Follow the trie from `position` through words and gaps; emit each spelling that ends on a word boundary. */
function walk<T>(text: string, from: TrieNode<T>, position: number, emit: (candidate: Candidate<T>) => void): void {
  const n = text.length;
  let node = from;
  let i = position;
  for (;;) {
    if (i < n && isWordCode(text.charCodeAt(i))) {
      const child = node.next?.get(text.charCodeAt(i));
      if (child === undefined) return;
      node = child;
      i++;
      continue;
    }
    if (node.value !== undefined) emit({ start: position, end: i, value: node.value });
    const gapChild = node.next?.get(SPACE);
    if (gapChild === undefined) return;
    let j = i;
    while (j < n && isGapCode(text.charCodeAt(j))) j++;
    if (j === i || j >= n || !isWordCode(text.charCodeAt(j))) return;
    node = gapChild;
    i = j;
  }
}

/** One pass over folded text: at each word, the word as written, then the word after each clitic chain. */
function scan<T>(text: string, root: TrieNode<T>, emit: (candidate: Candidate<T>) => void): void {
  const articleNode = root.next?.get(ALEF)?.next?.get(LAM);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordCode(text.charCodeAt(end))) end++;
    walk(text, root, i, emit);
    let prefix = PREFIX_ROOT.next.get(text.charCodeAt(i));
    for (let stem = i + 1; prefix !== undefined && end - stem >= 2; stem++) {
      if (prefix.isPrefix) {
        walk(text, root, stem, emit);
        if (prefix.restoresArticle && articleNode !== undefined) walk(text, articleNode, stem, emit);
      }
      prefix = prefix.next.get(text.charCodeAt(stem));
    }
    i = end;
  }
}

/** Keep the longest candidates that do not overlap (ties: the earlier one), in text order. */
function selectLongest<T>(candidates: Candidate<T>[], length: number): Candidate<T>[] {
  if (candidates.length <= 1) return candidates;
  // Candidates arrive in order of their word; when none overlaps the next, there is nothing to choose.
  let overlapping = false;
  for (let k = 1; k < candidates.length && !overlapping; k++) overlapping = candidates[k]!.start < candidates[k - 1]!.end;
  if (!overlapping) return candidates;
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
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
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * A matcher for any phrase → id map (cue groups, issues). Spans are in normalized-text offsets;
 * the same clitic and article tolerance as the pack matcher applies. The first id given for a
 * spelling wins.
 */
export function createPhraseMatcher(phrases: ReadonlyMap<string, string>): PhraseMatcher {
  const root = newNode<string>();
  for (const [phrase, id] of phrases) {
    for (const key of keysOf(phrase, 'multiword')) insert(root, key, (old) => old ?? id);
  }
  return {
    find(n: NormalizedText): PhraseMatch[] {
      const candidates: Candidate<string>[] = [];
      scan(n.text, root, (candidate) => candidates.push(candidate));
      return selectLongest(candidates, n.text.length).map((c) => ({ id: c.value, start: c.start, end: c.end }));
    },
  };
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

/** What a key names; an ignored phrase (pack.ignore) names nothing but still claims its span. */
type Targets = readonly MentionTarget[];
const IGNORED: Targets = [];

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

/** Build the mention matcher for a pack once; `find` then scans an article in linear time. */
export function createPackMatcher(pack: Pack): PackMatcher {
  const root = newNode<Targets>();
  const add = (forms: readonly string[], target: MentionTarget, dropArticle: 'multiword' | 'always'): void => {
    for (const form of forms) for (const key of keysOf(form, dropArticle)) insert(root, key, (old) => addTarget(old, target));
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
  for (const phrase of pack.ignore) for (const key of keysOf(phrase, 'multiword')) insert(root, key, () => IGNORED);

  const findInNormalized = (n: NormalizedText): EntityMention[] => {
    const candidates: Candidate<Targets>[] = [];
    scan(n.text, root, (candidate) => candidates.push(candidate));
    const mentions: EntityMention[] = [];
    for (const candidate of selectLongest(candidates, n.text.length)) {
      const [primary, ...others] = candidate.value;
      if (primary === undefined) continue;
      const span = toOriginalSpan(n, candidate);
      const mention = { kind: primary.kind, id: primary.id, start: span.start, end: span.end, text: n.original.slice(span.start, span.end) };
      mentions.push(others.length > 0 ? { ...mention, alternatives: others } : mention);
    }
    return mentions;
  };
  return { findInNormalized, find: (original) => findInNormalized(normalizeArabic(original)) };
}

/** The id a mention has as `kind`, whether as its reading or as an alternative ("في كييف" as a place). */
export function mentionAs(mention: EntityMention, kind: MentionKind): string | undefined {
  if (mention.kind === kind) return mention.id;
  return mention.alternatives?.find((target) => target.kind === kind)?.id;
}
