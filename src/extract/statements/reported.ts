/**
 * Reported speech: "قال فيدان إنه سيحضر اللقاء", "أشار ميدينسكي إلى أن اللقاء سيحصل
 * قريبا". Arabic news gives most of what negotiators say this way, without quotation marks, so a
 * bot that keeps only quotes loses most of who said what.
 *
 * A reported clause is kept as the article wrote it, from its complementizer (إن، أن، بأن…) on,
 * and is always shown as reported (the speaker, the verb, then the clause), never between
 * quotation marks: the words are the outlet's, the claim is the speaker's.
 *
 * The complementizer must follow its speech verb closely (the speaker, a title, a day or "في
 * تصريحات للصحفيين" may stand between) and must not be one of the conjunctions that only look
 * like it: "بعد أن" (after), "إلا أن" (however), "كما أن" (also), "ضرورة أن" (the need to).
 */
import { foldArabic } from '../../text/normalize.ts';
import type { SentenceView } from '../sentence/article-view.ts';
import type { SpeechAct } from '../attribution/attribution.ts';
import { COMPLEMENTIZERS } from '../sentence/function-words.ts';
import { sliceArticle, wordIndexAt, wordsOf, type Word } from '../attribution/words.ts';

/** Words before أن that make it a conjunction of time, contrast or need rather than "that". */
const NOT_REPORTING = new Set([
  'بعد', 'قبل', 'منذ', 'دون', 'بدون', 'رغم', 'برغم', 'بدلا', 'بدل', 'حتي', 'لو', 'الا', 'غير', 'كما', 'بيد', 'حيث', 'طالما', 'بما',
  'ضروره', 'بضروره', 'يجب', 'ينبغي', 'يمكن', 'يمكنه', 'يريد', 'تريد', 'امل', 'يامل', 'تامل', 'عسي', 'بمجرد', 'عقب', 'لمجرد', 'مجرد',
  'اجل', 'شان', 'شانه', 'شانها', 'لابد', 'بد', 'مقرر', 'المقرر', 'المنتظر', 'المتوقع', 'المرجح', 'يبدو', 'ويبدو', 'فرصه',
].map(foldArabic));
/** Furthest a complementizer may stand after its verb, in words (speaker, title, day and setting between). */
const MAX_WORDS_VERB_TO_CLAUSE = 18;
/** A reported clause shorter than this says nothing on its own ("إنه كذلك"). */
const MIN_CLAUSE_WORDS = 3;
/** A longer clause is cut here and marked as cut, so one run-on sentence cannot fill a brief. */
const MAX_CLAUSE_WORDS = 60;

/** A reported clause: its span in the article and the words as written (complementizer included). */
export type ReportedClause = { readonly start: number; readonly end: number; readonly text: string };

function bare(word: Word): string {
  return word.text.replace(/^[وف]/u, '');
}

/** Index of the complementizer `act` introduces, or -1. */
function complementizerAfter(words: readonly Word[], from: number, until: number): number {
  for (let k = from; k < until && k - from <= MAX_WORDS_VERB_TO_CLAUSE; k++) {
    const word = words[k]!;
    // A quote or a new clause before any complementizer: the verb governs something else.
    if (word.punct && (word.text === '"' || word.text === '«' || word.text === '“' || word.text === '”' || word.text === ':')) return -1;
    if (word.punct || !COMPLEMENTIZERS.has(word.text)) continue;
    const before = words[k - 1];
    if (before !== undefined && !before.punct && NOT_REPORTING.has(bare(before))) return -1;
    return k;
  }
  return -1;
}

/** Verbs that report a thing rather than a clause (folded): "كشف عن اتفاق", "أعلن إحراز تقدم". */
const REPORTS_A_THING = new Set(['كشف', 'كشفت', 'أعلن', 'أعلنت', 'تحدث', 'تحدثت', 'أكد', 'أكدت'].map(foldArabic));
/**
 * A verbal noun of the fourth, seventh, eighth or tenth form as written, bare or with the article ("إحراز",
 * "إبرام", "استئناف", "الاتفاق", "الانسحاب"): the thing announced.
 */
const VERBAL_NOUN = /^(?:ال)?(?:إ[^\sا]{2}ا[^\sا]|است[^\sا]{2}ا[^\sا]|ا[^\sا]{2,3}ا[^\sا])$/u;
/** "من جانبه،", "من جهته،", "بدوره،" after the subject, before what it reports (folded). */
const ASIDES: ReadonlySet<string> = new Set(['من', 'جانبه', 'جانبها', 'جهته', 'جهتها', 'بدوره', 'بدورها'].map(foldArabic));
/** Words the subject of such a verb may take after it (title and name). */
const MAX_SUBJECT_WORDS = 8;

/**
 * Index of the thing a verb of revealing reports after its named subject ("كشف وزير الدفاع رستم عمروف عن
 * اتفاق مبدئي…", "أعلن روبيو إحراز تقدم…"), or -1: "عن" or a verbal noun right after the subject's name.
 */
function objectAfterSubject(sentence: SentenceView, words: readonly Word[], act: SpeechAct, from: number, until: number): number {
  if (act.how !== 'named' || !REPORTS_A_THING.has(foldArabic(act.verb))) return -1;
  const limit = words[Math.min(from + MAX_SUBJECT_WORDS, until - 1)]?.end ?? act.end;
  const names = sentence.mentions.filter((m) => m.start >= act.end && m.start < limit && (m.kind === 'person' || m.kind === 'title'));
  const subject = names[names.length - 1];
  if (!subject) return -1;
  let k = wordIndexAt(words, subject.end);
  // "بودولياك من جانبه، الاتفاق على…": an aside about the subject's side first.
  while (k < until && words[k] !== undefined && (ASIDES.has(words[k]!.text) || (words[k]!.punct && k > 0 && ASIDES.has(words[k - 1]!.text)))) k++;
  const next = words[k];
  if (next === undefined || k >= until || next.punct || next.start < subject.end) return -1;
  const written = sliceArticle(sentence, next.start, next.end).trim();
  // "أكد" reports a thing only as a verbal noun ("أكد الاتفاق على…"); "عن" goes with revealing and speaking of.
  if (next.text === foldArabic('عن')) return act.verb.includes('كد') ? -1 : k;
  return VERBAL_NOUN.test(written) ? k : -1;
}

/** Nouns of the setting of a speech (folded): "في كلمة", "في تصريحات", "خلال مؤتمر صحفي". */
const SETTINGS: ReadonlySet<string> = new Set(['كلمة', 'كلمته', 'كلمتها', 'تصريح', 'تصريحات', 'تصريحاته', 'بيان', 'حديث', 'حديثه', 'مقابلة', 'مؤتمر', 'خطاب', 'خطابه'].map(foldArabic));
/** Verbs that go on with someone's words (folded): what follows their setting and comma is those words. */
const GOES_ON = new Set(['أضاف', 'أضافت', 'تابع', 'تابعت', 'قال', 'قالت'].map(foldArabic));
/** Words that open a clause about the setting rather than the words said (folded, conjunction off). */
const NOT_WORDS_SAID: ReadonlySet<string> = new Set(['حيث', 'الذي', 'التي', 'الذين', 'بعد', 'قبل', 'عندما', 'فيما', 'بينما', 'قد', 'كما', 'وسط', 'عقب', 'اثر', 'إثر', 'وذلك', 'ذلك', 'مشيرا', 'مؤكدا', 'مضيفا'].map(foldArabic));
/** Words from the verb to the comma that ends a speech's setting. */
const MAX_WORDS_TO_SETTING_COMMA = 10;

/**
 * Index of the first word after the comma that ends a speech's setting ("وأضاف غوتيريش في كلمة قبل توقيع
 * الاتفاق، …"), or -1: a named speaker, then "في/خلال" and a noun of a speech, then the comma.
 */
function clauseAfterSetting(words: readonly Word[], act: SpeechAct, from: number, until: number): number {
  if (act.how !== 'named' || !GOES_ON.has(foldArabic(act.verb))) return -1;
  let setting = false;
  for (let k = from; k < until && k - from <= MAX_WORDS_TO_SETTING_COMMA; k++) {
    const word = words[k]!;
    if (word.punct) {
      if ((word.text === '،' || word.text === ',') && setting) {
        // "…، حيث التقى بالوزير": a clause about the setting, not the words said.
        const next = words[k + 1];
        return k + 1 < until && next !== undefined && !next.punct && !NOT_WORDS_SAID.has(bare(next)) && !NOT_WORDS_SAID.has(next.text) ? k + 1 : -1;
      }
      if (word.text !== '،' && word.text !== ',') return -1;
      continue;
    }
    const previous = words[k - 1];
    if (SETTINGS.has(bare(word)) && previous !== undefined && (previous.text === foldArabic('في') || previous.text === foldArabic('خلال'))) setting = true;
  }
  return -1;
}

/**
 * The clause a speech act reports, if it reports one: from its complementizer to the next speech
 * verb or the end of the sentence. `nextStart` is where the sentence's next act begins.
 */
export function reportedClause(sentence: SentenceView, act: SpeechAct, nextStart: number): ReportedClause | undefined {
  const { words } = wordsOf(sentence);
  const from = wordIndexAt(words, act.end);
  // The next verb's word, clitic included ("وقال"), ends the clause.
  const next = wordIndexAt(words, nextStart + 1) - 1;
  const until = words[next] !== undefined && words[next]!.start <= nextStart && words[next]!.end > nextStart ? next : wordIndexAt(words, nextStart);
  let at = complementizerAfter(words, from, until);
  if (at < 0) at = objectAfterSubject(sentence, words, act, from, until);
  // "وأضاف غوتيريش في كلمة قبل التوقيع، من دون هذا الاتفاق…": after the setting of a speech and its comma, the words.
  let afterComma = false;
  if (at < 0) {
    at = clauseAfterSetting(words, act, from, until);
    afterComma = at >= 0;
  }
  if (at < 0) return undefined;
  // "أشار إلى أن…": the preposition is part of how the verb reports.
  const first = !afterComma && at > from && words[at - 1]!.text === foldArabic('إلى') ? at - 1 : at;
  let last = until - 1;
  while (last > at && (words[last]!.punct || bare(words[last]!) === '')) last--;
  const count = words.slice(at + 1, last + 1).filter((word) => !word.punct).length;
  if (count < MIN_CLAUSE_WORDS) return undefined;
  let cut = false;
  if (count > MAX_CLAUSE_WORDS) {
    let seen = 0;
    let k = at + 1;
    for (; k <= last; k++) if (!words[k]!.punct && ++seen === MAX_CLAUSE_WORDS) break;
    last = k;
    cut = true;
  }
  const start = words[first]!.start;
  const end = words[last]!.end;
  const text = sliceArticle(sentence, start, end).trim().replace(/[\s،,؛;:]+$/u, '');
  return { start, end, text: cut ? `${text} …` : text };
}
