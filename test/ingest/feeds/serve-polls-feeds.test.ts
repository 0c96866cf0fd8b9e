import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.ts';
import { runCli } from '../../../src/cli/main.ts';
import { createServeCommand } from '../../../src/cli/serve-command.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../../src/store/sqlite/sqlite-store.ts';
import { makeTempDir } from '../../support/temp.ts';
import { cached, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

let newsroom: Newsroom;
const temp = makeTempDir();
const environment = { MUJAZ_DB: join(temp.dir, 'mujaz.db'), PORT: '0', MUJAZ_HOST: '127.0.0.1', MUJAZ_LOG_LEVEL: 'silent' };
const now = () => new Date('2026-02-06T07:00:00Z');

beforeAll(async () => {
  newsroom = await startNewsroom();
  newsroom.route('/talks.xml', cached(rss([
    { title: 'تقدم في محادثات أبوظبي', link: `${newsroom.base}/news/1`, content: seedBody(0), pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' },
  ], 'وكالة الاختبار'), 'application/rss+xml', '"t1"'));
});
afterAll(async () => {
  await newsroom.close();
  temp.cleanup();
});

async function storedArticles(): Promise<number> {
  const store = createSqliteArticleStore(openSqliteDatabase(environment.MUJAZ_DB));
  try {
    return await store.countArticles();
  } finally {
    await store.close();
  }
}

describe('mujaz serve', () => {
  it('polls the configured feeds, so status talks includes what they brought', async () => {
    const quiet = { environment, out: () => {}, err: () => {}, now, cwd: temp.dir };
    expect(await runCli(['feeds', 'add', `${newsroom.base}/talks.xml`], quiet)).toBe(0);
    const serve = createServeCommand({
      untilShutdown: async () => {
        for (let tries = 0; tries < 100 && (await storedArticles()) === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      },
    });
    await serve.run({ config: loadConfig(environment), out: () => {}, err: () => {}, now, cwd: temp.dir }, {}, []);
    expect(await storedArticles()).toBe(1);
    const out: string[] = [];
    await runCli(['status', 'talks', '--as-of', '2026-02-06', '--lang', 'en', '--format', 'text'], { ...quiet, out: (line) => out.push(line) });
    expect(out.join('\n')).toMatch(/Abu Dhabi/);
  });
});
