import { join } from 'node:path';
import { ingestPaths } from '../ingest/ingest-files.ts';
import type { Command } from './command.ts';
import { withArticleStore } from './open-store.ts';
import { fileURLToPath } from 'node:url';

const seedsFolder = fileURLToPath(new URL('../../seeds/', import.meta.url));

export const startCommand: Command = {
  name: 'start',
  summary: 'the main job on the embedded default: ingest seeds/ (idempotent) and print the latest briefing',
  usage: 'mujaz start',
  options: {},
  allowPositionals: false,
  async run(context) {
    return withArticleStore(context, async (store) => {
      const summary = await ingestPaths(store, [join(seedsFolder)], { maxArticleBytes: context.config.maxArticleBytes, now: context.now });
      context.out(`seeds: ${summary.added} added, ${summary.duplicates} already stored, ${summary.refused} refused; store: ${context.config.databasePath}`);
      return 0;
    });
  },
};
