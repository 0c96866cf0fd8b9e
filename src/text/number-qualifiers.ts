/**
 * Qualifier phrases that sit beside a number ("نحو 800", "أكثر من 50", "10 جنود على الأقل").
 * They are kept apart from the value so a digest can say "about" or "at least" honestly.
 */
import { foldArabic } from './normalize.ts';
import type { ScanToken } from './number-scan.ts';
import { edgesOf } from './word-set.ts';

/** How a number relates to the true count. */
export type NumberQualifier = 'exact' | 'approx' | 'at_least' | 'at_most';

/** A qualifier found next to a number, with its span in the normalized text. */
export type QualifierMatch = { readonly qualifier: NumberQualifier; readonly start: number; readonly end: number };

type PhraseTable = ReadonlyMap<string, NumberQualifier>;

function table(rows: Readonly<Record<Exclude<NumberQualifier, 'exact'>, readonly string[]>>): PhraseTable {
  const map = new Map<string, NumberQualifier>();
  for (const qualifier of Object.keys(rows) as (keyof typeof rows)[]) {
    for (const phrase of rows[qualifier]) map.set(foldArabic(phrase), qualifier);
  }
  return map;
}

/** Phrases right before the number; the longest match wins, so "ما لا يزيد على" beats "يزيد على". */
const BEFORE = table({
  approx: [
    'نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'تقريبا', 'ما يقارب', 'ما يقارب من', 'يقارب', 'ما يقرب من',
    'ما يقرب', 'ما يناهز', 'يناهز', 'في حدود',
  ],
  at_least: [
    'أكثر من', 'ما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'تزيد على', 'تزيد عن', 'ما لا يقل عن',
    'لا يقل عن', 'لا تقل عن', 'ما لا تقل عن', 'أزيد من', 'فوق', 'ما فوق', 'ما يربو على', 'يربو على',
    'ليس أقل من', 'ما لا يقل على',
  ],
  at_most: [
    'أقل من', 'ما لا يزيد على', 'ما لا يزيد عن', 'لا يزيد على', 'لا يزيد عن', 'لا تزيد على', 'لا تزيد عن',
    'ما لا يتجاوز', 'لا يتجاوز', 'لا تتجاوز', 'لا يتعدى', 'لا تتعدى', 'دون', 'ما دون', 'ليس أكثر من',
  ],
});

/** Phrases after the number, possibly after its counted noun: "50 قتيلا على الأقل". */
const AFTER = table({
  approx: ['تقريبا', 'أو نحو ذلك'],
  at_least: ['على الأقل', 'على أقل تقدير', 'أو أكثر', 'فأكثر', 'وما فوق', 'فما فوق', 'ونيف', 'كحد أدنى', 'بحد أدنى'],
  at_most: ['على الأكثر', 'على أقصى تقدير', 'أو أقل', 'فأقل', 'فما دون', 'كحد أقصى', 'بحد أقصى'],
});

const MAX_WORDS = 4;
/** Clitics a qualifier may carry on its first word: "ونحو", "بنحو", "وبأكثر من", "لأكثر من". */
const QUALIFIER_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل', 'ك', 'وك'];
const DOON = foldArabic('دون');
const MIN = foldArabic('من');
const OR_MORE = new Set(['او اكثر', 'او اقل']);

/** The edges of the first word of every phrase after a number. */
const FIRST_EDGES_AFTER: ReadonlySet<number> = new Set([...AFTER.keys()].map((key) => edgesOf(key.split(' ')[0]!)));

/** The last words of the phrases of two words or more: a qualifier before a number ends in one of them. */
const LAST_WORDS_BEFORE: ReadonlySet<string> = new Set([...BEFORE.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(key.lastIndexOf(' ') + 1)));

function isWord(token: ScanToken | undefined): token is ScanToken {
  return token !== undefined && token.kind === 'word';
}

/** The qualifier ending right before token `end` (exclusive), if any. */
export function qualifierBefore(tokens: readonly ScanToken[], end: number): QualifierMatch | undefined {
  // Runs for every number: only phrases that can end at this word are tried.
  const longest = LAST_WORDS_BEFORE.has(tokens[end - 1]?.text ?? '') ? Math.min(MAX_WORDS, end) : Math.min(1, end);
  for (let length = longest; length >= 1; length--) {
    const first = end - length;
    let rest = '';
    let words = true;
    for (let k = first + 1; k < end; k++) {
      const token = tokens[k];
      if (!isWord(token)) { words = false; break; }
      rest += ` ${token.text}`;
    }
    const head = tokens[first];
    if (!words || !isWord(head)) continue;
    for (const prefix of QUALIFIER_PREFIXES) {
      if (!head.text.startsWith(prefix)) continue;
      const stem = head.text.slice(prefix.length);
      const qualifier = BEFORE.get(stem + rest);
      if (qualifier === undefined) continue;
      // "دون" is "under" only on its own: "من دون" and "بدون" mean "without".
      if (length === 1 && stem === DOON && (prefix.length > 1 || prefix === 'ب' || tokens[first - 1]?.text === MIN)) continue;
      return { qualifier, start: head.start + prefix.length, end: tokens[end - 1]!.end };
    }
  }
  return undefined;
}

/** Whether a token may stand between a number and a trailing qualifier (its counted noun). */
export type SkippableWord = (index: number) => boolean;

/**
 * The qualifier after the number that ends before token `from`: directly, or after up to two
 * plain words such as the counted noun ("10 جنود على الأقل").
 */
export function qualifierAfter(tokens: readonly ScanToken[], from: number, skippable: SkippableWord): QualifierMatch | undefined {
  for (let at = from; at <= from + 2; at++) {
    if (at > from && !(isWord(tokens[at - 1]) && skippable(at - 1))) return undefined;
    const head = tokens[at];
    if (!isWord(head) || !FIRST_EDGES_AFTER.has(edgesOf(head.text))) continue;
    let phrase = '';
    let found: QualifierMatch | undefined;
    for (let length = 1; length <= MAX_WORDS; length++) {
      const token = tokens[at + length - 1];
      if (!isWord(token)) break;
      phrase = length === 1 ? token.text : `${phrase} ${token.text}`;
      const qualifier = AFTER.get(phrase);
      if (qualifier === undefined) continue;
      // "أو أكثر من 10" qualifies the next number, not this one.
      if (OR_MORE.has(phrase) && tokens[at + length]?.text === MIN) continue;
      found = { qualifier, start: tokens[at]!.start, end: token.end };
    }
    if (found !== undefined) return found;
  }
  return undefined;
}
