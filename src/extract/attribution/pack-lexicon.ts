/**
 * What attribution needs from a pack, compiled once per pack and cached: id → entry tables for
 * titles, people, organizations and places (the cue words are in attribution/cues.ts).
 */
import type { EntityMention } from '../../packs/matcher.ts';
import type { Organization, Pack, Person, Place, Title } from '../../packs/schema.ts';
import { isRoleActive } from '../../packs/lookup.ts';
import type { Claimant, IsoDate } from '../facts.ts';
import { foldArabic } from '../../text/normalize.ts';

/** A pack's entries by id, for turning mentions into claimants. */
export type AttributionLexicon = {
  readonly titles: ReadonlyMap<string, Title>;
  readonly people: ReadonlyMap<string, Person>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly places: ReadonlyMap<string, Place>;
  /** The article's day, when known: a title alone names its holder only on a day inside the holder's role. */
  readonly reference?: IsoDate;
  /** The pack's first day (the war's): a role held since then and still held is held on any day of an undated article. */
  readonly since?: IsoDate;
};

/** lexiconAt's tables by day, made once per day rather than copied for every article. */
const byDay = new WeakMap<AttributionLexicon, Map<IsoDate | undefined, AttributionLexicon>>();

/** The same tables for an article of `reference` (or of no known day). */
export function lexiconAt(lexicon: AttributionLexicon, reference: IsoDate | undefined): AttributionLexicon {
  let days = byDay.get(lexicon);
  if (days === undefined) {
    days = new Map();
    byDay.set(lexicon, days);
  }
  let dated = days.get(reference);
  if (dated === undefined) {
    const { reference: _previous, ...tables } = lexicon;
    dated = reference !== undefined ? { ...tables, reference } : tables;
    days.set(reference, dated);
  }
  return dated;
}

/**
 * Who holds a title on the article's day, by the pack's dated roles. Undated, nobody: "رئيس الوفد
 * الأوكراني" was Arakhamia in 2022 and Umerov in 2025, and the text must say which.
 */
function holderAt(lexicon: AttributionLexicon, titleId: string): string | undefined {
  const holder = lexicon.titles.get(titleId)?.person;
  if (holder === undefined) return undefined;
  const roles = lexicon.people.get(holder)?.roles.filter((role) => role.role === titleId) ?? [];
  // A holder the pack gives no dated role for this title holds it whenever the article was written.
  if (roles.length === 0) return holder;
  const reference = lexicon.reference;
  // Undated, only a holder who held the title through the whole war (the Kremlin's spokesman) is sure.
  if (reference === undefined) {
    const { since } = lexicon;
    return since !== undefined && roles.some((role) => isRoleActive(role, since) && role.to === undefined) ? holder : undefined;
  }
  return roles.some((role) => isRoleActive(role, reference)) ? holder : undefined;
}


const cache = new WeakMap<Pack, AttributionLexicon>();

function byId<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** The attribution tables of a pack (built on first use, then shared). */
export function attributionLexiconOf(pack: Pack): AttributionLexicon {
  const cached = cache.get(pack);
  if (cached) return cached;
  const lexicon: AttributionLexicon = {
    titles: byId(pack.titles),
    people: byId(pack.people),
    organizations: byId(pack.organizations),
    places: byId(pack.places),
    ...(pack.since !== undefined ? { since: pack.since } : {}),
  };
  cache.set(pack, lexicon);
  return lexicon;
}

/**
 * Who holds `title` when it is followed by `person`: the person named, unless the person is known
 * for another role and the title has its own holder — then the name is a genitive, as in "مبعوث
 * الرئيس الروسي فلاديمير بوتين" (Putin's envoy, Dmitriev, is speaking).
 */
export function holderOf(lexicon: AttributionLexicon, titleId: string, personId: string): string {
  const title = lexicon.titles.get(titleId);
  const person = lexicon.people.get(personId);
  if (!title?.person || title.person === personId || !person) return personId;
  if (person.roles.length === 0 || person.roles.some((role) => role.role === titleId)) return personId;
  return title.person;
}

/** The claimant a single mention names, if it can claim anything (a place or a metric cannot). */
export function claimantOfMention(lexicon: AttributionLexicon, mention: EntityMention): Claimant | undefined {
  switch (mention.kind) {
    case 'person':
      return { kind: 'person', id: mention.id, text: mention.text };
    case 'title': {
      const holder = holderAt(lexicon, mention.id);
      return holder ? { kind: 'person', id: holder, text: mention.text } : { kind: 'title', id: mention.id, text: mention.text };
    }
    case 'organization':
      return { kind: 'organization', id: mention.id, text: mention.text };
    case 'party':
    case 'party_metonym':
      return { kind: 'party', id: mention.id, text: mention.text };
    default:
      return undefined;
  }
}

/** The party a claimant speaks for, where the pack says. */
export function partyOfClaimant(lexicon: AttributionLexicon, claimant: Claimant): string | undefined {
  if (claimant.id === undefined) return undefined;
  switch (claimant.kind) {
    case 'party':
      return claimant.id;
    case 'organization':
      return lexicon.organizations.get(claimant.id)?.party;
    case 'person':
      return lexicon.people.get(claimant.id)?.party;
    case 'title':
      return lexicon.titles.get(claimant.id)?.party;
    default:
      return undefined;
  }
}

const OUTLET_WORDS = new Set(['وكالة', 'صحيفة', 'موقع', 'قناة', 'شبكة', 'وكالات'].map(foldArabic));

/** An agency or an outlet: it relays a bulletin ("حسبما أوردت وكالة يوكرينفورم"); it is not who claims the figures. */
export function isRelay(lexicon: AttributionLexicon, claimant: Claimant): boolean {
  if (claimant.kind === 'organization' && claimant.id !== undefined) {
    const kind = lexicon.organizations.get(claimant.id)?.kind;
    return kind === 'agency' || kind === 'media';
  }
  if (claimant.kind !== 'unknown') return false;
  const first = foldArabic(claimant.text.trim().split(/\s+/u)[0] ?? '');
  return [first, first.replace(/^[وف]/u, '')].some((word) => OUTLET_WORDS.has(word) || OUTLET_WORDS.has(word.replace(/^ال/u, '')));
}
