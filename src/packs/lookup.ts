/**
 * Lookups over a pack, built once: entries by id, the party behind any entity, and who held a
 * title on a given day (the pack's `person` is only the holder at the pack's date).
 */
import type { MentionKind } from './matcher.ts';
import type { Issue, Metric, Organization, Pack, Party, Person, Place, Role, Title } from './schema.ts';

type IsoDate = string;

/** Lookups over one pack; build it once with createPackIndex. */
export type PackIndex = {
  readonly pack: Pack;
  party(id: string): Party | undefined;
  person(id: string): Person | undefined;
  title(id: string): Title | undefined;
  place(id: string): Place | undefined;
  organization(id: string): Organization | undefined;
  metric(id: string): Metric | undefined;
  issue(id: string): Issue | undefined;
  /** The party an entity speaks for: a person's or title's party, an organization's, a party itself, a place's country. */
  partyOf(kind: MentionKind, id: string): string | undefined;
  /** Who held a title on `date`; without a date, the pack's default holder. */
  holderOf(titleId: string, date?: IsoDate): string | undefined;
};

/** Whether a role covers a day: `from` inclusive, `to` exclusive (the successor starts that day). */
export function isRoleActive(role: Role, date: IsoDate): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date < role.to);
}

/** The roles a person held on a day. */
export function rolesAt(person: Person, date: IsoDate): Role[] {
  return person.roles.filter((role) => isRoleActive(role, date));
}

function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Index a pack once; every lookup is then a map read. */
export function createPackIndex(pack: Pack): PackIndex {
  const parties = byId(pack.parties);
  const people = byId(pack.people);
  const titles = byId(pack.titles);
  const places = byId(pack.places);
  const organizations = byId(pack.organizations);
  const metrics = byId(pack.metrics);
  const issues = byId(pack.issues);
  const holders = new Map<string, { person: string; role: Role }[]>();
  for (const person of pack.people) {
    for (const role of person.roles) {
      if (!titles.has(role.role)) continue;
      holders.set(role.role, [...(holders.get(role.role) ?? []), { person: person.id, role }]);
    }
  }
  const placeCountry = (id: string): string | undefined => {
    const place = places.get(id);
    if (place === undefined) return undefined;
    if (place.kind === 'country') return parties.has(place.id) ? place.id : undefined;
    return place.country !== undefined && parties.has(place.country) ? place.country : undefined;
  };
  return {
    pack,
    party: (id) => parties.get(id),
    person: (id) => people.get(id),
    title: (id) => titles.get(id),
    place: (id) => places.get(id),
    organization: (id) => organizations.get(id),
    metric: (id) => metrics.get(id),
    issue: (id) => issues.get(id),
    partyOf(kind, id) {
      switch (kind) {
        case 'party':
        case 'party_adjective':
        case 'party_metonym':
          return parties.has(id) ? id : undefined;
        case 'person':
          return people.get(id)?.party;
        case 'title':
          return titles.get(id)?.party;
        case 'organization':
          return organizations.get(id)?.party;
        case 'place':
          return placeCountry(id);
        case 'metric':
          return undefined;
      }
    },
    holderOf(titleId, date) {
      if (date === undefined) return titles.get(titleId)?.person;
      return holders.get(titleId)?.find((holder) => isRoleActive(holder.role, date))?.person;
    },
  };
}
