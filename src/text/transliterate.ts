/**
 * Arabic script in Latin letters, for a name the pack gives no English form of ("ألكسندر فومين" →
 * "Alksandr Fumin"), so an English line never carries Arabic letters.
 *
 * Written here because no maintained library does this usably: the npm `transliteration` package
 * (unidecode tables) gives "fwlwdymyr zylynsky" for فولوديمير زيلينسكي and "lslTt" for السلطات. The
 * scheme is one fixed table close to the press's (and ALA-LC's, without its diacritics): consonants
 * by the table, و and ي read as the vowels u and i between consonants and as w and y at a syllable's
 * start, the article as "al-", each word capitalised. Unwritten short vowels stay unwritten: the same
 * spelling always gives the same Latin, which is what a reader needs to match two mentions.
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '\'', 'غ': 'gh', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ء': '\'', 'ئ': '\'', 'ؤ': '\'',
  // Letters Arabic writes for sounds it lacks, in names from other languages.
  'پ': 'p', 'چ': 'ch', 'گ': 'g', 'ڤ': 'v', 'ژ': 'zh', 'ک': 'k',
};

/** Long vowels and their letters: ا and ى are a; the hamza seats give their vowel; ة ends in a. */
const VOWELS: Readonly<Record<string, string>> = { 'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ى': 'a', 'ة': 'a', 'ٱ': 'a' };

/** Short-vowel marks, when an article writes them. */
const MARKS: Readonly<Record<string, string>> = { '\u064E': 'a', '\u0650': 'i', '\u064F': 'u', '\u064B': 'an', '\u064D': 'in', '\u064C': 'un' };
const SHADDA = '\u0651';
const TATWEEL = '\u0640';

const DIGITS = '٠١٢٣٤٥٦٧٨٩';

function isArabicLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\u0621-\u064A\u066E-\u06D3]/u.test(ch);
}

/** Whether the letter at `i` stands for a consonant (or is the start of the word). */
function isConsonantAt(word: string, i: number): boolean {
  const ch = word[i];
  return ch !== undefined && CONSONANTS[ch] !== undefined;
}

/** The hamza seats that open a word on a vowel: after one, و and ي are that vowel long ("أوشاكوف" Ushakuf, "إيلينا" Ilina). */
const SEATS = new Set(['أ', 'إ', 'آ']);

/** و or ي: a consonant (w, y) at the start of a word, after a vowel letter or doubled; else the long vowel (u, i). */
function glide(word: string, i: number, vowel: string, consonant: string): string {
  const before = word[i - 1];
  if (i === 1 && before !== undefined && SEATS.has(before)) return vowel;
  // Doubled (ييف، وو): the second one is the consonant.
  if (i === 0 || before === undefined || VOWELS[before] !== undefined || before === word[i]) return consonant;
  // Before a long vowel letter it opens the syllable: "ديا" → dya, "توا" → twa.
  const after = word[i + 1];
  if (after !== undefined && VOWELS[after] !== undefined && after !== 'ة') return consonant;
  return vowel;
}

function letters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === TATWEEL || ch === '\u0652') continue;
    if (ch === SHADDA) {
      // The doubled consonant is the last one written, whether its short vowel came before the shadda or not.
      const at = out.search(/[^aiu]+[aiu]?$/u);
      if (at >= 0) {
        const consonant = /^[^aiu]+/u.exec(out.slice(at))![0];
        out = `${out.slice(0, at)}${consonant}${out.slice(at)}`;
      }
      continue;
    }
    const mark = MARKS[ch];
    if (mark !== undefined) {
      out += mark;
      continue;
    }
    const digit = DIGITS.indexOf(ch);
    if (digit >= 0) {
      out += String(digit);
      continue;
    }
    if (ch === 'و') out += glide(word, i, 'u', 'w');
    else if (ch === 'ي') out += glide(word, i, 'i', 'y');
    else if (SEATS.has(ch) && i === 0 && (word[1] === 'و' || word[1] === 'ي')) continue;
    else if (VOWELS[ch] !== undefined) out += ch === 'ا' && i > 0 && !isConsonantAt(word, i - 1) && word[i - 1] !== 'و' && word[i - 1] !== 'ي' ? '' : VOWELS[ch];
    else out += CONSONANTS[ch] ?? ch;
  }
  return out;
}

function capitalise(text: string): string {
  const at = text.search(/[a-z]/u);
  return at < 0 ? text : `${text.slice(0, at)}${text[at]!.toUpperCase()}${text.slice(at + 1)}`;
}

/** One word: the article as "al-", the rest by the table, capitalised. */
function transliterateWord(word: string): string {
  if (!isArabicLetter(word[0])) return letters(word);
  if (word.startsWith('ال') && word.length > 3) return `al-${capitalise(letters(word.slice(2)))}`;
  return capitalise(letters(word));
}

/** Arabic script in Latin letters (one deterministic table); text in other scripts passes through unchanged. */
export function transliterateArabic(text: string): string {
  return text
    .replace(/[\u0621-\u0655\u066E-\u06D3\u0660-\u0669\u0640]+/gu, (word) => transliterateWord(word))
    .replace(/،/gu, ',')
    .replace(/؛/gu, ';')
    .replace(/؟/gu, '?');
}
