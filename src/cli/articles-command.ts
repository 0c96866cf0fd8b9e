import { InputError } from '../errors.ts';
import { isIsoDate } from '../text/calendar.ts';
import type { Command } from './command.ts';
import { stringOption } from './command.ts';
import { withArticleStore } from './open-store.ts';

/** The first words of a body, on one line. */
export function firstWords(body: string, count = 8): string {
  const words = body.replace(/\s+/gu, ' ').trim().split(' ');
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '');
}

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list the stored articles: id, date and basis, story cluster, outlet, first words',
  usage: 'mujaz articles [--date YYYY-MM-DD] [--json]',
  options: { date: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: {
    date: 'only the articles of this news day (YYYY-MM-DD)',
    json: 'one JSON object per article instead of text',
  },
  examples: ['mujaz articles --date 2026-02-05'],
  allowPositionals: false,
  async run(context, values) {
    const date = stringOption(values, 'date');
    if (date !== undefined && !isIsoDate(date)) throw new InputError(`--date '${date}' is not a day; write it as YYYY-MM-DD`);
    return withArticleStore(context, async (store) => {
      const articles = await store.listArticles(date ? { date } : {});
      if (values.json) {
        context.out(JSON.stringify(articles.map(({ body, ...rest }) => ({ ...rest, firstWords: firstWords(body) })), null, 2));
        return 0;
      }
      if (articles.length === 0) {
        context.out(date ? `no articles dated ${date}` : 'the store is empty; add articles with: mujaz ingest seeds');
        return 0;
      }
      for (const article of articles) {
        const day = article.publishedDate ?? 'undated   ';
        context.out(`${article.id}  ${day} ${article.dateBasis.padEnd(8)}  story ${article.clusterId}  ${article.outlet ?? '-'}  ${firstWords(article.title ?? article.body)}`);
        if (article.dateBasis !== 'stated' && article.dateEvidence) context.out(`    date: ${article.dateEvidence}`);
      }
      const stories = new Set(articles.map((article) => article.clusterId)).size;
      context.out(`${articles.length} articles in ${stories} stories`);
      return 0;
    }, 'read');
  },
};
