/**
 * A rendered output before it becomes text: headings, paragraphs, lists and tables of finished
 * sentences in one language. The Markdown and plain-text renderers only serialize this, so the
 * two outputs always say the same thing.
 */

/** Words of a paragraph that link to a web address (an outlet's name to its article). */
export type Link = { readonly text: string; readonly url: string };

/** One block of a rendered output. */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  /** `links` mark words of the text, in the order they appear; plain text shows the words alone. */
  | { readonly kind: 'paragraph'; readonly text: string; readonly links?: readonly Link[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** A run of a paragraph's text, linked or not. */
export type Segment = { readonly text: string; readonly url?: string };

/**
 * A paragraph cut into runs at its links, each link found after the one before it. Only http(s)
 * addresses link; characters that could end a link in any output (spaces, quotes, < > | `) are
 * percent-encoded, so an address from an article cannot break out of its link.
 */
export function segmentsOf(text: string, links: readonly Link[] = []): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const link of links) {
    if (!/^https?:\/\/[^\s]/iu.test(link.url) || link.text === '') continue;
    const at = text.indexOf(link.text, from);
    if (at < 0) continue;
    if (at > from) segments.push({ text: text.slice(from, at) });
    segments.push({ text: link.text, url: link.url.replace(/[\s"'<>|`\\]/gu, (c) => encodeURIComponent(c)) });
    from = at + link.text.length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}

/** Characters Markdown would read as syntax; article text may contain any of them. */
function escapeMarkdown(text: string): string {
  // An underscore inside a word (a file name) is never emphasis, so it is left as it is.
  return text
    .replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`)
    .replace(/_/g, (c, i: number, all: string) => (/\w/.test(all[i - 1] ?? '') && /\w/.test(all[i + 1] ?? '') ? c : `\\${c}`))
    .replace(/^([#+-]|\d+\.)(?=\s)/, '\\$1');
}

/** Serialize blocks as Markdown (CommonMark with GFM tables). */
export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(markdownOf).join('\n\n')}\n`;
}

function markdownOf(block: Block): string {
  switch (block.kind) {
    case 'title': return `# ${escapeMarkdown(block.text)}`;
    case 'heading': return `## ${escapeMarkdown(block.text)}`;
    case 'subheading': return `### ${escapeMarkdown(block.text)}`;
    case 'paragraph': return segmentsOf(block.text, block.links).map((run) => (run.url ? `[${escapeMarkdown(run.text)}](<${run.url}>)` : escapeMarkdown(run.text))).join('');
    case 'list': return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [row(block.header), `|${block.header.map(() => ' --- |').join('')}`, ...block.rows.map(row)].join('\n');
    }
  }
}

/** Serialize blocks as plain text: underlined headings, bulleted lists, tables as "label: values" lines. */
export function toPlainText(blocks: readonly Block[]): string {
  return `${blocks.map(plainTextOf).join('\n\n')}\n`;
}

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat(Math.max(3, [...text].length))}`;
}

function plainTextOf(block: Block): string {
  switch (block.kind) {
    case 'title': return underline(block.text, '=');
    case 'heading': return underline(block.text, '-');
    case 'subheading': return `${block.text}:`;
    case 'paragraph': return block.text;
    case 'list': return block.items.map((item) => `• ${item}`).join('\n');
    case 'table': return block.rows.map(([label = '', ...rest]) => `• ${label}: ${rest.filter((c) => c !== '').join(' — ')}`).join('\n');
  }
}
