/**
 * What moved in the talks between two moments (a subscription's previous brief and this one): a
 * new round, a round that began or ended, a new outcome, a new date for the next step, a side's new
 * position. The brief opens with these, because a reader who had yesterday's brief asks first what
 * is new. Pure: two talks statuses in, a list out.
 */
import { nameKey } from './figures.ts';
import type { DisplayName, NextStepView, OutcomeView, PositionView, RoundView, TalksStatus } from './types.ts';

export type TalksChange =
  | { readonly kind: 'new_round'; readonly round: RoundView }
  | { readonly kind: 'round_status'; readonly round: RoundView; readonly was: RoundView['status'] }
  | { readonly kind: 'new_outcome'; readonly outcome: OutcomeView }
  | { readonly kind: 'next_step'; readonly step: NextStepView }
  | { readonly kind: 'new_position'; readonly party: DisplayName; readonly position: PositionView };

/** A round is the same round from the same first day (or with the same number), at the same venue when both name one. */
function sameRound(a: RoundView, b: RoundView): boolean {
  const venueA = nameKey(a.venue);
  const venueB = nameKey(b.venue);
  if (venueA !== '' && venueB !== '' && venueA !== venueB) return false;
  if (a.startDate !== undefined && b.startDate !== undefined) return a.startDate === b.startDate;
  return a.number !== undefined && a.number === b.number;
}

const outcomeKey = (o: OutcomeView): string => [o.type, o.parties.map(nameKey).sort().join('+'), o.perSide ?? '', o.total ?? '', o.type === 'prisoner_exchange' ? '' : o.text].join('|');
const stepKey = (s: NextStepView): string => [s.what, s.date ?? '', s.vague ?? ''].join('|');
const positionKey = (party: DisplayName, p: PositionView): string => [nameKey(party), p.stance, nameKey(p.issue)].join('|');

/** The changes from `before` to `after`, most important first: rounds, outcomes, the next step, positions. */
export function talksChanges(before: TalksStatus, after: TalksStatus): TalksChange[] {
  const changes: TalksChange[] = [];
  const latest = after.latestRound;
  if (latest) {
    const known = [before.latestRound, ...before.earlierRounds].find((round) => round !== undefined && sameRound(round, latest));
    if (!known) changes.push({ kind: 'new_round', round: latest });
    else if (known.status !== latest.status) changes.push({ kind: 'round_status', round: latest, was: known.status });
  }
  const outcomesBefore = new Set(before.outcomes.map(outcomeKey));
  for (const outcome of after.outcomes) if (!outcomesBefore.has(outcomeKey(outcome))) changes.push({ kind: 'new_outcome', outcome });
  const stepsBefore = new Set(before.nextSteps.map(stepKey));
  const step = after.nextSteps[0];
  if (step && !stepsBefore.has(stepKey(step))) changes.push({ kind: 'next_step', step });
  const positionsBefore = new Set(before.positions.flatMap((entry) => entry.positions.map((p) => positionKey(entry.party, p))));
  for (const entry of after.positions) {
    for (const position of entry.positions) {
      if (!positionsBefore.has(positionKey(entry.party, position))) changes.push({ kind: 'new_position', party: entry.party, position });
    }
  }
  return changes;
}
