import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import type { RoundFact } from '../../src/extract/facts.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';
import { createSqliteFactStore } from '../../src/store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { makeTempDir } from '../support/temp.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));

describe('an undated article ingested', () => {
  it('is read within the years from the pack\'s first day to the day it reached us', async () => {
    const { dir, cleanup } = makeTempDir();
    temps.push(cleanup);
    const file = join(dir, 'undated.txt');
    writeFileSync(file, 'انتهت جلسة المفاوضات بين الوفدين الروسي والأوكراني يوم الثلاثاء 29 مارس في إسطنبول.\n');
    const db = openSqliteDatabase(join(dir, 'mujaz.db'));
    const articles = createSqliteArticleStore(db);
    const now = () => new Date('2026-12-07T08:00:00Z');
    const engine = createEngine({ articles, facts: createSqliteFactStore(db), pack: russiaUkrainePack, now });
    await engine.ingest([file], { maxArticleBytes: 1 << 20, now });
    const rounds = (db.prepare("SELECT fact FROM article_facts WHERE kind = 'round'").all() as { fact: string }[]).map((row) => JSON.parse(row.fact) as RoundFact);
    await articles.close();
    expect(rounds).toEqual([expect.objectContaining({ venue: 'istanbul', startDate: '2022-03-29' })]);
  });
});
