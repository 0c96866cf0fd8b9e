/** The digest: facts → daily digest model, talks status, figures status (pure). */
export { buildDigest, figuresStatus, talksStatus, type DigestOptions } from './build-digest.ts';
export { createNameIndex, type NameIndex } from './names.ts';
export type * from './types.ts';
