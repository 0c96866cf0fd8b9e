/** A stable string hash, for the story index (ingest/fingerprint.ts) and the extractor's version (extract/index.ts). */

/** FNV-1a, 32 bits: stable across processes and machines, which the stored index needs. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
