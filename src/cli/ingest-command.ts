import type { IngestEvent } from '../ingest/ingest-files.ts';
import { InputError } from '../errors.ts';
import { withEngine } from './open-engine.ts';
import type { Command } from './command.ts';

function describe(event: IngestEvent): string {
  switch (event.kind) {
    case 'added': {
      const date = event.article.publishedDate ? `${event.article.publishedDate} (${event.article.dateBasis})` : 'undated';
      const story = event.nearDuplicateOf ? `, same story as ${event.nearDuplicateOf}` : '';
      const repairs = event.repairs.length ? ` [repaired: ${event.repairs.join(', ')}]` : '';
      return `added     ${event.source} → ${event.article.id}, ${date}${story}${repairs}`;
    }
    case 'duplicate':
      return `duplicate ${event.source} (already stored as ${event.article.id})`;
    case 'refused':
      return `refused   ${event.source}: ${event.reason}`;
    case 'dated':
      return `dated     ${event.source} → ${event.article.publishedDate} (inferred: ${event.article.dateEvidence})`;
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store articles from files and folders (.txt seed format, .json, .ndjson)',
  usage: 'mujaz ingest PATH… [--json]',
  options: { json: { type: 'boolean' } },
  optionHelp: {
    json: 'one JSON line per article: stored, duplicate or refused, with the reason',
  },
  examples: ['mujaz ingest seeds', 'mujaz ingest articles/ --json'],
  allowPositionals: true,
  async run(context, values, positionals) {
    if (positionals.length === 0) throw new InputError('give at least one file or folder, e.g. mujaz ingest seeds');
    return withEngine(context, async (engine) => {
      const summary = await engine.ingest(positionals, {
        maxArticleBytes: context.config.maxArticleBytes,
        now: context.now,
        ...(values.json ? {} : { onEvent: (event: IngestEvent) => context.out(describe(event)) }),
      });
      if (values.json) {
        context.out(JSON.stringify({ added: summary.added, duplicates: summary.duplicates, refused: summary.refused, nearDuplicates: summary.nearDuplicates, events: summary.events.map((e) => ('article' in e ? { kind: e.kind, source: e.source, id: e.article.id, date: e.article.publishedDate ?? null, basis: e.article.dateBasis } : e)) }, null, 2));
      } else {
        context.out(`${summary.added} added, ${summary.duplicates} duplicates, ${summary.refused} refused${summary.nearDuplicates ? ` (${summary.nearDuplicates} joined an existing story)` : ''}`);
      }
      return summary.refused > 0 && summary.added + summary.duplicates === 0 ? 1 : 0;
    });
  },
};
