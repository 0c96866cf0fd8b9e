import { fileURLToPath } from 'node:url';
import { renderBriefText, renderTalksStatusText } from '../render/index.ts';
import type { Command } from './command.ts';
import { langOption } from './read-options.ts';
import { withEngine } from './open-engine.ts';
import { cliFullDigest } from '../engine/briefing-composer.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsFolder = `${projectRoot}seeds`;

export const startCommand: Command = {
  name: 'start',
  summary: 'the main job on the embedded default: ingest seeds/ (idempotent), print the latest brief and the talks status',
  usage: 'mujaz start [--lang ar|en]',
  options: { lang: { type: 'string' } },
  optionHelp: {
    lang: 'ar or en: the language of the brief and the status (default ar)',
  },
  examples: ['npm start', 'npx mujaz start --lang en'],
  allowPositionals: false,
  async run(context, values) {
    const lang = langOption(values);
    return withEngine(context, async (engine) => {
      const summary = await engine.ingest([seedsFolder], { maxArticleBytes: context.config.maxArticleBytes, now: context.now, baseDir: projectRoot });
      context.out(`seeds: ${summary.added} added, ${summary.duplicates} already stored, ${summary.refused} refused — store ${context.config.databasePath}`);
      const latest = (await engine.newsDays())[0];
      if (!latest) {
        context.out('no dated news in the store');
        return 0;
      }
      context.out('');
      context.out(renderBriefText(await engine.digest({ since: latest, until: latest }, lang), { fullDigest: cliFullDigest({ since: latest, until: latest }, 'npx mujaz') }, lang));
      context.out('');
      context.out(renderTalksStatusText(await engine.talksStatus(latest), lang));
      context.out('');
      context.out('To deliver briefings, set TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN (+ SLACK_SIGNING_SECRET) and run: npx mujaz serve — see docs/briefings.md.');
      return 0;
    });
  },
};
