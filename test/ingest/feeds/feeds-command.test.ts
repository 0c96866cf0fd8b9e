import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedsFile } from '../../../src/cli/feeds-command.ts';
import { runCli } from '../../../src/cli/main.ts';
import { makeTempDir } from '../../support/temp.ts';
import { cached, OFF_TOPIC, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

let newsroom: Newsroom;
const temp = makeTempDir();
let now = new Date('2026-02-06T07:00:00Z');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { environment: { MUJAZ_DB: join(temp.dir, 'mujaz.db') }, out: (line) => out.push(line), err: (line) => err.push(line), now: () => now, cwd: temp.dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  newsroom = await startNewsroom();
  newsroom.route('/talks.xml', cached(rss([
    { title: 'تقدم في محادثات أبوظبي', link: `${newsroom.base}/news/1?utm_source=rss`, content: seedBody(0), pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' },
    { title: 'الدوري المحلي', link: `${newsroom.base}/sport/1`, content: OFF_TOPIC },
  ], 'وكالة الاختبار'), 'application/rss+xml', '"t1"'));
  newsroom.route('/down.xml', (_request, response) => {
    response.statusCode = 503;
    response.end();
  });
});

afterAll(async () => {
  await newsroom.close();
  temp.cleanup();
});

describe('mujaz feeds', () => {
  it('reads a feeds file: URL, optional minutes, optional outlet', () => {
    expect(parseFeedsFile('# feeds\nhttps://a.test/rss 15 وكالة الأنباء\n\nhttps://b.test/atom\n')).toEqual([
      { url: 'https://a.test/rss', line: 2, intervalMinutes: 15, outlet: 'وكالة الأنباء' },
      { url: 'https://b.test/atom', line: 4 },
    ]);
  });

  it('adds feeds, refuses what is not a URL, and lists them', async () => {
    expect((await cli(['feeds', 'add', `${newsroom.base}/talks.xml`])).out).toMatch(/^added \w{10} {2}http:\/\/127\.0\.0\.1:\d+\/talks\.xml, every 10 min$/);
    writeFileSync(join(temp.dir, 'feeds.txt'), `${newsroom.base}/down.xml 5 مصدر معطل\n`);
    expect((await cli(['feeds', 'add', '--file', 'feeds.txt'])).code).toBe(0);
    const refused = await cli(['feeds', 'add', 'not a url']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/is not a URL/);
    const list = await cli(['feeds', 'list']);
    expect(list.out).toContain('/talks.xml, every 10 min\n    not polled yet');
    expect(list.out).toContain('/down.xml (مصدر معطل), every 5 min');
  });

  it('polls with --explain, storing the talks and refusing the off-topic item, and status talks shows them', async () => {
    const before = await cli(['status', 'talks', '--lang', 'en', '--format', 'text']);
    expect(before.out).not.toMatch(/Abu Dhabi/);
    const poll = await cli(['feeds', 'poll', '--explain']);
    expect(poll.code).toBe(0);
    expect(poll.out).toMatch(/stored +http:\/\/127\.0\.0\.1:\d+\/news\/1 → \w+/);
    expect(poll.out).toMatch(/principal party russia ×\d+ \+\d/);
    expect(poll.out).toMatch(/off topic http:\/\/127\.0\.0\.1:\d+\/sport\/1 .*: off topic: names none of ukraine, russia/);
    expect(poll.out).toMatch(/down\.xml: FAILED: HTTP 503/);
    expect(poll.out).toMatch(/1 stored, facts extracted from 1 articles/);
    const after = await cli(['status', 'talks', '--lang', 'en', '--format', 'text']);
    expect(after.out).toMatch(/Abu Dhabi/);
    const articles = await cli(['articles']);
    expect(articles.out).not.toContain('/sport/1');
  });

  it('shows failures and back-off in feeds list, and polls only what is due', async () => {
    const list = await cli(['feeds', 'list']);
    expect(list.out).toMatch(/talks\.xml.*\n {4}ok: 2 items: 1 stored, 0 duplicate, 1 off topic, 0 seen before, 0 refused at 2026-02-06T07:00:00.000Z; next poll 2026-02-06T07:10:00.000Z/);
    expect(list.out).toMatch(/down\.xml.*\n {4}failing ×1: HTTP 503 .*; backing off, next try 2026-02-06T07:10:00.000Z/);
    expect((await cli(['feeds', 'poll'])).out).toMatch(/no feed is due/);
    now = new Date('2026-02-06T07:10:00Z');
    const second = await cli(['feeds', 'poll']);
    expect(second.out).toMatch(/talks\.xml: unchanged \(304\)/);
    expect((await cli(['feeds', 'remove', `${newsroom.base}/down.xml`])).out).toMatch(/^removed /);
    expect((await cli(['feeds', 'list'])).out).not.toContain('down.xml');
  });
});
