import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';
import { createSqliteFactStore } from '../../src/store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { toyPack } from '../packs/toy/index.ts';
import { makeTempDir } from '../support/temp.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));

describe('one store, two packs', () => {
  it("keeps each pack's facts of the same articles apart, and neither makes the other read again", async () => {
    const { dir, cleanup } = makeTempDir();
    temps.push(cleanup);
    // Sentences written for this test: one article about each war.
    writeFileSync(join(dir, 'kyiv.txt'), 'date 2026-02-05\nوأعلنت هيئة الأركان العامة للقوات المسلحة الأوكرانية أن القوات دمرت منذ بداية الحرب 11642 دبابة روسية.\n');
    writeFileSync(join(dir, 'zandar.txt'), 'date 2026-02-05\nأعلنت هيئة أركان جيش زاندار أن قواتها دمرت منذ بداية الحرب 312 قاربا لجيش كوريم.\n');
    const db = openSqliteDatabase(join(dir, 'mujaz.db'));
    const articles = createSqliteArticleStore(db);
    temps.unshift(() => { void articles.close(); });
    const now = () => new Date('2026-02-06T08:00:00Z');
    const war = createEngine({ articles, facts: createSqliteFactStore(db), pack: russiaUkrainePack, now });
    const toy = createEngine({ articles, facts: createSqliteFactStore(db), pack: toyPack, now });
    await war.ingest([dir], { maxArticleBytes: 1 << 20, now });
    expect(await toy.refreshFacts()).toBe(2);

    const tanks = (await war.figuresStatus('2026-02-05')).tally?.rows.map((row) => [row.metric, row.claims[0]?.value]);
    const boats = (await toy.figuresStatus('2026-02-05')).tally?.rows.map((row) => [row.metric, row.claims[0]?.value]);
    expect(tanks).toEqual([['tanks', 11642]]);
    expect(boats).toEqual([['boats', 312]]);
    const perPack = db.prepare('SELECT pack, COUNT(*) AS n FROM article_extractions GROUP BY pack ORDER BY pack').all();
    expect(perPack).toEqual([{ pack: 'russia_ukraine', n: 2 }, { pack: 'zandar_korim', n: 2 }]);
    // Reading with one pack leaves the other's facts current.
    expect(await war.refreshFacts()).toBe(0);
    expect(await toy.refreshFacts()).toBe(0);
  });
});
