/** Markdown renderings of the digest, the talks status and the figures status (Arabic by default). */
import type { Digest, FiguresStatus, Lang, TalksStatus } from '../digest/types.ts';
import { briefBlocks, type BriefOptions } from './brief-blocks.ts';
import { digestBlocks } from './digest-blocks.ts';
import type { TextOptions } from './format.ts';
import { toMarkdown } from './document.ts';
import { figuresStatusBlocks, talksStatusBlocks } from './status-blocks.ts';

/** Render a digest as Markdown, in the digest's own language unless told otherwise. */
export function renderDigestMarkdown(digest: Digest, lang: Lang = digest.lang, options: TextOptions = {}): string {
  return toMarkdown(digestBlocks(digest, lang, options));
}

/** Render a digest's brief as Markdown (brief-blocks.ts). */
export function renderBriefMarkdown(digest: Digest, options: BriefOptions, lang: Lang = digest.lang): string {
  return toMarkdown(briefBlocks(digest, lang, options));
}

/** Render a talks status as Markdown. */
export function renderTalksStatusMarkdown(status: TalksStatus, lang: Lang = 'ar'): string {
  return toMarkdown(talksStatusBlocks(status, lang));
}

/** Render a figures status as Markdown. */
export function renderFiguresStatusMarkdown(status: FiguresStatus, lang: Lang = 'ar'): string {
  return toMarkdown(figuresStatusBlocks(status, lang));
}
