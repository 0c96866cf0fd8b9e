/**
 * Whether a feed item concerns the pack's subject, scored from the pack's own terms so that a new
 * spelling in the pack is also a new way to be found relevant. Every decision carries its reasons,
 * which `mujaz feeds poll --explain` prints.
 */
import { createPackMatcher, type MentionKind } from '../../packs/matcher.ts';
import type { Pack } from '../../packs/schema.ts';

/** Points per distinct entity, by how it is named. */
export type RelevanceWeights = Readonly<Record<'principal_party' | 'party' | 'principal_person' | 'person' | 'title' | 'place' | 'organization' | 'metric', number>>;

export const DEFAULT_RELEVANCE_WEIGHTS: RelevanceWeights = {
  principal_party: 3, party: 1, principal_person: 3, person: 2, title: 2, place: 2, organization: 1, metric: 2,
};
/** The score an item needs by default: both sides named, or one side and a person, place or figure. */
export const DEFAULT_RELEVANCE_THRESHOLD = 6;
/** Mentions of one entity from which it counts one point more (the item is about it, not passing by). */
const REPEATED_MENTIONS = 3;

export type RelevanceDecision = {
  readonly kept: boolean;
  readonly score: number;
  readonly threshold: number;
  /** One line per contribution, e.g. "party russia ×4 +4", and the verdict's reason. */
  readonly reasons: readonly string[];
};

export type RelevanceOptions = {
  readonly threshold?: number;
  readonly weights?: RelevanceWeights;
  /**
   * Party ids an item must name (directly, or through one of their people); by default the pack's
   * first two parties, its principal sides (for the Russia–Ukraine pack: Ukraine and Russia).
   */
  readonly principalParties?: readonly string[];
};

export type RelevanceScorer = { score(title: string | undefined, body: string): RelevanceDecision; readonly threshold: number };

/** Build the scorer once per pack. */
export function createRelevanceScorer(pack: Pack, options: RelevanceOptions = {}): RelevanceScorer {
  const matcher = createPackMatcher(pack);
  const weights = options.weights ?? DEFAULT_RELEVANCE_WEIGHTS;
  const threshold = options.threshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const principal = new Set(options.principalParties ?? pack.parties.slice(0, 2).map((party) => party.id));
  const partyOfPerson = new Map(pack.people.map((person) => [person.id, person.party]));
  const partyOfTitle = new Map(pack.titles.map((title) => [title.id, title.party]));

  function weightOf(kind: MentionKind, id: string): { group: keyof RelevanceWeights; principal: boolean } {
    switch (kind) {
      case 'party':
      case 'party_adjective':
      case 'party_metonym':
        return principal.has(id) ? { group: 'principal_party', principal: true } : { group: 'party', principal: false };
      case 'person':
        return principal.has(partyOfPerson.get(id) ?? '') ? { group: 'principal_person', principal: true } : { group: 'person', principal: false };
      case 'title':
        return { group: 'title', principal: principal.has(partyOfTitle.get(id) ?? '') };
      default:
        return { group: kind, principal: false };
    }
  }

  return {
    threshold,
    score(title, body) {
      const counts = new Map<string, { group: keyof RelevanceWeights; id: string; count: number; principal: boolean }>();
      for (const mention of matcher.find(title ? `${title}\n\n${body}` : body)) {
        const { group, principal: isPrincipal } = weightOf(mention.kind, mention.id);
        const key = `${group}:${mention.id}`;
        const entry = counts.get(key) ?? { group, id: mention.id, count: 0, principal: isPrincipal };
        entry.count++;
        counts.set(key, entry);
      }
      let score = 0;
      let namesPrincipal = false;
      const reasons: string[] = [];
      for (const entry of [...counts.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))) {
        const points = weights[entry.group] + (entry.count >= REPEATED_MENTIONS ? 1 : 0);
        score += points;
        namesPrincipal ||= entry.principal;
        reasons.push(`${entry.group.replace('_', ' ')} ${entry.id} ×${entry.count} +${points}`);
      }
      const kept = score >= threshold && namesPrincipal;
      reasons.push(
        kept
          ? `kept: score ${score} ≥ ${threshold}`
          : !namesPrincipal
            ? `off topic: names none of ${[...principal].join(', ')} (score ${score})`
            : `off topic: score ${score} < ${threshold}`,
      );
      return { kept, score, threshold, reasons };
    },
  };
}
