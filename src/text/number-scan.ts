/**
 * A single linear pass that cuts folded text into the words, digit runs and punctuation the
 * number reader works on. It lives here, not in tokens.ts, because digit runs need number rules:
 * "1,243,840" is one token while "5،6" is two.
 */
import { CARDINAL_WORDS } from './number-lexicon.ts';

/** A number written in digits, kept as digit strings so "1.5 مليون" scales without float drift. */
export type DigitNumber = { readonly value: number; readonly intDigits: string; readonly fracDigits: string };

/** One token of folded text; offsets index the normalized text. */
export type ScanToken = {
  readonly kind: 'word' | 'num' | 'punct';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly digits?: DigitNumber;
};

const ARABIC_COMMA = 0x060c;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d5) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === ARABIC_COMMA;
}

/** Cut folded text into tokens; spaces separate, line breaks become punctuation so no chain crosses them. */
export function scanTokens(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0d) { i++; continue; }
    if (isDigit(code)) { i = scanDigitRun(text, i, tokens); continue; }
    if (isLetter(code)) {
      let j = i + 1;
      while (j < length && isLetter(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'word', start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', start: i, end: i + 1, text: text[i]! });
    i++;
  }
  return tokens;
}

type Part = { readonly start: number; readonly end: number };

/** Digits joined by . , ، with a digit on both sides; returns the index after the run. */
function scanDigitRun(text: string, from: number, tokens: ScanToken[]): number {
  const parts: Part[] = [];
  const separators: number[] = [];
  let i = from;
  for (;;) {
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    parts.push({ start, end: i });
    const next = text.charCodeAt(i);
    if (!isSeparator(next) || !isDigit(text.charCodeAt(i + 1))) break;
    separators.push(next);
    i++;
  }
  const whole = readRun(text, parts, separators);
  if (whole !== undefined) {
    tokens.push({ kind: 'num', start: from, end: i, text: text.slice(from, i), digits: whole });
    return i;
  }
  // Not one number (a list "5،6", a date "2.5.2026"): each part stands alone, the separators break chains.
  parts.forEach((part, k) => {
    if (k > 0) tokens.push({ kind: 'punct', start: part.start - 1, end: part.start, text: text[part.start - 1]! });
    const digits = text.slice(part.start, part.end);
    tokens.push({ kind: 'num', start: part.start, end: part.end, text: digits, digits: integer(digits) });
  });
  return i;
}

function integer(digits: string): DigitNumber {
  return { value: Number(digits), intDigits: digits, fracDigits: '' };
}

function decimal(intDigits: string, fracDigits: string): DigitNumber {
  return { value: Number(`${intDigits}.${fracDigits}`), intDigits, fracDigits };
}

/** Grouping is valid when the first group has 1–3 digits and every later one exactly 3. */
function isGrouped(parts: readonly Part[], separators: readonly number[], count: number): boolean {
  const first = parts[0]!;
  const mark = separators[0];
  if (first.end - first.start > 3) return false;
  for (let k = 1; k < count; k++) {
    const part = parts[k]!;
    if (separators[k - 1] !== mark || part.end - part.start !== 3) return false;
  }
  return true;
}

function digitsOf(text: string, parts: readonly Part[], count: number): string {
  let out = '';
  for (let k = 0; k < count; k++) out += text.slice(parts[k]!.start, parts[k]!.end);
  return out;
}

function readRun(text: string, parts: readonly Part[], separators: readonly number[]): DigitNumber | undefined {
  const count = parts.length;
  if (count === 1) return integer(digitsOf(text, parts, 1));
  if (isGrouped(parts, separators, count)) return integer(digitsOf(text, parts, count));
  const last = parts[count - 1]!;
  const lastMark = separators[count - 2];
  const fraction = text.slice(last.start, last.end);
  // "3.5", "10.30", "1,243.5": a final point after a valid (or absent) comma grouping is decimal.
  if (lastMark === 0x2e && (count === 2 || (separators[0] !== 0x2e && isGrouped(parts, separators, count - 1)))) {
    return decimal(digitsOf(text, parts, count - 1), fraction);
  }
  // "3,5 مليار": some outlets write the decimal with a comma; only trust it right before a scale word.
  if (count === 2 && lastMark === 0x2c && fraction.length !== 3 && isScaleWordAt(text, last.end)) {
    return decimal(digitsOf(text, parts, 1), fraction);
  }
  return undefined;
}

function isScaleWordAt(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j > i && CARDINAL_WORDS.get(text.slice(i, j))?.kind === 'scale';
}
