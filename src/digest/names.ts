/**
 * Display names from the pack. The digest resolves every id once, so the model carries both
 * languages and a renderer never needs the pack.
 */
import type { Claimant } from '../extract/facts.ts';
import { toFormKey } from '../packs/form-key.ts';
import { nounPhraseGender, type Gender } from '../text/arabic-gender.ts';
import { transliterateArabic } from '../text/transliterate.ts';
import type { AffiliatedEntry, DisplayName, NamedEntry, NamePack, PersonEntry } from './types.ts';

/** Looks names up by id; an id the pack does not know comes back bare, for the renderer's own tables. */
export type NameIndex = {
  readonly party: (id: string) => DisplayName;
  readonly person: (id: string) => DisplayName;
  readonly place: (id: string) => DisplayName;
  readonly metric: (id: string) => DisplayName;
  readonly issue: (id: string) => DisplayName;
  /** An id of any kind (a mediator may be a state or an envoy): parties, then people, organizations, titles, places. */
  readonly entity: (id: string) => DisplayName;
  /** A claimant or speaker: the pack's names when its id is known, else the article's wording. */
  readonly claimant: (claimant: Claimant) => DisplayName;
  /** The pack's tally categories (its metric ids), in the order its bulletin lists them. */
  readonly tallyMetrics: readonly string[];
  /** The party whose claims are the other side's: the opponent of the pack's tallyParty, if it has one. */
  readonly otherSide: string | undefined;
  /** The party a claimant speaks for, where the pack or the claimant's own wording says. */
  readonly claimantParty: (claimant: Claimant) => string | undefined;
  /** The grammatical gender of a claimant as `claimant()` names it in Arabic, for the verb before it; undefined when unsure. */
  readonly claimantGender: (claimant: Claimant) => Gender | undefined;
};

type PartyCues = { readonly id: string; readonly keys: readonly (readonly string[])[] };

function byId<T extends NamedEntry>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function named(entry: NamedEntry | undefined, id: string): DisplayName {
  return entry ? { id, ar: entry.ar, en: entry.en } : { id };
}

/** Every spelling of a party that can name its side inside a claimant phrase (الروسية، الكرملين، كييف), as words. */
function partyCues(pack: NamePack): PartyCues[] {
  return pack.parties.map((party) => {
    const spellings = [party.ar, ...(party.forms ?? []), ...(party.adjectives ?? []), ...(party.metonyms ?? [])];
    const keys = [...new Set(spellings.map(toFormKey).filter((key) => key !== ''))];
    return { id: party.id, keys: keys.map((key) => key.split(' ')) };
  });
}

/** Clitics and the article a word may carry in running text: "والروسية" is still "روسية". */
const PREFIXES = ['', 'و', 'ال', 'وال', 'بال', 'لل', 'فال', 'ب', 'ل'];

function wordMatches(word: string, key: string): boolean {
  return PREFIXES.some((prefix) => word.length > prefix.length && word.startsWith(prefix) && word.slice(prefix.length) === key);
}

function phraseAt(words: readonly string[], at: number, key: readonly string[]): boolean {
  return key.every((part, k) => (k === 0 ? wordMatches(words[at + k] ?? '', part) : words[at + k] === part));
}

/**
 * The side named inside a claimant phrase the pack does not know, e.g. "وكالة سبوتنيك الروسية" →
 * russia. Only an unambiguous phrase counts: one that names two sides says nothing.
 */
function partyInText(cues: readonly PartyCues[], text: string): string | undefined {
  const words = toFormKey(text).split(' ');
  const found = cues.filter((party) => party.keys.some((key) => words.some((_, i) => phraseAt(words, i, key))));
  return found.length === 1 ? found[0]?.id : undefined;
}

/**
 * The English of a claimant phrase that only joins sides with و ("موسكو وكييف" → "Russia and Ukraine"),
 * each part one spelling of a party; undefined when any part is something else.
 */
function partiesJoined(cues: readonly PartyCues[], names: ReadonlyMap<string, NamedEntry>, text: string): string | undefined {
  const parts = toFormKey(text).split(/\s+و(?=\S)/u);
  if (parts.length < 2) return undefined;
  const english: string[] = [];
  for (const part of parts) {
    const words = part.split(' ');
    const party = cues.find((p) => p.keys.some((key) => key.length === words.length && key.every((w, k) => w === words[k])));
    const name = party ? names.get(party.id)?.en : undefined;
    if (name === undefined) return undefined;
    english.push(name);
  }
  return `${english.slice(0, -1).join(', ')} and ${english.at(-1)!}`;
}

/**
 * A noun phrase's gender when the first noun makes it sure: feminine in ة or ات. A phrase read as
 * masculine may still be a broken plural of things ("التقارير"), which takes the feminine, so the
 * article's own verb is then kept (undefined).
 */
function surelyFeminine(text: string): Gender | undefined {
  return nounPhraseGender(text) === 'feminine' ? 'feminine' : undefined;
}

/** Build the name index of a pack once per digest. */
export function createNameIndex(pack: NamePack): NameIndex {
  const parties = byId(pack.parties);
  const people = byId<PersonEntry>(pack.people);
  const titles = byId<AffiliatedEntry>(pack.titles);
  const organizations = byId<AffiliatedEntry>(pack.organizations);
  const places = byId(pack.places);
  const metrics = byId(pack.metrics);
  const issues = byId(pack.issues);
  const cues = partyCues(pack);

  const glossary = new Map((pack.glossary ?? []).map((entry) => [toFormKey(entry.ar), entry.en] as const));
  const claimantEntry = (claimant: Claimant): NamedEntry | AffiliatedEntry | undefined => {
    if (claimant.id === undefined) return undefined;
    switch (claimant.kind) {
      case 'party': return parties.get(claimant.id);
      case 'person': return people.get(claimant.id);
      case 'title': return titles.get(claimant.id);
      case 'organization': return organizations.get(claimant.id);
      case 'unknown': return undefined;
    }
  };

  return {
    tallyMetrics: pack.metrics.map((metric) => metric.id),
    otherSide: pack.tallyParty === undefined ? undefined : parties.get(pack.tallyParty)?.opponent,
    party: (id) => named(parties.get(id), id),
    person: (id) => named(people.get(id), id),
    place: (id) => named(places.get(id), id),
    metric: (id) => named(metrics.get(id), id),
    issue: (id) => named(issues.get(id), id),
    entity: (id) => named(parties.get(id) ?? people.get(id) ?? organizations.get(id) ?? titles.get(id) ?? places.get(id), id),
    claimant: (claimant) => {
      const entry = claimantEntry(claimant);
      if (entry && claimant.id !== undefined) return { id: claimant.id, ar: entry.ar, en: entry.en };
      const key = toFormKey(claimant.text);
      // "وأفادت السلطات": the conjunction glued to the noun is not part of it (but وزارة, وكالة begin with و).
      const en = glossary.get(key) ?? glossary.get(key.replace(/^[وف](?=\S{3})/u, '')) ?? partiesJoined(cues, parties, claimant.text);
      // A person the pack does not list, named after a description ("رئيس الإدارة العسكرية في خيرسون ألكسندر
      // بروكودين"): English gives the name alone, in Latin letters; Arabic keeps the article's whole wording.
      const latin = en ?? (claimant.name !== undefined ? transliterateArabic(claimant.name) : undefined);
      const written = { asWritten: claimant.text, ...(latin !== undefined ? { en: latin } : {}) };
      return claimant.id === undefined ? written : { id: claimant.id, ...written };
    },
    claimantGender: (claimant) => {
      const entry = claimantEntry(claimant);
      switch (claimant.kind) {
        case 'person':
          if (entry !== undefined) return people.get(claimant.id!)?.gender === 'female' ? 'feminine' : 'masculine';
          // A person the pack does not list, named by a title first ("رئيس الوزراء البيلاروسي رومان …"), agrees with it;
          // named by the name alone, nothing says.
          return claimant.name !== undefined && claimant.text.trim().startsWith(claimant.name) ? undefined : surelyFeminine(claimant.text);
        // A state is feminine ("أعلنت روسيا"); a union by its noun ("الاتحاد الأوروبي").
        case 'party': return entry !== undefined ? (/^(?:ال)?(?:اتحاد|حلف)/u.test(entry.ar) ? 'masculine' : 'feminine') : surelyFeminine(claimant.text);
        default: return surelyFeminine(entry?.ar ?? claimant.text);
      }
    },
    claimantParty: (claimant) => {
      if (claimant.kind === 'party' && claimant.id !== undefined) return claimant.id;
      const entry = claimantEntry(claimant);
      if (entry && 'party' in entry && entry.party !== undefined) return entry.party;
      return partyInText(cues, claimant.text);
    },
  };
}
