/** The renderers: digest model → Markdown | plain text, in Arabic or English (pure). */
export { renderDigestMarkdown, renderFiguresStatusMarkdown, renderTalksStatusMarkdown } from './markdown.ts';
export { renderDigestText, renderFiguresStatusText, renderTalksStatusText } from './plain-text.ts';
export { countReports, formatNumber } from './format.ts';
