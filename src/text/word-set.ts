/**
 * A small set of folded words that turns most other words away by their first and last letters
 * before looking them up. Extractors test every word of a sentence against such lists, and a
 * lookup hashes the word: for a word sliced from the text a moment ago, that hash is the cost.
 */
export type WordSet = {
  has(word: string): boolean;
  readonly size: number;
  [Symbol.iterator](): Iterator<string>;
};

/**
 * Letters of a word as one number, to test a word against a Set of such numbers without hashing
 * the word: its first and last code units, or the two or three code units before `end`.
 */
export function edgesOf(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(word.length - 1);
}

export function lastTwo(word: string, end = word.length): number {
  return word.charCodeAt(end - 2) * 0x10000 + word.charCodeAt(end - 1);
}

export function lastThree(word: string, end = word.length): number {
  return word.charCodeAt(end - 3) * 0x100000000 + lastTwo(word, end);
}

/** A WordSet of `words`, taken as given (fold them first). */
export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  const edges = new Set<number>();
  for (const word of set) edges.add(edgesOf(word));
  return {
    has: (word) => word.length > 0 && edges.has(edgesOf(word)) && set.has(word),
    size: set.size,
    [Symbol.iterator]: () => set[Symbol.iterator](),
  };
}
