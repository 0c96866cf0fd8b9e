/** Plain-text renderings (for SMS-like channels and logs) of the digest, the talks status and the figures status. */
import type { Digest, FiguresStatus, Lang, TalksStatus } from '../digest/types.ts';
import { briefBlocks, type BriefOptions } from './brief-blocks.ts';
import { digestBlocks } from './digest-blocks.ts';
import type { TextOptions } from './format.ts';
import { toPlainText } from './document.ts';
import { figuresStatusBlocks, talksStatusBlocks } from './status-blocks.ts';

/** Render a digest as plain text, in the digest's own language unless told otherwise. */
export function renderDigestText(digest: Digest, lang: Lang = digest.lang, options: TextOptions = {}): string {
  return toPlainText(digestBlocks(digest, lang, options));
}

/** Render a digest's brief as plain text (brief-blocks.ts). */
export function renderBriefText(digest: Digest, options: BriefOptions, lang: Lang = digest.lang): string {
  return toPlainText(briefBlocks(digest, lang, options));
}

/** Render a talks status as plain text. */
export function renderTalksStatusText(status: TalksStatus, lang: Lang = 'ar'): string {
  return toPlainText(talksStatusBlocks(status, lang));
}

/** Render a figures status as plain text. */
export function renderFiguresStatusText(status: FiguresStatus, lang: Lang = 'ar'): string {
  return toPlainText(figuresStatusBlocks(status, lang));
}
