/**
 * The negotiations as facts tell them: rounds and outcomes in date order, each party's positions,
 * the sticking points and what comes next. Shared by the daily digest and the talks status, so
 * both tell the talks the same way.
 */
import type { IsoDate, NextStepFact, OutcomeFact, StatementAbout, StatementFact } from '../extract/facts.ts';
import { toFormKey } from '../packs/form-key.ts';
import { claimantKey, ofKind, type Merged } from './merge.ts';
import type { Gender } from '../text/arabic-gender.ts';
import type { NameIndex } from './names.ts';
import { buildRounds } from './rounds.ts';
import { compareOptionalDays, compareText, type ArticleIndex } from './sources.ts';
import type { Development, Negotiations, NextStepView, OutcomeView, PartyPositions, PositionView, StatementAboutView, StatementView, StickingPointView } from './types.ts';

const withDay = (day: IsoDate | undefined): { day?: IsoDate } => (day !== undefined ? { day } : {});

function toOutcome(merged: Merged<OutcomeFact>, names: NameIndex, index: ArticleIndex): OutcomeView {
  const { fact } = merged;
  return {
    type: fact.type,
    parties: [...fact.parties].sort(compareText).map(names.party),
    ...(fact.perSide !== undefined ? { perSide: fact.perSide } : {}),
    ...(fact.total !== undefined ? { total: fact.total } : {}),
    text: fact.text,
    ...(fact.issues && fact.issues.length > 0 ? { issues: fact.issues.map(names.issue) } : {}),
    ...withDay(merged.day),
    sources: index.sources(merged.articleIds),
  };
}

function toNextStep(merged: Merged<NextStepFact>, index: ArticleIndex): NextStepView {
  const { fact } = merged;
  return {
    what: fact.what,
    ...(fact.date !== undefined ? { date: fact.date } : {}),
    ...(fact.vague !== undefined ? { vague: fact.vague } : {}),
    ...(fact.whenText !== undefined ? { whenText: fact.whenText } : {}),
    text: fact.text,
    ...withDay(merged.day),
    sources: index.sources(merged.articleIds),
  };
}

function positionsByParty(merged: readonly Merged[], names: NameIndex, index: ArticleIndex): PartyPositions[] {
  const byParty = new Map<string, PositionView[]>();
  for (const { fact, articleIds, day } of ofKind(merged, 'position')) {
    const view: PositionView = { stance: fact.stance, issue: names.issue(fact.issue), text: fact.text, ...withDay(day), sources: index.sources(articleIds) };
    byParty.set(fact.party, [...(byParty.get(fact.party) ?? []), view]);
  }
  return [...byParty.entries()].sort(([a], [b]) => compareText(a, b)).map(([party, positions]) => ({
    party: names.party(party),
    positions: positions.sort((a, b) => compareText(a.issue.id ?? '', b.issue.id ?? '') || compareText(a.stance, b.stance)),
  }));
}

/** Negotiations as they stand at `asOf` (rounds judged at that date; next steps already past it left out). */
export function buildNegotiations(merged: readonly Merged[], names: NameIndex, index: ArticleIndex, asOf: IsoDate): Negotiations {
  const { rounds, delegations } = buildRounds(ofKind(merged, 'round'), ofKind(merged, 'delegation'), names, index, asOf);
  const outcomes = ofKind(merged, 'outcome').map((m) => toOutcome(m, names, index))
    .sort((a, b) => compareOptionalDays(a.day, b.day) || compareText(a.type, b.type));
  const roundDay = (i: number): IsoDate | undefined => rounds[i]?.startDate ?? rounds[i]?.endDate;
  const developments: Development[] = [
    ...rounds.map((round, i): Development => ({ kind: 'round', ...withDay(roundDay(i)), round })),
    ...outcomes.map((outcome): Development => ({ kind: 'outcome', ...withDay(outcome.day), outcome })),
  ].sort((a, b) => compareOptionalDays(a.day, b.day) || compareText(a.kind, b.kind));
  const stickingPoints: StickingPointView[] = ofKind(merged, 'sticking_point')
    .map(({ fact, articleIds }) => ({ issue: names.issue(fact.issue), text: fact.text, sources: index.sources(articleIds) }))
    .sort((a, b) => b.sources.reports - a.sources.reports || compareText(a.issue.id ?? '', b.issue.id ?? ''));
  const nextSteps = ofKind(merged, 'next_step')
    .filter(({ fact }) => fact.date === undefined || fact.date >= asOf)
    .map((m) => toNextStep(m, index))
    .sort((a, b) => compareOptionalDays(b.day, a.day) || compareText(a.what, b.what) || compareOptionalDays(a.date, b.date));
  return { developments, rounds, delegations, outcomes, positions: positionsByParty(merged, names, index), stickingPoints, nextSteps };
}

const withGender = (gender: Gender | undefined): { speakerGender?: Gender } => (gender !== undefined ? { speakerGender: gender } : {});

/** Words of a quote compared across outlets: folded, without punctuation. */
const quoteWords = (quote: string): string => toFormKey(quote);

/**
 * One quote carried by several outlets, or cut into pieces, is one statement: a speaker's quote
 * whose words are inside a longer quote of the same speaker is that quote, with every report behind
 * it. The words kept are the longest, exactly as one outlet wrote them.
 */
export function mergeSameQuotes(statements: readonly Merged<StatementFact>[]): Merged<StatementFact>[] {
  const kept: Merged<StatementFact>[] = [];
  for (const statement of [...statements].sort((a, b) => quoteWords(b.fact.quote).length - quoteWords(a.fact.quote).length)) {
    const words = quoteWords(statement.fact.quote);
    const speaker = claimantKey(statement.fact.speaker);
    const at = kept.findIndex((k) => claimantKey(k.fact.speaker) === speaker && words.length > 0 && ` ${quoteWords(k.fact.quote)} `.includes(` ${words} `));
    if (at < 0) {
      kept.push(statement);
      continue;
    }
    const whole = kept[at]!;
    kept[at] = { ...whole, articleIds: [...new Set([...whole.articleIds, ...statement.articleIds])], evidence: [...whole.evidence, ...statement.evidence] };
  }
  // Back in the order they were reported.
  return statements.flatMap((s) => kept.filter((k) => k.fact === s.fact));
}

/** What a statement is about, with the pack's names of its issues. */
function aboutView(about: StatementAbout, names: NameIndex): StatementAboutView {
  return {
    issues: (about.issues ?? []).map(names.issue),
    subjects: about.subjects ?? [],
    ...(about.stance !== undefined ? { stance: about.stance } : {}),
    ...(about.tone !== undefined ? { tone: about.tone } : {}),
  };
}

/** Statements in the order they were reported; the quote or reported clause is kept exactly as written. */
export function buildStatements(merged: readonly Merged[], names: NameIndex, index: ArticleIndex): StatementView[] {
  return mergeSameQuotes(ofKind(merged, 'statement')).map(({ fact, articleIds, day }) => ({
    speaker: names.claimant(fact.speaker),
    speakerKind: fact.speaker.kind,
    ...withGender(names.claimantGender(fact.speaker)),
    verb: fact.verb,
    // Facts stored before reported speech was read are all quotes.
    form: fact.form === 'reported' ? 'reported' : 'quoted',
    quote: fact.quote,
    ...(fact.about ? { about: aboutView(fact.about, names) } : {}),
    ...withDay(day),
    sources: index.sources(articleIds),
  }));
}
