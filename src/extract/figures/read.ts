/**
 * One sentence's figures, before the article's context (claimant, the report a list belongs to)
 * is applied: which metric each bound number is, its scope as far as the sentence says, and the
 * parties the sentence ties to it (whose losses, who launched, who attacked).
 */
import type { NumberMention, NumberQualifier } from '../../text/numbers.ts';
import { foldArabic } from '../../text/normalize.ts';
import type { AttributionLexicon } from '../attribution/pack-lexicon.ts';
import type { FigureMetric, FigureScope } from '../facts.ts';
import { COMPARISON_WORDS, INCREMENT_WORDS, OF_THEM, OUT_OF, PER_SIDE, SUBSET_WORDS, UP_TO, type Cue } from './cues.ts';
import { isQuote, labelBefore, nounAfter, wordAt, type Noun, type Population, type SentenceReader } from './nouns.ts';
import { countHeadBefore, isBareNumber, partyBefore, partyNear } from './context.ts';
import { oneDayAfter, periodBefore, scopeAt, sinceBefore } from './scope.ts';

/** A figure as one sentence gives it. scope 'report': a tally item whose scope the report it belongs to must supply. */
export type SentenceFigure = {
  readonly metric: FigureMetric;
  readonly number: NumberMention;
  readonly qualifier: NumberQualifier;
  readonly scope: FigureScope | 'report';
  /** With scope 'report' and no report: what the figure is on its own ("تدمير 9 أنظمة"), if anything. */
  readonly alone?: FigureMetric;
  /**
   * A shoot-down count with no scope of its own whose weapon is a tally line: that line when the
   * sentence continues a running tally as a list ("إسقاط 369 طائرة و331 مروحية و31 ألف مسيرة").
   */
  readonly listedAs?: FigureMetric;
  readonly population?: Population;
  /** The party the sentence ties to the counted noun ("جندي أوكراني", "خسرت روسيا"). */
  readonly side?: string;
  /** For strikes: who launched ("أطلقت روسيا", "مسيرات روسية"). */
  readonly launcher?: string;
  /** For casualties among people: who attacked ("بقصف روسي"). */
  readonly attacker?: string;
  readonly casualty?: string;
  readonly lastWord: number;
  /** The counted noun, for a later "40 منها" (40 of them). */
  readonly noun?: Noun;
};

type Read = Omit<SentenceFigure, 'number' | 'qualifier' | 'lastWord' | 'noun'>;

const WHOLE_OF: Readonly<Partial<Record<FigureMetric, FigureMetric>>> = {
  drones_intercepted: 'drones_launched', missiles_intercepted: 'missiles_launched',
};

const CASUALTY_METRICS: Readonly<Record<string, FigureMetric>> = {
  killed: 'killed', injured: 'injured', killed_or_injured: 'killed_or_injured', missing: 'missing',
};

function cueEndingIn(reader: SentenceReader, k: number): Cue | undefined {
  const word = reader.sw.words[k];
  if (!word) return undefined;
  return reader.cues.find((cue) => cue.end > word.start && cue.end <= word.end);
}

/** The strike verb that governs a weapon count: the nearest before it, else one right after its noun. */
function strikeOf(reader: SentenceReader, firstWord: number, noun: Noun): string | undefined {
  const { words } = reader.sw;
  if (words[firstWord - 1]?.text === OUT_OF) return 'launched'; // "من أصل 95"
  const start = words[firstWord]!.start;
  let nearest: Cue | undefined;
  let earlier: Cue | undefined;
  for (const cue of reader.cues) {
    if (cue.group !== 'strikes' || cue.end > start) continue;
    earlier = nearest;
    nearest = cue;
  }
  // "اعترضت ودمرت 41 مسيرة": a shoot-down verb paired with a destroy verb is a shoot-down.
  if (nearest?.label === 'destroyed' && earlier?.label === 'intercepted' && wordAt(reader, nearest.start) - wordAt(reader, earlier.end - 1) <= 1) return 'intercepted';
  if (nearest) return nearest.label;
  for (let k = noun.lastWord + 1; k <= noun.lastWord + 3 && k < words.length; k++) {
    if (words[k]!.punct) break;
    const cue = reader.cueAt[k];
    if (cue?.group === 'strikes') return cue.label;
  }
  return undefined;
}

/** The casualty word right before the number ("مقتل 8", "بمقتل “55 ألف”", "تبادل 157") or right after its noun ("جندي أوكراني قتلوا"). */
function casualtyOf(reader: SentenceReader, firstWord: number, noun: Noun | undefined): string | undefined {
  const { words } = reader.sw;
  let k = firstWord - 1;
  while (isQuote(words[k])) k--;
  // "خسرت روسيا 1000 جندي": the loser named between the verb and the number.
  const named = reader.sentence.mentions.find((m) => m.kind !== 'metric' && words[k] !== undefined && m.end > words[k]!.start && m.end <= words[k]!.end);
  if (named && !cueEndingIn(reader, k)) k = wordAt(reader, named.start) - 1;
  const before = cueEndingIn(reader, k);
  if (before?.group === 'casualties') return before.label;
  if (before?.group === 'exchange') return 'exchange';
  if (!noun) return undefined;
  for (let j = noun.lastWord + 1; j <= noun.lastWord + 3 && j < words.length; j++) {
    if (words[j]!.punct) break;
    const cue = reader.cueAt[j];
    if (cue?.group === 'casualties') return cue.label;
  }
  return undefined;
}

function perSide(reader: SentenceReader, noun: Noun): boolean {
  const { words } = reader.sw;
  const tail = words.slice(noun.lastWord + 1, noun.lastWord + 5).map((w) => w.text).join(' ');
  return PER_SIDE.some((phrase) => tail.startsWith(phrase));
}

function weaponMetric(weapon: string, strike: string): FigureMetric | undefined {
  const drone = weapon === 'drones' || weapon === 'shahed';
  if (strike === 'intercepted') return drone ? 'drones_intercepted' : weapon === 'shelling' || weapon === 'glide_bombs' ? undefined : 'missiles_intercepted';
  if (strike !== 'launched' && strike !== 'attacked') return undefined;
  if (drone) return 'drones_launched';
  if (weapon === 'ballistic') return 'ballistic_missiles_launched';
  if (weapon === 'cruise') return 'cruise_missiles_launched';
  return weapon === 'missiles' || weapon === 'hypersonic' ? 'missiles_launched' : undefined;
}

/** Who launched: the subject of the launch verb, or the adjective on the weapon ("مسيرات روسية"). */
function launcherOf(reader: SentenceReader, lexicon: AttributionLexicon, noun: Noun, firstWord: number): string | undefined {
  const onNoun = partyNear(reader, lexicon, noun.lastWord + 1, noun.lastWord + 2);
  if (onNoun) return onNoun;
  const start = reader.sw.words[firstWord]!.start;
  // "شنت روسيا هجوما بـ450 مسيرة": the attacker of a strike counted in weapons launched them.
  const launches = reader.cues.filter((cue) => cue.group === 'strikes' && (cue.label === 'launched' || cue.label === 'attacked'));
  // The launch verb before the count, else one right after it ("من أصل 150 أطلقتها روسيا").
  const verb = [...launches].reverse().find((cue) => cue.end <= start) ??
    launches.find((cue) => cue.start >= start && wordAt(reader, cue.start) - noun.lastWord <= 3);
  if (!verb) return undefined;
  const v = wordAt(reader, verb.start);
  return partyNear(reader, lexicon, v + 1, v + 1, true) ?? partyBefore(reader, lexicon, v);
}

/** Who attacked the people counted: "بقصف روسي", "القوات الروسية استهدفت", "مسيرات روسية". */
function attackerOf(reader: SentenceReader, lexicon: AttributionLexicon): string | undefined {
  for (const cue of reader.cues) {
    if (!(cue.group === 'strikes' && cue.label === 'attacked') && cue.group !== 'weapons') continue;
    const k = wordAt(reader, cue.end - 1);
    const party = partyNear(reader, lexicon, k + 1, k + 1) ?? (cue.group === 'strikes' ? partyBefore(reader, lexicon, wordAt(reader, cue.start)) : undefined);
    if (party) return party;
  }
  return undefined;
}

function readPeople(reader: SentenceReader, lexicon: AttributionLexicon, number: NumberMention, firstWord: number, noun: Noun | undefined, previous: SentenceFigure | undefined): Read | undefined {
  const { words } = reader.sw;
  let casualty = noun?.kind === 'casualty' ? noun.casualty : casualtyOf(reader, firstWord, noun);
  // "تبادل 157 أسيرا": the prisoners counted are the exchange's, not people captured.
  if (casualty === 'captured' && casualtyOf(reader, firstWord, undefined) === 'exchange') casualty = 'exchange';
  let population = noun?.population;
  let side = noun ? partyNear(reader, lexicon, noun.lastWord + 1, noun.lastWord + 2) : undefined;
  let counted = false;
  let running = false;
  if (!casualty && (noun || isBareNumber(reader, wordAt(reader, number.end - 1)))) {
    const head = countHeadBefore(reader, lexicon, firstWord);
    if (head) {
      casualty = head.casualty;
      population = head.population ?? population;
      side ??= head.side;
      counted = true;
      running = head.headed;
    }
  }
  // "مقتل 3 جنود و5 مدنيين": the second count shares the first one's casualty word.
  if (!casualty && previous?.casualty && words[firstWord]?.text.startsWith('و') && firstWord - previous.lastWord <= 2) casualty = previous.casualty;
  if (!casualty || (!noun && !counted)) return undefined;
  if (casualty === 'exchange') {
    if (!noun || !perSide(reader, noun)) return undefined;
    return { metric: 'prisoners_exchanged', scope: 'event', casualty, ...(population ? { population } : {}) };
  }
  const metric = CASUALTY_METRICS[casualty];
  if (!metric) return undefined;
  // "خلال شهر نوفمبر 2024 … 45720 قتيل وجريح": a month's count is neither the day's nor the war's.
  if (periodBefore(reader, number.start)) return undefined;
  const scope = scopeAt(reader, number.start) ?? (running ? 'cumulative' : 'event');
  const attacker = attackerOf(reader, lexicon);
  return {
    metric, scope, casualty,
    ...(population ? { population } : {}), ...(side ? { side } : {}), ...(attacker ? { attacker } : {}),
  };
}

function readThing(reader: SentenceReader, lexicon: AttributionLexicon, number: NumberMention, firstWord: number, noun: Noun): Read | undefined {
  const scope = scopeAt(reader, number.start);
  const side = partyNear(reader, lexicon, noun.lastWord + 1, noun.lastWord + 3);
  const sided = side ? { side } : {};
  if (noun.kind === 'weapon') {
    const strike = strikeOf(reader, firstWord, noun);
    const struck = strike ? weaponMetric(noun.weapon!, strike) : undefined;
    if (struck) {
      // "أطلقت منذ بداية العام 20 ألف مسيرة": a running total over a period that is neither one attack nor the war.
      if (scope !== 'cumulative' && sinceBefore(reader, firstWord)) return undefined;
      // "أسقطت منذ بداية الحرب 31 ألف مسيرة": drones shot down over the war are the tally's drones line.
      if (scope === 'cumulative' && noun.tally && struck.endsWith('_intercepted')) return { metric: noun.tally, scope, ...sided };
      const launcher = launcherOf(reader, lexicon, noun, firstWord);
      const listed = scope === undefined && noun.tally && struck.endsWith('_intercepted') ? { listedAs: noun.tally } : {};
      return { metric: struck, scope: scope === 'cumulative' ? 'cumulative' : 'event', ...(launcher ? { launcher } : {}), ...listed };
    }
    const alone = strike === 'destroyed' ? { alone: 'equipment_destroyed' as const } : {};
    if (!noun.tally) return strike === 'destroyed' ? { metric: 'equipment_destroyed', scope: 'event', ...sided } : undefined;
    return { metric: noun.tally, scope: scope ?? 'report', ...alone, ...sided };
  }
  const tally = noun.tally!;
  const strike = scope ? undefined : strikeOf(reader, firstWord, noun);
  return { metric: tally, scope: scope ?? 'report', ...(strike === 'destroyed' ? { alone: tally } : {}), ...sided };
}

/** Whether a count's noun names what the figure before counted ("950 ألف جندي، بينهم 1150 جنديا", "11116 دبابة، منها أربع دبابات"). */
function sameCounted(noun: Noun, previous: SentenceFigure): boolean {
  if (noun.tally !== undefined && noun.kind !== 'people') return noun.tally === previous.noun?.tally && previous.metric === noun.tally;
  return noun.kind === 'people' && previous.noun?.kind === 'people' && noun.population === previous.population;
}

/** A running count of soldiers or of a tally line, not a day's part of one. */
function isRunningCount(figure: SentenceFigure): boolean {
  return figure.scope !== 'daily' && figure.scope !== 'event' ? true : figure.scope === 'event' && figure.casualty !== undefined && figure.population === 'soldiers';
}

/** "أسقطت الدفاعات 40 منها": a count of the things the figure before counted. */
function ofThem(reader: SentenceReader, number: NumberMention, previous: SentenceFigure | undefined): Noun | undefined {
  if (!previous?.noun) return undefined;
  const k = wordAt(reader, number.end - 1) + 1;
  const word = reader.sw.words[k];
  if (!word || !OF_THEM.has(word.text)) return undefined;
  return { ...previous.noun, start: number.start, end: word.end, lastWord: k };
}

function increment(reader: SentenceReader, firstWord: number): 'increment' | 'subset' | 'whole' | undefined {
  const previous = reader.sw.words[firstWord - 1];
  if (!previous) return undefined;
  if (previous.text === OUT_OF) return 'whole';
  if (previous.punct && previous.text === '+') return 'increment';
  if (INCREMENT_WORDS.has(previous.text)) return 'increment';
  return SUBSET_WORDS.has(previous.text) ? 'subset' : undefined;
}

function qualifierOf(reader: SentenceReader, number: NumberMention, firstWord: number): NumberQualifier {
  if (number.qualifier !== 'exact') return number.qualifier;
  const { words } = reader.sw;
  // "ما يصل إلى 1350": up to.
  return words[firstWord - 1]?.text === 'الي' && UP_TO.includes(words[firstWord - 2]?.text ?? '') ? 'at_most' : 'exact';
}

const WAW = 0x648;

function isComparison(reader: SentenceReader, firstWord: number): boolean {
  const { words } = reader.sw;
  for (let k = firstWord - 1; k >= firstWord - 2 && k >= 0; k--) {
    const text = words[k]!.text;
    if (COMPARISON_WORDS.has(text) || (text.charCodeAt(0) === WAW && COMPARISON_WORDS.has(text.slice(1)))) return true;
  }
  return false;
}

/** "عام 2026", "العام 2023": a year written after its noun, never a count. */
const YEAR_NOUNS = new Set(['عام', 'العام', 'لعام', 'بعام', 'سنه', 'السنه', 'لسنه'].map(foldArabic));

function isYear(reader: SentenceReader, firstWord: number, number: NumberMention): boolean {
  return number.value >= 1900 && number.value <= 2100 && Number.isInteger(number.value) && YEAR_NOUNS.has(reader.sw.words[firstWord - 1]?.text ?? '');
}

/** Words that make a count a possibility or a forecast, not a claim: "يمكن أن تصل الخسائر إلى…", "من المتوقع أن يبلغ…". */
const HYPOTHETICAL = new Set(['يمكن', 'ويمكن', 'ربما', 'يحتمل', 'محتمل', 'المحتمل', 'المتوقع', 'متوقع', 'يتوقع', 'تتوقع', 'توقع', 'سيصل', 'ستصل'].map(foldArabic));

/** Whether the clause before the number at word `firstWord` is hypothetical. */
function isHypothetical(reader: SentenceReader, firstWord: number): boolean {
  const { words } = reader.sw;
  for (let k = firstWord - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.punct && !isQuote(word)) return false;
    if (HYPOTHETICAL.has(word.text)) return true;
  }
  return false;
}

const BETWEEN = new Set(['بين', 'مابين'].map(foldArabic));
/** Rates: "600 جندي يومياً" is an average per day, not a count. */
const RATES = new Set(['يوميا', 'شهريا', 'اسبوعيا', 'سنويا'].map(foldArabic));

/**
 * A range ("ما بين 600 و1000 جندي", "بين 300 إلى 600") or a rate ("600 جندي يومياً") gives no one
 * value a claimant stated.
 */
function isRangeOrRate(reader: SentenceReader, firstWord: number, lastWord: number): boolean {
  const { words } = reader.sw;
  // Both ends: "بين 600" and "بين 600 و1000".
  for (let k = firstWord - 1; k >= 0 && firstWord - k <= 5; k--) {
    if (words[k]!.punct) break;
    if (BETWEEN.has(words[k]!.text)) return true;
  }
  for (let k = lastWord + 1; k <= lastWord + 3 && k < words.length; k++) {
    if (words[k]!.punct) break;
    if (RATES.has(words[k]!.text)) return true;
  }
  return false;
}

function insideAny(spans: readonly { start: number; end: number }[], number: NumberMention): boolean {
  return spans.some((span) => span.start < number.end && span.end > number.start);
}

/** Every figure one sentence binds, in text order. */
/**
 * A read figure completed with its number; a read taken over from the figure before keeps that
 * figure's noun unless it has its own. Fields are copied one by one: reads come in many shapes,
 * and spreading them showed in profiles.
 */
function toFigure(read: Read & { readonly noun?: Noun }, number: NumberMention, qualifier: NumberQualifier, lastWord: number, noun: Noun | undefined): SentenceFigure {
  const figure: { -readonly [K in keyof SentenceFigure]: SentenceFigure[K] } = { metric: read.metric, number, qualifier, scope: read.scope, lastWord };
  if (read.alone !== undefined) figure.alone = read.alone;
  if (read.listedAs !== undefined) figure.listedAs = read.listedAs;
  if (read.population !== undefined) figure.population = read.population;
  if (read.side !== undefined) figure.side = read.side;
  if (read.launcher !== undefined) figure.launcher = read.launcher;
  if (read.attacker !== undefined) figure.attacker = read.attacker;
  if (read.casualty !== undefined) figure.casualty = read.casualty;
  const counted = noun ?? read.noun;
  if (counted !== undefined) figure.noun = counted;
  return figure;
}

export function readSentenceFigures(reader: SentenceReader, lexicon: AttributionLexicon): SentenceFigure[] {
  const { sentence } = reader;
  const figures: SentenceFigure[] = [];
  const scopeCues = reader.cues.filter((cue) => cue.group === 'scopes');
  for (const number of sentence.numbers) {
    if (insideAny(sentence.dates, number) || insideAny(scopeCues, number)) continue;
    const firstWord = wordAt(reader, number.qualifierSpan?.start ?? number.start);
    const numberWord = wordAt(reader, number.start);
    if (isComparison(reader, firstWord) || isYear(reader, firstWord, number) || isHypothetical(reader, firstWord)) continue;
    const previous = figures[figures.length - 1];
    const qualifier = qualifierOf(reader, number, numberWord);
    // "من بينهم أكثر من 590": the subset word stands before the qualifier.
    const linked = increment(reader, firstWord);
    const noun = nounAfter(reader, number) ?? ofThem(reader, number, previous);
    let read: Read | undefined;
    if (linked === 'whole' && previous && noun === undefined) {
      // "أسقطت 120 مسيرة من أصل 150": the whole the shot-down part was taken from was launched.
      const launched = WHOLE_OF[previous.metric];
      if (!launched) continue;
      const { launcher: _shotDown, ...rest } = previous;
      const here: Noun = { kind: 'weapon', start: number.start, end: number.end, lastWord: numberWord };
      const launcher = launcherOf(reader, lexicon, here, numberWord);
      read = { ...rest, metric: launched, ...(launcher ? { launcher } : {}) };
    } else if (linked && linked !== 'whole' && previous && (noun === undefined || noun.kind === 'casualty' || sameCounted(noun, previous))) {
      // "(+770)", "بزيادة 770", "من بينهم 770 … خلال الساعات الـ24 الماضية", "بينهم 1150 جنديا خلال اليوم الأخير": the day's change of the figure before.
      // A part named with من بينهم/منها is a day's part even past a comma ("920 جندياً لقوا حتفهم، أمس الأربعاء فقط").
      if (linked === 'subset' && !oneDayAfter(reader, number.end, noun ? noun.lastWord : numberWord, true)) continue;
      read = { ...previous, scope: 'daily' };
    } else if (previous && noun && sameCounted(noun, previous) && isRunningCount(previous) && oneDayAfter(reader, number.end, noun.lastWord)) {
      // "ارتفع عدد قتلى الجنود الروس إلى 367620 جنديا… بعد مقتل 830 جنديا أمس": the same count, for one day.
      read = { ...previous, scope: 'daily' };
    } else if (noun && (noun.kind === 'equipment' || noun.kind === 'weapon')) {
      read = readThing(reader, lexicon, number, firstWord, noun);
    } else if (noun || !linked) {
      read = readPeople(reader, lexicon, number, firstWord, noun, previous);
      const label = read || noun ? undefined : labelBefore(reader, firstWord);
      if (label) read = { metric: label, scope: scopeAt(reader, number.start) ?? 'report' };
    }
    if (!read) continue;
    const end = noun ? Math.max(noun.lastWord, wordAt(reader, number.end - 1)) : wordAt(reader, number.end - 1);
    if (isRangeOrRate(reader, firstWord, end)) continue;
    figures.push(toFigure(read, number, qualifier, end, noun));
  }
  return figures;
}

