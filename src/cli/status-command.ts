import { InputError } from '../errors.ts';
import { renderFiguresStatusMarkdown, renderFiguresStatusText, renderTalksStatusMarkdown, renderTalksStatusText } from '../render/index.ts';
import type { Command } from './command.ts';
import { asOfOption, formatOption, langOption } from './read-options.ts';
import { withEngine } from './open-engine.ts';

export const statusCommand: Command = {
  name: 'status',
  summary: 'where the talks stand, or the latest General Staff tally, as of a moment',
  usage: 'mujaz status talks|figures [--as-of YYYY-MM-DD] [--lang ar|en] [--format md|text] [--json]',
  options: { 'as-of': { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: {
    'as-of': 'the day to read the status as of (YYYY-MM-DD; default today)',
    lang: 'ar or en (default ar)',
    format: 'md (default) or text',
    json: 'the status model as JSON',
  },
  examples: ['mujaz status talks --lang en', 'mujaz status figures --as-of 2026-02-06 --json'],
  allowPositionals: true,
  async run(context, values, positionals) {
    const [topic, ...extra] = positionals;
    if ((topic !== 'talks' && topic !== 'figures') || extra.length > 0) throw new InputError(`say which status: mujaz status talks, or mujaz status figures${topic ? ` (not '${positionals.join(' ')}')` : ''}`);
    const lang = langOption(values);
    // --json as every command spells it; --format json reads the same.
    const chosen = formatOption(values, ['md', 'text', 'json'] as const, 'md');
    const json = values.json === true || chosen === 'json';
    const format = chosen;
    const asOf = asOfOption(values, context.now().toISOString().slice(0, 10));
    return withEngine(context, async (engine) => {
      if (topic === 'talks') {
        const status = await engine.talksStatus(asOf);
        context.out(json ? JSON.stringify(status, null, 2) : format === 'text' ? renderTalksStatusText(status, lang) : renderTalksStatusMarkdown(status, lang));
      } else {
        const status = await engine.figuresStatus(asOf);
        context.out(json ? JSON.stringify(status, null, 2) : format === 'text' ? renderFiguresStatusText(status, lang) : renderFiguresStatusMarkdown(status, lang));
      }
      return 0;
    }, 'read');
  },
};
