/**
 * A rendered output before it becomes text: headings, paragraphs, lists and tables of finished
 * sentences in one language. The Markdown and plain-text renderers only serialize this, so the
 * two outputs always say the same thing.
 */

/** One block of a rendered output. */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

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
  const out = blocks.map((block) => {
    switch (block.kind) {
      case 'title': return `# ${escapeMarkdown(block.text)}`;
      case 'heading': return `## ${escapeMarkdown(block.text)}`;
      case 'subheading': return `### ${escapeMarkdown(block.text)}`;
      case 'paragraph': return escapeMarkdown(block.text);
      case 'list': return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
      case 'table': {
        const row = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
        return [row(block.header), `|${block.header.map(() => ' --- |').join('')}`, ...block.rows.map(row)].join('\n');
      }
    }
  });
  return `${out.join('\n\n')}\n`;
}

/** Serialize blocks as plain text: underlined headings, bulleted lists, tables as "label: values" lines. */
export function toPlainText(blocks: readonly Block[]): string {
  const underline = (text: string, char: string): string => `${text}\n${char.repeat(Math.max(3, [...text].length))}`;
  const out = blocks.map((block) => {
    switch (block.kind) {
      case 'title': return underline(block.text, '=');
      case 'heading': return underline(block.text, '-');
      case 'subheading': return `${block.text}:`;
      case 'paragraph': return block.text;
      case 'list': return block.items.map((item) => `• ${item}`).join('\n');
      case 'table': return block.rows.map(([label = '', ...rest]) => `• ${label}: ${rest.filter((c) => c !== '').join(' — ')}`).join('\n');
    }
  });
  return `${out.join('\n\n')}\n`;
}
