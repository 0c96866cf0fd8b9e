import { createHash } from 'node:crypto';
import { hash32 } from '../text/hash.ts';
import { foldArabic } from '../text/normalize.ts';

/**
 * Near-duplicate detection by sampled word shingles (Broder's mod-m sampling).
 *
 * Two outlets running the same agency copy share long passages but each adds its own paragraphs,
 * so the measure is containment (shared / smaller), not Jaccard: on the seeds the AFP copy and
 * the outlet that reused it share 9% of 5-word shingles; unrelated reports on the same talks
 * share under 1%. Keeping only shingles whose hash is 0 mod 4 gives an unbiased estimate of that
 * containment from an index a quarter the size.
 */
export const SHINGLE_WORDS = 5;
export const SAMPLE_MODULUS = 4;
/** Containment above which two articles tell the same story. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.04;
/** Sampled shingles that must be shared, so that two short texts cannot match by chance. */
export const MIN_SHARED_SHINGLES = 4;

const CLITIC = /^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=\p{L}{3})/u;

/** The words of a text folded for matching, each without a leading conjunction or article. */
export function fingerprintWords(text: string): string[] {
  return foldArabic(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.replace(CLITIC, ''));
}


/** The sampled shingle hashes of a text, distinct and sorted. */
export function fingerprintOf(text: string): number[] {
  const words = fingerprintWords(text);
  const sampled = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const hash = hash32(words.slice(i, i + SHINGLE_WORDS).join(' '));
    if (hash % SAMPLE_MODULUS === 0) sampled.add(hash);
  }
  return [...sampled].sort((a, b) => a - b);
}

/** Estimated containment of the smaller fingerprint in the larger. */
export function containment(shared: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  return smaller === 0 ? 0 : shared / smaller;
}

/** Whether two fingerprints sharing `shared` samples are the same story. */
export function isNearDuplicate(shared: number, sizeA: number, sizeB: number): boolean {
  return shared >= MIN_SHARED_SHINGLES && containment(shared, sizeA, sizeB) >= NEAR_DUPLICATE_CONTAINMENT;
}

/**
 * The stable id of an article: a content hash of its body with whitespace collapsed, so the same
 * text ingested twice (or with CRLF line ends) is one article.
 */
export function articleIdOf(body: string): string {
  const canonical = body.replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16);
}
