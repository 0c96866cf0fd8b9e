import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';
import { renderFiguresStatusText, renderTalksStatusMarkdown } from '../../src/render/index.ts';
import { briefingBlocks, createDigestBriefingComposer, isFullBriefing, renderBriefingText, textOptionsOf } from '../../src/engine/briefing-composer.ts';
import type { ArticleStore } from '../../src/store/article-store.ts';
import { createSqliteFactStore } from '../../src/store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { makeTempDir } from '../support/temp.ts';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
let engine: Engine;
let articles: ArticleStore;
let cleanup: () => void;

beforeAll(async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const db = openSqliteDatabase(join(temp.dir, 'mujaz.db'));
  articles = createSqliteArticleStore(db);
  const now = () => new Date('2026-02-06T06:00:00Z');
  engine = createEngine({ articles, facts: createSqliteFactStore(db), pack: russiaUkrainePack, now });
  await engine.ingest([seeds], { maxArticleBytes: 1 << 20, now });
});
afterAll(async () => {
  await articles.close();
  cleanup();
});

describe('the engine over the seeds', () => {
  it('states the talks as of 6 February in English: both Abu Dhabi rounds, delegations, the exchange, positions, the next round', async () => {
    const card = renderTalksStatusMarkdown(await engine.talksStatus('2026-02-06'), 'en');
    expect(card).toMatch(/Round 2 — Abu Dhabi, 4–5 February 2026 — trilateral/);
    expect(card).toMatch(/Round 1 — Abu Dhabi, 23–24 January 2026 — trilateral/);
    for (const name of ['Rustem Umerov', 'Igor Kostyukov', 'Steve Witkoff', 'Jared Kushner', 'Kirill Dmitriev']) expect(card).toContain(name);
    expect(card).toMatch(/Prisoner exchange \(Russia, Ukraine\): 157 for 157/);
    expect(card).toMatch(/Russia — [^\n]*demands: Ukrainian withdrawal from Donbas/);
    expect(card).toMatch(/Ukraine — [^\n]*proposes: Freezing the front line/);
    expect(card).toMatch(/New round of talks — in the coming weeks/);
  });

  it('states the same card in Arabic', async () => {
    const card = renderTalksStatusMarkdown(await engine.talksStatus('2026-02-06'), 'ar');
    expect(card).toContain('أبوظبي');
    expect(card).toContain('رستم أوميروف');
    expect(card).toContain('157 مقابل 157');
    expect(card).toMatch(/الأسابيع المقبلة/);
  });

  it('knows only round one as of 24 January', async () => {
    const status = await engine.talksStatus('2026-01-24');
    expect(status.latestRound?.number).toBe(1);
    expect(status.earlierRounds).toEqual([]);
    expect(status.outcomes.some((outcome) => outcome.type === 'prisoner_exchange')).toBe(false);
  });

  it("gives the General Staff's tally of 5 February with its stated 24-hour change", async () => {
    const text = renderFiguresStatusText(await engine.figuresStatus('2026-02-06'), 'en');
    expect(text).toMatch(/Personnel: 1,243,840 — \+770 \(stated\)/);
    expect(text).toMatch(/per the General Staff of the Armed Forces of Ukraine \(as of 5 February 2026\)/);
    expect(text).toMatch(/Tanks: 11,642/);
    expect(text).toMatch(/Drones: more than 125,000/);
    expect(text).toMatch(/Submarines: 2/);
  });

  it("builds a day's digest from that day's facts only", async () => {
    const digest = await engine.digest({ since: '2026-02-04', until: '2026-02-04' }, 'en');
    expect(digest.battlefield.tally).toBeUndefined();
    expect(digest.stories.map((story) => story.articles.length)).toEqual([1]);
  });
});

describe('a brief after an earlier one', () => {
  const subscription = {
    id: 's1', platform: 'console' as const, destination: { chatId: 'me' }, localTime: '07:30', timeZone: 'Asia/Dubai', language: 'en' as const,
    sections: 'all' as const, whenEmpty: 'notice' as const, createdBy: 'test', createdAt: '2026-01-01T00:00:00Z', state: 'active' as const,
    activeSince: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  };

  it("follows the subscription's own choice of detail over the deployment's, and gives the Arabic quotes only to an English one that asks", async () => {
    const asOf = new Date('2026-02-06T03:30:00Z');
    const request = (own: { language?: 'ar' | 'en'; detail?: 'brief' | 'full'; arabicQuotes?: boolean }) => ({ subscription: { ...subscription, ...own }, briefingDay: '2026-02-06', asOf, late: false });
    const byDefault = createDigestBriefingComposer(engine, { detail: 'full' });
    expect(isFullBriefing(await byDefault(request({})))).toBe(true);
    expect(isFullBriefing(await byDefault(request({ detail: 'brief' })))).toBe(false);
    expect(isFullBriefing(await createDigestBriefingComposer(engine)(request({ detail: 'full' })))).toBe(true);
    const quoted = renderBriefingText(await byDefault(request({ arabicQuotes: true })));
    expect(quoted).toMatch(/\(in Arabic\) «[\u0600-\u06ff]/u);
    expect(renderBriefingText(await byDefault(request({})))).not.toMatch(/[\u0600-\u06ff]/u);
    // An Arabic subscription shows the quotes anyway; the flag changes nothing there.
    expect(textOptionsOf(await byDefault(request({ language: 'ar', arabicQuotes: true })))).toEqual({});
  });

  it('gives every platform one set of blocks for a briefing: late notice, then nothing new, the brief naming the way to the full digest, or a plain text', async () => {
    const base = { lang: 'en' as const, sections: 'all' as const };
    expect(briefingBlocks({ ...base, late: true, nothingNew: true, content: null }, () => 'x')).toEqual([
      { kind: 'paragraph', text: '(late: this briefing could not be sent at its time)' },
      { kind: 'paragraph', text: 'No new developments since the last briefing.' },
    ]);
    expect(briefingBlocks({ ...base, late: false, nothingNew: false, content: 'first\n\nsecond' }, () => 'x')).toEqual([
      { kind: 'paragraph', text: 'first' }, { kind: 'paragraph', text: 'second' },
    ]);
    const briefing = await createDigestBriefingComposer(engine)({ subscription, briefingDay: '2026-02-06', asOf: new Date('2026-02-06T03:30:00Z'), late: false });
    const blocks = briefingBlocks(briefing, (digest) => `ask for ${digest.until}`);
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Full digest: ask for 2026-02-05' });
  });

  it('opens with what moved in the talks since the news day the earlier brief covered', async () => {
    const compose = createDigestBriefingComposer(engine);
    const after = await compose({ subscription, coveredUntil: '2026-02-04', briefingDay: '2026-02-06', asOf: new Date('2026-02-06T03:30:00Z'), late: false });
    const text = renderBriefingText(after);
    const lines = text.split('\n');
    const at = lines.indexOf('Since the last brief');
    expect(at).toBe(3);
    const moved = lines.slice(at + 3, lines.indexOf('The day in three lines')).filter((line) => line.startsWith('• '));
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThanOrEqual(3);
    expect(moved.join('\n')).toMatch(/Prisoner exchange \(Russia, Ukraine\): 157 for 157|Round 2 — Abu Dhabi|held \(was: under way\)/u);
    // What changed is not said again as an item.
    const items = lines.slice(lines.indexOf('What matters')).join('\n');
    for (const line of moved) expect(items).not.toContain(line.slice(2));
    // A first brief has nothing to compare with.
    const first = renderBriefingText(await compose({ subscription, briefingDay: '2026-02-06', asOf: new Date('2026-02-06T03:30:00Z'), late: false }));
    expect(first).not.toContain('Since the last brief');
  });
});
