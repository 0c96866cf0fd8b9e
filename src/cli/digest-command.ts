import { renderBriefMarkdown, renderBriefText, renderDigestMarkdown, renderDigestText } from '../render/index.ts';
import type { Command } from './command.ts';
import { stringOption } from './command.ts';
import { dayOption, formatOption, langOption } from './read-options.ts';
import { withEngine } from './open-engine.ts';
import { cliFullDigest } from '../engine/briefing-composer.ts';
import { InputError } from '../errors.ts';

export const digestCommand: Command = {
  name: 'digest',
  summary: "the brief of one news day (default: the latest) or a span of days (--since alone runs to the latest); --full for the whole digest",
  usage: 'mujaz digest [--date YYYY-MM-DD | --since D --until D] [--full] [--lang ar|en] [--arabic-quotes] [--format md|text] [--json]',
  options: {
    date: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' }, full: { type: 'boolean' },
    'arabic-quotes': { type: 'boolean' },
  },
  optionHelp: {
    date: 'one news day (YYYY-MM-DD; default the latest)',
    since: 'the first day of a span (alone: to the latest news day)',
    until: 'the last day of a span (alone: the latest news day on or before it)',
    lang: 'ar or en (default ar)',
    format: 'md (default) or text',
    json: 'the digest model as JSON',
    full: 'the full digest, every fact with its sources, instead of the brief',
    'arabic-quotes': 'in English, add the Arabic words of each quote',
  },
  examples: ['mujaz digest --lang en', 'mujaz digest --date 2026-02-05 --lang en --full', 'mujaz digest --since 2026-02-01 --until 2026-02-05 --json'],
  allowPositionals: false,
  async run(context, values) {
    const lang = langOption(values);
    // --json, as every command spells it; --format json is the older spelling, still read.
    const chosen = formatOption(values, ['md', 'text', 'json'] as const, 'md');
    const format = values.json === true ? 'json' : chosen;
    const date = dayOption(stringOption(values, 'date'), '--date');
    const since = dayOption(stringOption(values, 'since'), '--since');
    const until = dayOption(stringOption(values, 'until'), '--until');
    const text = values['arabic-quotes'] === true ? { arabicQuotes: true } : {};
    // One day or a span, never both, and a span runs forward.
    if (date !== undefined && (since !== undefined || until !== undefined)) {
      throw new InputError('--date is one day: give either --date D, or --since D [--until D] for a span, not both');
    }
    if (since !== undefined && until !== undefined && since > until) throw new InputError(`--since ${since} is after --until ${until}: a span runs forward`);
    return withEngine(context, async (engine) => {
      const days = await engine.newsDays();
      const latest = days[0];
      // --since alone runs to the latest news day; --until alone is the latest news day on or before it.
      const window = date ? { since: date, until: date }
        : since !== undefined ? { since, until: until ?? (latest !== undefined && latest > since ? latest : since) }
          : until !== undefined ? { since: days.find((day) => day <= until) ?? until, until: days.find((day) => day <= until) ?? until }
            : { since: latest, until: latest };
      if (!window.since || !window.until) {
        context.out(lang === 'ar' ? 'لا أخبار مؤرخة في المخزن بعد؛ أضف مقالات بالأمر: mujaz ingest seeds' : 'no dated news in the store yet; add articles with: mujaz ingest seeds');
        return 0;
      }
      const digest = await engine.digest({ since: window.since, until: window.until }, lang);
      if (format === 'json') context.out(JSON.stringify(digest, null, 2));
      // English shows the articles' Arabic words (quotes, outcome wording, titles) only when asked.
      else if (values.full === true) context.out(format === 'text' ? renderDigestText(digest, lang, text) : renderDigestMarkdown(digest, lang, text));
      else {
        const options = { fullDigest: cliFullDigest({ since: window.since, until: window.until }), ...text };
        context.out(format === 'text' ? renderBriefText(digest, options, lang) : renderBriefMarkdown(digest, options, lang));
      }
      return 0;
    }, 'read');
  },
};
