/**
 * What moved between two moments (a subscription's previous brief and this one): in the talks, a
 * new round, a round that began or ended, a new outcome, a new date for the next step, a side's new
 * position; in the figures, how far the General Staff's tally rose. The brief opens with these,
 * because a reader who had yesterday's brief asks first what is new. Pure: two statuses in, a list out.
 */
import { isoToDays } from '../text/calendar.ts';
import { nameKey } from './figures.ts';
import type { DisplayName, FiguresStatus, IsoDate, NextStepView, OutcomeView, PositionView, RoundView, Tally, TallyRow, TalksStatus } from './types.ts';

export type TalksChange =
  | { readonly kind: 'new_round'; readonly round: RoundView }
  | { readonly kind: 'round_status'; readonly round: RoundView; readonly was: RoundView['status'] }
  | { readonly kind: 'new_outcome'; readonly outcome: OutcomeView }
  | { readonly kind: 'next_step'; readonly step: NextStepView }
  /** `was`: the stance the same side held on the same issue before, when it changed (rejects → accepts). */
  | { readonly kind: 'new_position'; readonly party: DisplayName; readonly position: PositionView; readonly was?: PositionView['stance'] };

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
    const earlier = before.positions.find((e) => nameKey(e.party) === nameKey(entry.party))?.positions ?? [];
    for (const position of entry.positions) {
      if (positionsBefore.has(positionKey(entry.party, position))) continue;
      // A side that held another stance on this issue, and no longer the same one alongside it, changed its position.
      const stances = earlier.filter((p) => nameKey(p.issue) === nameKey(position.issue)).map((p) => p.stance);
      const was = stances.length === 1 ? stances[0] : undefined;
      changes.push(was !== undefined ? { kind: 'new_position', party: entry.party, position, was } : { kind: 'new_position', party: entry.party, position });
    }
  }
  return changes;
}

/** How far the tally rose between the previous brief's tally and today's, category by category. */
export type TallyMove = {
  readonly kind: 'tally';
  readonly tally: Tally;
  /** The day of the previous brief's tally. */
  readonly since: IsoDate;
  /** Categories that rose, in the tally's order, with the rise. */
  readonly moves: readonly { readonly row: TallyRow; readonly by: number }[];
};

/** Anything a brief opens with. */
export type BriefChange = TalksChange | TallyMove;

/**
 * The tally's rise since the previous brief's tally, when it spans more than the tally's own
 * 24-hour change (which the day's three lines already give): after a weekend or a missed brief.
 * Only exact figures of the same claimant are compared, and a total that fell is left out (a
 * misprint on one side or the other, not a change).
 */
export function tallyMove(before: FiguresStatus, after: FiguresStatus): TallyMove | undefined {
  const old = before.tally;
  const now = after.tally;
  if (!old?.day || !now?.day) return undefined;
  // From the day before, the rise is the 24-hour change the three lines give: nothing more to say.
  if (isoToDays(now.day) - isoToDays(old.day) <= 1) return undefined;
  const moves: { row: TallyRow; by: number }[] = [];
  for (const row of now.rows) {
    const claim = row.claims[0];
    const earlier = old.rows.find((r) => r.metric === row.metric)?.claims[0];
    if (!claim || !earlier || row.conflicting || claim.qualifier !== 'exact' || earlier.qualifier !== 'exact') continue;
    if (nameKey(claim.claimant) !== nameKey(earlier.claimant)) continue;
    const by = claim.value - earlier.value;
    if (by > 0) moves.push({ row, by });
  }
  return moves.length > 0 ? { kind: 'tally', tally: now, since: old.day, moves } : undefined;
}
