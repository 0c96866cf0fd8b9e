/** The renderers: digest model → Markdown | plain text, in Arabic or English (pure). */
export { renderBriefMarkdown, renderDigestMarkdown, renderFiguresStatusMarkdown, renderTalksStatusMarkdown } from './markdown.ts';
export { renderBriefText, renderDigestText, renderFiguresStatusText, renderTalksStatusText } from './plain-text.ts';
export { briefBlocks, BRIEF_LINE_LENGTH, BRIEF_MAX_ITEMS, BRIEF_MAX_LENGTH, type BriefOptions } from './brief-blocks.ts';
export { countReports, formatNumber, type TextOptions } from './format.ts';
