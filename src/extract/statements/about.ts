/**
 * What a statement (or an outcome's wording) is about: the pack's issues it names, the talks or an
 * outcome it speaks of, its tone, and the speaker's stance where it is sure. An English reader gets
 * "Kirill Dmitriev said — about the talks; tone: positive" where the Arabic words cannot be given in
 * English; the words themselves are never translated, because a translation would be words nobody said.
 *
 * Read from the pack's cue groups over the quote alone, when a digest is built (withAbout). A tone word a negation reaches ("لم تكن
 * المحادثات مثمرة") says nothing sure and is dropped. A stance is read only from a verb in the first
 * person ("نرفض", "لن نقبل", "أطالب"), made from the pack's present-tense stance verbs: the speaker
 * speaks for themselves or their side there, whereas a third person ("أن كييف وافقت", "مقترحات كييف")
 * is as often another side's, and a stance under the wrong name is the worst kind of error. It is
 * kept only beside an issue (a stance on nothing says nothing), and two stances give none.
 */
import { createPackMatcher, createPhraseMatcher, mentionAs, toGroupedPhraseMap, type PackMatcher, type PhraseMatcher } from '../../packs/matcher.ts';
import type { Pack } from '../../packs/schema.ts';
import { foldArabic, normalizeArabic } from '../../text/normalize.ts';
import type { Fact, Stance, StatementAbout, StatementSubject, StatementTone } from '../facts.ts';

/** Words that negate a tone word after them. */
const NEGATIONS: ReadonlySet<string> = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'دون', 'بدون', 'ما', 'ولا', 'ولم', 'ولن'].map(foldArabic));

type Reader = { readonly phrases: PhraseMatcher; readonly names: PackMatcher; readonly issueNear: ReadonlyMap<string, ReadonlySet<string>> };
const readers = new WeakMap<Pack, Reader>();

/** One phrase table of the groups a statement is read by: "group:label" ids, outcomes before issues before talks. */
function readerOf(pack: Pack): Reader {
  const cached = readers.get(pack);
  if (cached) return cached;
  const table = toGroupedPhraseMap([
    ['subject', pack.cues.outcomes],
    ...pack.issues.map((issue) => ['issue', { [issue.id]: issue.forms }] as const),
    ...Object.values(pack.cues.talks).map((phrases) => ['subject', { talks: phrases }] as const),
    ['tone', pack.cues.tone],
    ['stance', firstPersonStances(pack.cues.stances)],
  ]);
  const issueNear = new Map(pack.issues.filter((issue) => issue.near.length > 0).map((issue) => [issue.id, new Set(issue.near)] as const));
  // The pack's names are looked for only when an issue needs a place beside it (most quotes name none).
  const reader = { phrases: createPhraseMatcher(table), names: createPackMatcher(pack), issueNear };
  readers.set(pack, reader);
  return reader;
}

/**
 * The first-person forms of the pack's present-tense stance verbs: "ترفض"/"يرفض" → "نرفض", "أرفض";
 * "لن تقبل" → "لن نقبل", "لن أقبل". A third-person plural ("يرفضون") gives the same forms without its ون.
 */
function firstPersonStances(stances: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [label, phrases] of Object.entries(stances)) {
    const forms = new Set<string>();
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const at = words[0] === 'لن' || words[0] === 'لا' ? 1 : 0;
      const verb = words[at];
      if (verb === undefined || !/^[تي]\S{2,}$/u.test(verb)) continue;
      const stem = verb.slice(1).replace(/ون$/u, '');
      for (const person of ['ن', 'أ']) forms.add([...words.slice(0, at), `${person}${stem}`, ...words.slice(at + 1)].join(' '));
    }
    out[label] = [...forms];
  }
  return out;
}

/** "لا شك", "لا بد": a negation that asserts. */
const ASSERTING_AFTER_NEGATION: ReadonlySet<string> = new Set(['شك', 'ريب', 'بد', 'سيما'].map(foldArabic));
/** Words back from a tone word a negation still reaches, within its clause ("لم تكن المحادثات مثمرة"). */
const NEGATION_REACH = 3;

/** Whether a negation stands within a few words before `start`, with no punctuation between. */
function isNegated(text: string, start: number): boolean {
  const clause = text.slice(0, start).split(/[،,.:;؛!?؟«»"“”]/u).at(-1) ?? '';
  const words = clause.trim().split(/\s+/u).filter((word) => word !== '').slice(-NEGATION_REACH);
  return words.some((word, k) => NEGATIONS.has(word) && !ASSERTING_AFTER_NEGATION.has(words[k + 1] ?? ''));
}

function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** What `text` (a quote, a reported clause, an outcome's wording) is about; undefined when nothing is read. */
export function aboutOf(pack: Pack, text: string): StatementAbout | undefined {
  const reader = readerOf(pack);
  const { issueNear } = reader;
  const normalized = normalizeArabic(text);
  let places: ReadonlySet<string> | undefined;
  const placesNamed = (): ReadonlySet<string> => {
    places ??= new Set(reader.names.findInNormalized(normalized).map((mention) => mentionAs(mention, 'place')).filter((id): id is string => id !== undefined));
    return places;
  };
  const issues: string[] = [];
  const subjects: StatementSubject[] = [];
  const tones = new Set<'positive' | 'negative'>();
  const stances: Stance[] = [];
  let toneWords = 0;
  for (const match of reader.phrases.find(normalized)) {
    const [group, label] = match.id.split(':') as [string, string];
    if (group === 'issue') {
      // One word ("أراضي", "الحدود") names an issue only as the object of a stance the talks grammar reads; alone in a quote it is any land or border.
      if (!normalized.text.slice(match.start, match.end).includes(' ')) continue;
      const near = issueNear.get(label);
      if (near === undefined || [...near].some((place) => placesNamed().has(place))) addOnce(issues, label);
      continue;
    }
    if (group === 'subject') {
      addOnce(subjects, label as StatementSubject);
      continue;
    }
    // "لن نقبل" carries its own negation; "لا نرفض" negates a rejection, which says nothing sure.
    if (group === 'stance' && !isNegated(normalized.text, match.start)) addOnce(stances, label as Stance);
    if (group === 'tone' && !isNegated(normalized.text, match.start)) {
      tones.add(label as 'positive' | 'negative');
      toneWords++;
    }
  }
  // One tone word alone is often another sense ("تقدم بطيء" of troops advancing, "صعبة" of a winter): it
  // counts beside the talks or an outcome, or with a second tone word.
  const sure = toneWords >= 2 || subjects.length > 0;
  const tone: StatementTone | undefined = !sure ? undefined : tones.size === 2 ? 'mixed' : [...tones][0];
  const about: StatementAbout = {
    ...(issues.length > 0 ? { issues } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(tone !== undefined ? { tone } : {}),
    ...(stances.length === 1 && issues.length > 0 ? { stance: stances[0]! } : {}),
  };
  return Object.keys(about).length > 0 ? about : undefined;
}

/**
 * Statements with what they are about, outcomes with the issues their wording names; other facts as
 * they are. Read when a digest or status is built (engine.ts), not at extraction: only the facts a
 * reader is shown pay for it, and ingestion keeps its speed. `statements: false` reads outcomes only
 * (a talks status shows no statements).
 */
export function withAbout(pack: Pack, facts: readonly Fact[], options: { readonly statements?: boolean } = {}): Fact[] {
  const statements = options.statements !== false;
  return facts.map((fact) => {
    if (fact.kind === 'statement' && statements) {
      const about = aboutOf(pack, fact.quote);
      return about ? { ...fact, about } : fact;
    }
    if (fact.kind === 'outcome' && fact.text !== '') {
      const issues = aboutOf(pack, fact.text)?.issues;
      return issues ? { ...fact, issues } : fact;
    }
    return fact;
  });
}
