/**
 * Figures: the General Staff tally (14 categories, cumulative and their 24-hour changes), strikes,
 * casualties by place, prisoners exchanged. Each figure carries who claims it and whose losses
 * they are; a figure nobody can be said to claim is left out, since a wrong fact is worse than a
 * missing one.
 *
 * A tally is often one report over several sentences ("ووفق بيان نشرته هيئة الأركان… دمرت منذ
 * بداية الحرب 11642 دبابة…" then "وأضاف البيان أنه جرى أيضا تدمير 435 طائرة…"): the report's
 * claimant, scope and side carry over to the sentences that continue it, and stop at a new speaker.
 * Headlines are not read: their figures are rounded restatements of the body's.
 */
import { evidenceOf, type ArticleView, type ExtractionContext, type SentenceView } from '../sentence/article-view.ts';
import { attributionLexiconOf, isRelay, partyOfClaimant, type AttributionLexicon } from '../attribution/pack-lexicon.ts';
import { attributionOf, speakerNear } from '../attribution/attribution.ts';
import { isTallyMetric, type Claimant, type FigureFact, type FigureMetric, type FigureScope, type IsoDate } from '../facts.ts';
import { placesBetween } from './context.ts';
import { dayOfFigure, isPluperfect, partiesOf } from './day.ts';
import { readerOf, wordAt, type SentenceReader } from './nouns.ts';
import { metricTableOf } from './metric-table.ts';
import { toArticleSpan } from '../attribution/words.ts';
import { talksLexiconOf, type TalksLexicon } from '../talks/lexicon.ts';
import { foldArabic } from '../../text/normalize.ts';
import { readSentenceFigures, type SentenceFigure } from './read.ts';

const STRIKES: ReadonlySet<string> = new Set(['drones_launched', 'missiles_launched', 'ballistic_missiles_launched', 'cruise_missiles_launched', 'drones_intercepted', 'missiles_intercepted']);
/** Sentences without tally figures a report survives ("وأضاف البيان أن…" with no number). */
const REPORT_GAP = 2;

/** One report a tally list spans. */
type Report = { readonly claimant: Claimant; readonly side?: string; readonly asOf?: IsoDate; gap: number };

function sameClaimant(a: Claimant, b: Claimant): boolean {
  return a.id !== undefined ? a.id === b.id : a.text === b.text;
}

/** The other side, as far as the sentence (or the report) names one: the unique party that is not `party`. */
function otherSide(sentenceParties: ReadonlySet<string>, party: string | undefined, report: Report | undefined): string | undefined {
  if (party === undefined) return undefined;
  const others = [...sentenceParties].filter((p) => p !== party);
  if (others.length === 1) return others[0];
  return report?.side !== undefined && report.side !== party ? report.side : undefined;
}

type SideInput = {
  figure: SentenceFigure; metric: FigureMetric; claimantParty?: string; parties: ReadonlySet<string>; placeParties: readonly string[]; report?: Report;
  /** The claimant's opponent, when the sentence counts "the enemy's" losses ("خسائر العدو"). */
  enemy?: string;
  /** The claimant's opponent: whose equipment a belligerent's tally counts when the sentence names no other side. */
  opponent?: string;
};

/**
 * Whose losses: the party written with the noun; for strikes, who launched (or, for shoot-downs,
 * the side opposing the one that reports them); for soldiers and equipment, the side opposing the
 * claimant (a tally is one side's count of the other's losses); for people killed in a strike, the
 * side opposing the attacker.
 */
function sideOf({ figure, metric, claimantParty, parties, placeParties, report, enemy, opponent }: SideInput): string | undefined {
  if (STRIKES.has(metric)) {
    if (figure.launcher) return figure.launcher;
    return metric.endsWith('_intercepted') ? otherSide(parties, claimantParty, report) : undefined;
  }
  if (figure.side) return figure.side;
  if (metric === 'prisoners_exchanged') return undefined;
  const military = isTallyMetric(metric) || metric === 'equipment_destroyed' || figure.population === 'soldiers';
  if (military) return report?.side ?? otherSide(parties, claimantParty, report) ?? enemy ?? (isTallyMetric(metric) ? opponent : undefined);
  if (!figure.attacker) return undefined;
  // People hit by an attack: the side attacked, named in the sentence, by the claimant or by the place.
  const candidates = new Set([...parties, ...(claimantParty ? [claimantParty] : []), ...placeParties]);
  return otherSide(candidates, figure.attacker, undefined);
}

/**
 * Killed and wounded soldiers, counted since the invasion or over 24 hours, are the tally's
 * personnel line; so are soldiers counted only as "killed" (قتلى) when the claimant counts its
 * opponent's: a belligerent's running count of the enemy's dead is its tally, whatever word the
 * outlet uses ("ارتفاع عدد قتلى الجنود الروس إلى…" in a Ukrainian bulletin). A third party's
 * estimate of the dead (a think tank, another state) stays a count of the killed.
 */
function toTallyMetric(metric: FigureMetric, figure: SentenceFigure, scope: FigureScope, side: string | undefined, claimantOpponent: string | undefined, headcount: string | undefined): FigureMetric {
  if (headcount === undefined || figure.population !== 'soldiers' || scope === 'event') return metric;
  if (metric === 'killed_or_injured') return headcount;
  return metric === 'killed' && side !== undefined && side === claimantOpponent ? headcount : metric;
}

/** A sentence listing this many tally lines with a named claimant is a bulletin of its own ("خسرت روسيا أيضا 2077 دبابة و4484 مدرعة…"). */
const LIST_LINES = 4;

function placesOf(reader: SentenceReader, figures: readonly SentenceFigure[], index: number, view: ArticleView, sentence: SentenceView, context: ExtractionContext): string[] {
  const figure = figures[index]!;
  const from = index === 0 ? 0 : figures[index - 1]!.lastWord + 1;
  let to = index + 1 < figures.length ? figures[index + 1]!.lastWord - 1 : reader.sw.words.length - 1;
  // A later speech verb starts another report ("…، وأضافت أن الهجمات أصابت أوديسا").
  const later = attributionOf(view, sentence, context).acts.find((act) => act.start > figure.number.end);
  if (later) to = Math.min(to, reader.sw.words.findIndex((w) => w.start >= later.start) - 1);
  return placesBetween(reader, from, to);
}

type Built = { fact: FigureFact; precision: number };

function precisionOf(value: number): number {
  let digits = 0;
  let rest = Math.round(value);
  while (rest > 0 && rest % 10 === 0) rest /= 10;
  while (rest > 0) {
    digits++;
    rest = Math.floor(rest / 10);
  }
  return digits;
}

const sameSentence = (a: FigureFact, b: FigureFact) => a.evidence.start === b.evidence.start;
const sameLine = (a: FigureFact, b: FigureFact) => a.metric === b.metric && sameClaimant(a.claimant, b.claimant);

/** A sentence with this many 24-hour lines of one claimant is a day's list ("خسرت خلال الـ24 ساعة 1350 عسكريا و3 دبابات و5 مدافع"). */
const DAILY_LIST = 3;
/** How many times a running total outweighs its change: 3 tanks beside 5,523 is a change, 5,400 beside 5,523 a second total (kept, and shown side by side). */
const CHANGE_RATIO = 10;

/**
 * A bulletin's lines checked against each other, once the article is read:
 * - an equipment line's 24-hour change stands beside that line's running total in its sentence
 *   ("11116 دبابة، منها أربع دبابات أمس") or in a day's list of lines; alone it is a day's strikes
 *   ("دمرت قواتها 14 وحدة مدفعية خلال الساعات الـ24"), not the tally;
 * - a sentence that gives one line two running totals ("فقد ثلاث دبابات…، ليصل العدد الكلي إلى
 *   5523 دبابة") gives the smaller as its change: daily when the claimant's bulletin tells the day, else left out.
 */
function checkLines(built: readonly Built[], headcount: string | undefined): Built[] {
  const facts = built.map((item) => item.fact);
  const hasDaily = (fact: FigureFact) => facts.some((other) => other.scope === 'daily' && isTallyMetric(other.metric) && sameClaimant(other.claimant, fact.claimant));
  const out: Built[] = [];
  for (const item of built) {
    const { fact } = item;
    if (!isTallyMetric(fact.metric) || fact.metric === headcount) {
      out.push(item);
      continue;
    }
    const dailyList = facts.filter((other) => other.scope === 'daily' && isTallyMetric(other.metric) && sameSentence(other, fact) && sameClaimant(other.claimant, fact.claimant)).length >= DAILY_LIST;
    if (fact.scope === 'daily' && !dailyList && !facts.some((other) => other.scope === 'cumulative' && sameLine(other, fact) && sameSentence(other, fact))) {
      out.push({ ...item, fact: { ...fact, metric: 'equipment_destroyed', scope: 'event' } });
      continue;
    }
    const larger = fact.scope === 'cumulative' && facts.some((other) => other !== fact && other.scope === 'cumulative' && sameLine(other, fact) && sameSentence(other, fact) && other.value > CHANGE_RATIO * fact.value);
    if (!larger) out.push(item);
    else if (hasDaily(fact)) out.push({ ...item, fact: { ...fact, scope: 'daily' } });
  }
  return out;
}

/**
 * One figure per metric, scope, side and claimant: when an article repeats a figure rounded
 * ("1.24 مليون" beside "مليون و243 ألفا و840"), the exact, most precise one stays.
 */
function dedupe(built: readonly Built[]): FigureFact[] {
  const kept: Built[] = [];
  for (const item of built) {
    const { fact } = item;
    const twin = kept.findIndex((k) => k.fact.metric === fact.metric && k.fact.scope === fact.scope && k.fact.side === fact.side &&
      sameClaimant(k.fact.claimant, fact.claimant) && Math.abs(k.fact.value - fact.value) <= 0.03 * Math.max(k.fact.value, fact.value));
    if (twin === -1) {
      kept.push(item);
      continue;
    }
    const other = kept[twin]!;
    const better = (fact.qualifier === 'exact') !== (other.fact.qualifier === 'exact') ? fact.qualifier === 'exact' : item.precision > other.precision;
    if (better) kept[twin] = item;
  }
  return kept.map((k) => k.fact);
}

/**
 * Whether the clause before a count tells of something done: "اتفق الجانبان على تبادل 300 أسير",
 * "يأمل في تبادل…", "لم يتم تبادل…" and a future are not prisoners exchanged (talks reads them as an
 * agreement or a next step).
 */
function isDone(reader: SentenceReader, talks: TalksLexicon, offset: number): boolean {
  const { words } = reader.sw;
  let k = wordAt(reader, offset) - 1;
  while (k >= 0 && !words[k]!.punct) k--;
  const clauseStart = k >= 0 ? words[k]!.end : reader.sentence.sentence.start;
  const { sentence } = reader;
  for (const match of sentence.cueMatches.talks) {
    const span = toArticleSpan(sentence, match);
    if (span.start < clauseStart || span.end > offset) continue;
    for (const cue of talks.cuesOf(match.id)) {
      if (cue.group === 'future' || cue.group === 'hope' || cue.group === 'negation' || (cue.group === 'realized' && cue.label === 'agreed')) return false;
    }
  }
  return true;
}

/** "خسائر العدو", "قتلى العدو": the enemy, as each side's bulletins call the other. */
const ENEMY_WORDS = new Set(['العدو', 'للعدو', 'والعدو', 'بالعدو', 'وللعدو'].map(foldArabic));

function namesEnemy(reader: SentenceReader): boolean {
  return reader.sw.words.some((word) => ENEMY_WORDS.has(word.text));
}

/** The first words of an unnamed outlet: "وكالة أنباء", "صحيفة", "موقع", "قناة". */
/** Whether an outlet can be relaying `claimant`'s bulletin: it belongs to no known side, or to the claimant's. */
function relaysFor(lexicon: AttributionLexicon, relay: Claimant, claimant: Claimant): boolean {
  const party = partyOfClaimant(lexicon, relay);
  return party === undefined || party === partyOfClaimant(lexicon, claimant);
}

/**
 * Who claims the figure at `offset`: the speaker near it, unless that is an agency relaying
 * someone named earlier in the sentence ("وذكرت هيئة الأركان، حسبما أوردت وكالة أنباء يوكرنفورم،
 * أن…") or the bulletin the list continues.
 */
function claimantAt(view: ArticleView, sentence: SentenceView, offset: number, context: ExtractionContext, lexicon: AttributionLexicon, report: Report | undefined): Claimant | undefined {
  const near = speakerNear(view, sentence, offset, context);
  if (!near || !isRelay(lexicon, near)) return near;
  const { acts, marks } = attributionOf(view, sentence, context);
  const earlier = acts.find((act) => act.start < offset && act.speaker && !isRelay(lexicon, act.speaker))?.speaker ??
    marks.find((mark) => mark.source && !isRelay(lexicon, mark.source))?.source;
  if (earlier) return earlier;
  // An outlet of the bulletin's own side (or of none known) relays it; another side's agency ("وقالت وكالة سبوتنيك…") speaks for itself.
  const continues = report !== undefined && !isRelay(lexicon, report.claimant) && relaysFor(lexicon, near, report.claimant);
  return continues ? report.claimant : near;
}

/** Every figure an article states, each with its claimant and evidence. */
export function extractFigures(view: ArticleView, context: ExtractionContext): FigureFact[] {
  const lexicon: AttributionLexicon = attributionLexiconOf(context.pack);
  const talks = talksLexiconOf(context.pack);
  const { headcount } = metricTableOf(context.pack);
  const published = view.article.publishedDate;
  const built: Built[] = [];
  let report: Report | undefined;
  for (const sentence of view.sentences) {
    const { acts, marks } = attributionOf(view, sentence, context);
    const named = acts.find((act) => act.how === 'named' && act.speaker)?.speaker ?? marks.find((mark) => mark.source)?.source;
    const relaysReport = named !== undefined && report !== undefined && isRelay(lexicon, named) && relaysFor(lexicon, named, report.claimant);
    if (report && named && !relaysReport && !sameClaimant(named, report.claimant)) report = undefined;
    if (sentence.numbers.length === 0) {
      if (report && ++report.gap > REPORT_GAP) report = undefined;
      continue;
    }
    const reader = readerOf(sentence, context.pack);
    const figures = readSentenceFigures(reader, lexicon).filter((figure) => figure.metric !== 'prisoners_exchanged' || isDone(reader, talks, figure.number.start));
    const parties = partiesOf(reader, lexicon);
    const pluperfect = isPluperfect(reader);
    let tallied: Report | undefined;
    const ownPlaces = figures.map((_, index) => placesOf(reader, figures, index, view, sentence, context));
    // A list of casualties or strikes shares the places one of its figures names.
    const shared = ownPlaces.find((list) => list.length > 0) ?? [];
    // A list of several tally lines with no scope of its own and no report before it opens one,
    // when the sentence names who says so: such lists are the bulletin's running totals.
    const lines = figures.filter((figure) => figure.scope === 'report' && isTallyMetric(figure.metric)).length;
    const opensList = report === undefined && lines >= LIST_LINES;
    // A sentence that lists tally lines continues the report, shoot-downs of tally weapons included.
    const listsTally = (report !== undefined || opensList) && figures.some((figure) => figure.scope === 'report');
    figures.forEach((figure, index) => {
      let scope: FigureScope;
      let metric: FigureMetric = figure.metric;
      if (figure.listedAs && listsTally) {
        scope = 'cumulative';
        metric = figure.listedAs;
      } else if (figure.scope !== 'report') scope = figure.scope;
      else if (report || opensList) scope = 'cumulative';
      else if (figure.alone) {
        scope = 'event';
        metric = figure.alone;
      } else return;
      // "وأضاف أن ضمن هذه الأرقام 1130 قتلوا وأصيبوا خلال الساعات الـ24": inside a bulletin, the day's dead and wounded are its personnel line.
      const bulletin = report ?? tallied;
      const dayOfBulletin = bulletin !== undefined && scope === 'daily' && (metric === 'killed' || metric === 'killed_or_injured') && (figure.population === undefined || figure.population === 'soldiers');
      // Only the tally's own categories continue its report; a casualty after it is nobody's until attributed.
      const continues = figure.scope === 'report' || isTallyMetric(metric) || (metric === 'killed_or_injured' && figure.population === 'soldiers') || dayOfBulletin;
      const claimant = claimantAt(view, sentence, figure.number.start, context, lexicon, report) ?? (continues ? bulletin?.claimant : undefined);
      if (!claimant) return;
      const claimantParty = partyOfClaimant(lexicon, claimant);
      const opponent = claimantParty !== undefined ? context.pack.parties.find((party) => party.id === claimantParty)?.opponent : undefined;
      if (metric === 'killed' && figure.population === 'soldiers' && scope !== 'event') {
        const provisional = sideOf({ figure, metric, parties, placeParties: [], ...(claimantParty ? { claimantParty } : {}), ...(report ? { report } : {}) });
        metric = toTallyMetric(metric, figure, scope, provisional, opponent, headcount);
      } else metric = toTallyMetric(metric, figure, scope, undefined, undefined, headcount);
      if (dayOfBulletin && headcount !== undefined && metric !== headcount && bulletin && sameClaimant(claimant, bulletin.claimant)) metric = headcount;
      const tally = isTallyMetric(metric) && scope !== 'event';
      // "وكانت الهيئة قد أعلنت أمس…": an earlier bulletin, not the day's tally.
      if (tally && pluperfect) return;
      const own = ownPlaces[index]!;
      const places = tally || metric === 'prisoners_exchanged' ? [] : own.length > 0 ? own : shared;
      const placeParties = places.map((place) => lexicon.places.get(place)?.country).filter((c): c is string => c !== undefined);
      const enemy = namesEnemy(reader) ? opponent : undefined;
      const side = sideOf({ figure, metric, parties, placeParties, ...(claimantParty ? { claimantParty } : {}), ...(report ? { report } : {}), ...(enemy ? { enemy } : {}), ...(opponent ? { opponent } : {}) });
      const asOf = dayOfFigure(reader, figure.number.start, published, tally) ?? (tally ? report?.asOf : undefined) ?? published;
      const fact: FigureFact = {
        kind: 'figure', metric, value: figure.number.value, qualifier: figure.qualifier, scope, claimant,
        ...(side ? { side } : {}), ...(asOf ? { asOf } : {}),
        ...(places.length === 1 ? { place: places[0]! } : {}), ...(places.length > 1 ? { places } : {}),
        ...(figure.population ? { population: figure.population } : {}),
        valueText: figure.number.text, evidence: evidenceOf(view, sentence),
      };
      built.push({ fact, precision: precisionOf(figure.number.value) });
      if (tally && scope === 'cumulative') tallied = { claimant, ...(side ? { side } : {}), ...(asOf ? { asOf } : {}), gap: 0 };
    });
    if (tallied) report = tallied;
    else if (report && ++report.gap > REPORT_GAP) report = undefined;
  }
  return dedupe(checkLines(built, headcount));
}
