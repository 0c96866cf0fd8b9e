/**
 * The digest model: what a day's news says, as structured data. It is language-neutral — every
 * entity carries both its Arabic and English names, resolved from the pack when the model is
 * built — so a renderer needs no pack and one model renders in either language.
 */
import type { Gender } from '../text/arabic-gender.ts';
import type {
  Claimant, DelegationFact, Evidence, Fact, FigureFact, FigureMetric, FigureScope, IsoDate, NextStepFact,
  OutcomeFact, RoundStatus, Stance, StatementSubject, StatementTone, TalksFormat, TallyMetric,
} from '../extract/facts.ts';

export type { IsoDate } from '../extract/facts.ts';

/** An article of the window as the digest sees it (a projection of the store's article). */
export type DigestArticle = {
  readonly id: string;
  /** Near-duplicates (the same agency copy run by two outlets) share a cluster: one story. */
  readonly clusterId: string;
  readonly publishedDate?: IsoDate;
  readonly dateBasis: 'stated' | 'inferred' | 'unknown';
  readonly outlet?: string;
  readonly title?: string;
  readonly source: string;
};

/** A pack entry as far as display goes: its id and its names in both languages. */
export type NamedEntry = { readonly id: string; readonly ar: string; readonly en: string };
/** An entry that belongs to a side (people, titles, organizations): used to tell the other side's claims apart. */
export type AffiliatedEntry = NamedEntry & { readonly party?: string | undefined };
/** A side: its spellings let a claimant phrase the pack does not know ("وكالة سبوتنيك الروسية") be placed on a side. */
export type PartyEntry = NamedEntry & {
  readonly forms?: readonly string[] | undefined;
  readonly adjectives?: readonly string[] | undefined;
  readonly metonyms?: readonly string[] | undefined;
  readonly opponent?: string | undefined;
};

/**
 * The part of a domain pack the digest reads: names and affiliations. The full `Pack` from
 * src/packs/schema.ts is assignable to it, and tests can build a small one by hand.
 */
/** A person: "female" makes the verb before the name feminine ("قالت زاخاروفا"). */
export type PersonEntry = AffiliatedEntry & { readonly gender?: 'male' | 'female' };

export type NamePack = {
  readonly parties: readonly PartyEntry[];
  readonly people: readonly PersonEntry[];
  readonly titles: readonly AffiliatedEntry[];
  readonly places: readonly NamedEntry[];
  readonly organizations: readonly AffiliatedEntry[];
  readonly metrics: readonly NamedEntry[];
  readonly issues: readonly NamedEntry[];
  /** Common nouns an unlisted claimant is named by, with their English (packs/schema.ts). */
  readonly glossary?: readonly { readonly ar: string; readonly en: string }[];
  /** The party whose military keeps the tally (packs/schema.ts); its opponent's claims are the other side's. */
  readonly tallyParty?: string | undefined;
};

/** What the digest is built from. */
export type DigestInput = {
  readonly articles: readonly DigestArticle[];
  /** Facts of those articles; facts of articles not listed are ignored. */
  readonly facts: readonly Fact[];
  /** The latest cumulative tally before the window, to compute 24-hour changes the article does not state. */
  readonly previousTally?: readonly FigureFact[];
  readonly pack: NamePack;
};

export type Lang = 'ar' | 'en';

/**
 * An id with its names. `ar`/`en` come from the pack; `asWritten` is the article's own wording,
 * kept when the pack does not know the entity, so nothing is shown without a name.
 */
export type DisplayName = {
  readonly id?: string;
  readonly ar?: string;
  readonly en?: string;
  readonly asWritten?: string;
};

/** Who reports a fact: distinct stories (near-duplicates count once) and articles. */
export type Sources = {
  /** Distinct stories: the number shown as "3 reports". */
  readonly reports: number;
  readonly articles: number;
  /** Story numbers (1-based, as listed in the sources section), ascending. */
  readonly stories: readonly number[];
  readonly articleIds: readonly string[];
};

/** A story: near-duplicate articles merged. */
export type Story = {
  readonly number: number;
  readonly clusterId: string;
  readonly articles: readonly DigestArticle[];
};

export type Population = NonNullable<FigureFact['population']>;

/** One claimant's figure, with everyone who reports it. */
export type FigureClaim = {
  readonly metric: FigureMetric;
  /** From the pack's metrics (tally categories); event metrics are labelled by the renderer. */
  readonly metricName: DisplayName;
  readonly scope: FigureScope;
  readonly value: number;
  readonly qualifier: FigureFact['qualifier'];
  /** The number as written. */
  readonly valueText: string;
  readonly side?: DisplayName;
  readonly place?: DisplayName;
  readonly population?: Population;
  readonly claimant: DisplayName;
  readonly claimantKind: Claimant['kind'];
  /** The claimant's party (pack id), where the pack says. */
  readonly claimantParty?: string;
  readonly day?: IsoDate;
  readonly sources: Sources;
  readonly evidence: readonly Evidence[];
};

/**
 * Figures about one thing (metric, scope, side, place, population, day). More than one claim means
 * the reports disagree (other value or other claimant): all are shown, never averaged.
 */
export type FigureGroup = {
  readonly metric: FigureMetric;
  readonly scope: FigureScope;
  readonly day?: IsoDate;
  readonly claims: readonly FigureClaim[];
  readonly conflicting: boolean;
};

/** A 24-hour change: read in the article (`stated`) or the difference from the previous tally (`computed`). */
export type TallyChange =
  | { readonly basis: 'stated'; readonly value: number; readonly qualifier: FigureFact['qualifier']; readonly claimant: DisplayName; readonly sources: Sources }
  | { readonly basis: 'computed'; readonly value: number; readonly previousValue: number; readonly since?: IsoDate };

export type TallyClaim = FigureClaim & { readonly change?: TallyChange };

export type TallyRow = {
  readonly metric: TallyMetric;
  readonly metricName: DisplayName;
  readonly claims: readonly TallyClaim[];
  readonly conflicting: boolean;
};

/** The General Staff's cumulative tally of one day, in the pack's order (only the categories reported). */
export type Tally = {
  readonly day?: IsoDate;
  /** Whose losses, when the figures say. */
  readonly side?: DisplayName;
  /** Distinct claimants of the rows, in order of first appearance. */
  readonly claimants: readonly DisplayName[];
  readonly rows: readonly TallyRow[];
  /** The day of the tally the computed changes are measured against. */
  readonly previousDay?: IsoDate;
};

/** Casualty figures of one place (or of no stated place). */
export type PlaceCasualties = { readonly place?: DisplayName; readonly groups: readonly FigureGroup[] };

export type Battlefield = {
  readonly tally?: Tally;
  /** Drones and missiles launched and intercepted. */
  readonly strikes: readonly FigureGroup[];
  readonly casualties: readonly PlaceCasualties[];
  /** Figures claimed by the other (Russian) side: shown apart, never merged into the tally. */
  readonly otherSideClaims: readonly FigureGroup[];
  /** Everything else (e.g. daily figures of another day), so no figure is silently dropped. */
  readonly otherFigures: readonly FigureGroup[];
};

export type DelegationView = {
  readonly person: DisplayName;
  readonly side: DisplayName;
  readonly role: DelegationFact['role'];
  /** Round numbers where the articles say, ascending. */
  readonly rounds: readonly number[];
  readonly sources: Sources;
};

/** One round of talks, merged from every article that describes it. */
export type RoundView = {
  readonly number?: number;
  /** The city, or the country when no report names a city. */
  readonly venue?: DisplayName;
  readonly startDate?: IsoDate;
  readonly endDate?: IsoDate;
  readonly format?: TalksFormat;
  readonly direct?: boolean;
  readonly parties: readonly DisplayName[];
  readonly mediators: readonly DisplayName[];
  /** Where the round stands at the digest's or status's date (dates win over a stale "under way"). */
  readonly status: RoundStatus;
  readonly delegations: readonly DelegationView[];
  readonly sources: Sources;
};

export type OutcomeView = {
  readonly type: OutcomeFact['type'];
  readonly parties: readonly DisplayName[];
  readonly perSide?: number;
  readonly total?: number;
  /** As written. */
  readonly text: string;
  /** Issues the wording names, so a reader who cannot read it still learns what was agreed on. */
  readonly issues?: readonly DisplayName[];
  readonly day?: IsoDate;
  readonly sources: Sources;
};

export type PositionView = { readonly stance: Stance; readonly issue: DisplayName; readonly text: string; readonly day?: IsoDate; readonly sources: Sources };
export type PartyPositions = { readonly party: DisplayName; readonly positions: readonly PositionView[] };
export type StickingPointView = { readonly issue: DisplayName; readonly text: string; readonly sources: Sources };
export type NextStepView = {
  readonly what: NextStepFact['what'];
  readonly date?: IsoDate;
  readonly vague?: string;
  readonly whenText?: string;
  readonly text: string;
  readonly day?: IsoDate;
  readonly sources: Sources;
};

export type Development =
  | { readonly kind: 'round'; readonly day?: IsoDate; readonly round: RoundView }
  | { readonly kind: 'outcome'; readonly day?: IsoDate; readonly outcome: OutcomeView };

export type Negotiations = {
  /** Rounds and outcomes in date order. */
  readonly developments: readonly Development[];
  readonly rounds: readonly RoundView[];
  readonly delegations: readonly DelegationView[];
  readonly outcomes: readonly OutcomeView[];
  readonly positions: readonly PartyPositions[];
  readonly stickingPoints: readonly StickingPointView[];
  /** Newest report first. */
  readonly nextSteps: readonly NextStepView[];
};

/** A statement's issues (named), subjects and tone; see extract/statements/about.ts. */
export type StatementAboutView = {
  readonly issues: readonly DisplayName[];
  readonly subjects: readonly StatementSubject[];
  readonly stance?: Stance;
  readonly tone?: StatementTone;
};

export type StatementView = {
  readonly speaker: DisplayName;
  readonly speakerKind: Claimant['kind'];
  /** The grammatical gender of the speaker as named, for the Arabic verb before it; unknown: the verb as written. */
  readonly speakerGender?: Gender;
  /** The speech verb as written. */
  readonly verb: string;
  /** quoted: shown between quotation marks; reported: the outlet's clause (إن/أن…), shown after the verb without them. */
  readonly form: 'quoted' | 'reported';
  /** Exactly as written. */
  readonly quote: string;
  /** What the words are about, for a reader who cannot read them (the English digest). */
  readonly about?: StatementAboutView;
  readonly day?: IsoDate;
  readonly sources: Sources;
};

/** One line of "the day in three lines". */
export type Headline =
  | { readonly kind: 'round'; readonly round: RoundView; readonly outcomes: readonly OutcomeView[] }
  | { readonly kind: 'tally'; readonly tally: Tally; readonly row: TallyRow }
  | { readonly kind: 'strike'; readonly launched: FigureClaim; readonly intercepted?: FigureClaim }
  | { readonly kind: 'casualties'; readonly place?: DisplayName; readonly claims: readonly FigureClaim[] }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeView }
  | { readonly kind: 'next_step'; readonly step: NextStepView };

export type Digest = {
  readonly since: IsoDate;
  readonly until: IsoDate;
  /** The language asked for; renderers use it when not told otherwise. */
  readonly lang: Lang;
  readonly headlines: readonly Headline[];
  readonly negotiations: Negotiations;
  readonly battlefield: Battlefield;
  readonly statements: readonly StatementView[];
  readonly stories: readonly Story[];
  /** Which sections a subscriber asked for (a briefing may carry only talks or only figures); all when absent. */
  readonly sections?: DigestSections;
};

export type DigestSections = 'talks' | 'figures' | 'all';

/** The state of the negotiations at one moment. */
export type TalksStatus = {
  readonly asOf: IsoDate;
  readonly latestRound?: RoundView;
  /** Earlier rounds, oldest first. */
  readonly earlierRounds: readonly RoundView[];
  readonly delegations: readonly DelegationView[];
  readonly outcomes: readonly OutcomeView[];
  readonly positions: readonly PartyPositions[];
  readonly stickingPoints: readonly StickingPointView[];
  readonly nextSteps: readonly NextStepView[];
  readonly stories: readonly Story[];
};

/** The latest tally at one moment, with its 24-hour changes. */
export type FiguresStatus = {
  readonly asOf: IsoDate;
  readonly tally?: Tally;
  readonly stories: readonly Story[];
};
