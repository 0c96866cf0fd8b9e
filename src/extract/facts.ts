/**
 * The facts the engine understands in an article. Every fact carries its evidence, so a digest can
 * always show the sentence exactly as the article wrote it, and its claimant, so nothing is ever
 * stated without saying who says so.
 */
import { EVENT_METRICS, type EventMetricId } from '../packs/schema.ts';
import type { NumberQualifier } from '../text/numbers.ts';

export type IsoDate = string;

/** Where a fact was read: the sentence as written and its span in the article body. */
export type Evidence = {
  readonly articleId: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
};

/** A category of the cumulative loss tally: one of the pack's metric ids (packs/schema.ts metricSchema). */
export type TallyMetric = string;

/** Figures beyond the tally, which the engine reads itself: strikes, casualties by place, prisoners. */
export { EVENT_METRICS } from '../packs/schema.ts';
export type EventMetric = EventMetricId;
export type FigureMetric = TallyMetric | EventMetric;

const EVENTS: ReadonlySet<string> = new Set(EVENT_METRICS);

/** Whether a metric is a tally category: every metric is, but the engine's own event metrics (a pack's ids differ from them). */
export function isTallyMetric(metric: FigureMetric): boolean {
  return !EVENTS.has(metric);
}

export type FigureScope = 'cumulative' | 'daily' | 'event';

/**
 * Who says so: a pack id where known (organization, person, title or party) and the name as read.
 * A person the pack does not list has the id `name:` + their name's folded form (the same
 * spelling is the same person in every article) and `name`, the name as the article writes it.
 */
export type Claimant = {
  readonly kind: 'organization' | 'person' | 'title' | 'party' | 'unknown';
  readonly id?: string;
  /** The claimant as the article names it. */
  readonly text: string;
  /** A person the pack does not list: their name as written ("أندريه غوروليوف"). */
  readonly name?: string;
};

export type FigureFact = {
  readonly kind: 'figure';
  readonly metric: FigureMetric;
  readonly value: number;
  readonly qualifier: NumberQualifier;
  readonly scope: FigureScope;
  /** Whose losses (party id), where the article says. */
  readonly side?: string;
  readonly claimant: Claimant;
  readonly asOf?: IsoDate;
  /** Place id from the pack, where given. */
  readonly place?: string;
  /** Every place id, when the article names several for one figure ("مقاطعات خيرسون وسومي ودنيبرو"); `place` is then left out. */
  readonly places?: readonly string[];
  readonly population?: 'civilians' | 'soldiers' | 'people';
  /** The number as written, e.g. "مليون و243 ألفا و840". */
  readonly valueText: string;
  readonly evidence: Evidence;
};

export type TalksFormat = 'bilateral' | 'trilateral' | 'multilateral';
export type RoundStatus = 'scheduled' | 'under_way' | 'held';

export type RoundFact = {
  readonly kind: 'round';
  readonly number?: number;
  readonly venue?: string;
  /** The country of the talks (a party or place id) when the article names no city: "في المملكة العربية السعودية". */
  readonly country?: string;
  readonly startDate?: IsoDate;
  readonly endDate?: IsoDate;
  readonly format?: TalksFormat;
  readonly direct?: boolean;
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
  readonly status: RoundStatus;
  readonly evidence: Evidence;
};

export type DelegationFact = {
  readonly kind: 'delegation';
  /** A pack id, or `name:` + the folded name of a person the pack does not list. */
  readonly person: string;
  /** A person the pack does not list: their name as written. */
  readonly name?: string;
  readonly side: string;
  readonly role: 'head' | 'member' | 'envoy' | 'mediator';
  readonly roundNumber?: number;
  readonly evidence: Evidence;
};

export type OutcomeFact = {
  readonly kind: 'outcome';
  readonly type: 'prisoner_exchange' | 'agreement' | 'resumed_channel' | 'ceasefire' | 'other';
  readonly parties: readonly string[];
  readonly perSide?: number;
  readonly total?: number;
  readonly text: string;
  /** Pack issue ids the wording names ("اتفاق بشأن الضمانات الأمنية" → security_guarantees), for a reader who cannot read the wording (read when a digest is built). */
  readonly issues?: readonly string[];
  readonly evidence: Evidence;
};

export type Stance = 'demands' | 'proposes' | 'rejects' | 'insists' | 'accepts' | 'offers';

export type PositionFact = {
  readonly kind: 'position';
  readonly party: string;
  readonly stance: Stance;
  /** Issue id from the pack, e.g. donbas_withdrawal, freeze_front_line, nato_membership. */
  readonly issue: string;
  readonly text: string;
  readonly evidence: Evidence;
};

export type StickingPointFact = {
  readonly kind: 'sticking_point';
  readonly issue: string;
  readonly text: string;
  readonly evidence: Evidence;
};

export type NextStepFact = {
  readonly kind: 'next_step';
  readonly what: 'new_round' | 'meeting' | 'prisoner_exchange' | 'other';
  readonly date?: IsoDate;
  /** Vague timing as read, e.g. coming_weeks, near_future. */
  readonly vague?: string;
  readonly whenText?: string;
  readonly text: string;
  readonly evidence: Evidence;
};

export type StatementFact = {
  readonly kind: 'statement';
  /**
   * quoted: the words between quotation marks, exactly as said; reported: the outlet's clause
   * after the speech verb (إن/أن…), shown as reported speech and never between quotation marks.
   */
  readonly form: 'quoted' | 'reported';
  readonly speaker: Claimant;
  /** The speech verb as written (قال، أعلن، أكد…). */
  readonly verb: string;
  /** The quote without its marks, or the reported clause from its complementizer on, exactly as the article wrote it. */
  readonly quote: string;
  /** What the words are about (statements/about.ts, read when a digest is built): issues, subjects, stance, tone; absent when nothing is read. */
  readonly about?: StatementAbout;
  readonly evidence: Evidence;
};

/** Talks in general, or one kind of outcome (OutcomeFact['type'] and the return of bodies). */
export type StatementSubject = 'talks' | 'prisoner_exchange' | 'bodies_return' | 'agreement' | 'ceasefire' | 'resumed_channel';
export type StatementTone = 'positive' | 'negative' | 'mixed';

/** What a statement is about; every part is optional, and an empty reading is no reading. */
export type StatementAbout = {
  /** Pack issue ids, in the order the words name them. */
  readonly issues?: readonly string[];
  readonly subjects?: readonly StatementSubject[];
  /** Only from a stance verb in the first person ("نرفض"), beside an issue: the speaker's own side's stance. */
  readonly stance?: Stance;
  readonly tone?: StatementTone;
};

export type TalksFact = RoundFact | DelegationFact | OutcomeFact | PositionFact | StickingPointFact | NextStepFact | StatementFact;
export type Fact = FigureFact | TalksFact;

/** The article fields extraction reads. */
export type ArticleInput = {
  readonly id: string;
  readonly body: string;
  readonly title?: string;
  readonly publishedDate?: IsoDate;
  /** The day the article reached us: an undated article was written on or before it. */
  readonly receivedDate?: IsoDate;
};
