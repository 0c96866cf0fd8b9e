import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-files.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { makeTempDir } from '../support/temp.ts';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));

function tempStore() {
  const { dir, cleanup } = makeTempDir();
  temps.push(cleanup);
  return { dir, store: createSqliteArticleStore(openSqliteDatabase(join(dir, 'mujaz.db'))) };
}
const options = { maxArticleBytes: 64 * 1024, now: () => new Date('2026-02-06T08:00:00Z') };

describe('ingesting the seeds', () => {
  it('stores five articles with the dates their content supports, the agency pair in one story', async () => {
    const { store } = tempStore();
    const summary = await ingestPaths(store, [seeds], options);
    expect(summary).toMatchObject({ added: 5, duplicates: 0, refused: 0 });
    const byId = new Map((await store.listArticles()).map((article) => [article.source.replace(/^.*\//u, ''), article]));
    expect(byId.get('000_908d46d436d07b3b.txt')).toMatchObject({ publishedDate: '2026-02-05', dateBasis: 'stated' });
    expect(byId.get('001_43e95fa589c62df9.txt')).toMatchObject({ publishedDate: '2026-02-04', dateBasis: 'stated' });
    expect(byId.get('003_a63a7b9a017dd040.txt')).toMatchObject({ publishedDate: '2026-02-05', dateBasis: 'stated' });
    // Undated: the outlet's rewrite of the AFP copy (Thursday, day two in Abu Dhabi) …
    const rewrite = byId.get('002_d557eae347f50618.txt')!;
    expect(rewrite).toMatchObject({ publishedDate: '2026-02-05', dateBasis: 'inferred' });
    expect(rewrite.clusterId).toBe(byId.get('000_908d46d436d07b3b.txt')!.clusterId);
    expect(rewrite.dateEvidence).toMatch(/same story/);
    // … and the Putin–Witkoff report: "Friday", trilateral meeting "today in Abu Dhabi" = round one, 23 January.
    const kremlin = byId.get('004_2ef2546d93cc802a.txt')!;
    expect(kremlin).toMatchObject({ publishedDate: '2026-01-23', dateBasis: 'inferred' });
    expect(kremlin.dateEvidence).toMatch(/الجمعة/);
    expect(new Set([...byId.values()].map((article) => article.clusterId)).size).toBe(4);
  });

  it('adds nothing the second time', async () => {
    const { store } = tempStore();
    await ingestPaths(store, [seeds], options);
    const again = await ingestPaths(store, [seeds], options);
    expect(again).toMatchObject({ added: 0, duplicates: 5, refused: 0 });
    expect(await store.countArticles()).toBe(5);
  });

  it('dates an undated article when its evidence arrives in a later ingestion', async () => {
    const { dir, store } = tempStore();
    mkdirSync(join(dir, 'first'));
    mkdirSync(join(dir, 'later'));
    cpSync(join(seeds, '004_2ef2546d93cc802a.txt'), join(dir, 'first', 'kremlin.txt'));
    await ingestPaths(store, [join(dir, 'first')], options);
    expect((await store.listArticles())[0]).toMatchObject({ dateBasis: 'unknown' });
    expect((await store.listArticles())[0]?.publishedDate).toBeUndefined();
    cpSync(join(seeds, '001_43e95fa589c62df9.txt'), join(dir, 'later', 'round-two.txt'));
    const later = await ingestPaths(store, [join(dir, 'later')], options);
    expect(later.events.some((event) => event.kind === 'dated' && event.article.publishedDate === '2026-01-23')).toBe(true);
  });
});

describe('ingesting a folder of malformed files', () => {
  it('refuses a date line after today, which would become every digest\'s latest day, and keeps tomorrow\'s (it is already tomorrow east of UTC)', async () => {
    const { dir, store } = tempStore();
    writeFileSync(join(dir, 'far.txt'), 'date 9999-12-31 خبر بتاريخ لم يأت بعد عن المحادثات.');
    writeFileSync(join(dir, 'tomorrow.txt'), 'date 2026-02-07 خبر نشر في الشرق حيث بدأ يوم جديد.');
    const summary = await ingestPaths(store, [join(dir, 'far.txt'), join(dir, 'tomorrow.txt')], options);
    expect(summary.events.filter((event) => event.kind === 'refused').map((event) => ('reason' in event ? event.reason : ''))).toEqual([
      'is dated 9999-12-31, after today (2026-02-06): an article cannot be written in the future; fix its date line',
    ]);
    expect(await store.listNewsDays()).toEqual(['2026-02-07']);
  });

  it('refuses each bad file with a reason naming it and stores every good one', async () => {
    const { dir, store } = tempStore();
    const folder = join(dir, 'inbox');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    const good = 'date 2026-02-05 أعلنت هيئة الأركان الأوكرانية تدمير 12 دبابة روسية خلال اليوم الماضي.';
    writeFileSync(join(folder, 'a-good.txt'), good);
    writeFileSync(join(folder, 'b-empty.txt'), '');
    writeFileSync(join(folder, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(folder, 'd-latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    writeFileSync(join(folder, 'e-bom-crlf.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('قال الكرملين إن المحادثات مفيدة.\r\nوأضاف أن الوفود ستلتقي.\r\n')]));
    writeFileSync(join(folder, 'f-page.html'), '<html><body><nav>قائمة</nav><p>أطلقت روسيا 40 طائرة مسيرة على كييف ليلا.</p><p>وأسقطت الدفاعات 35 منها.</p></body></html>');
    writeFileSync(join(folder, 'g-huge.txt'), 'ا'.repeat(70 * 1024));
    writeFileSync(join(folder, 'h-records.ndjson'), [JSON.stringify({ body: 'خبر أول من ملف السجلات.', published: '2026-02-04' }), JSON.stringify({ title: 'بلا نص' })].join('\n'));
    writeFileSync(join(folder, 'nested', 'i-bad-date.txt'), 'date 2026-02-31 نص');
    writeFileSync(join(folder, 'j-windows-1256.txt'), Buffer.from([0xe3, 0xe6, 0xd3, 0xdf, 0xe6, 0x20, 0xe6, 0xdf, 0xed, 0xed, 0xdd]));

    const summary = await ingestPaths(store, [folder], options);
    const refused = summary.events.filter((event) => event.kind === 'refused').map((event) => `${event.source.replace(/^.*inbox\//u, '')}: ${'reason' in event ? event.reason : ''}`);
    expect(refused).toEqual([
      expect.stringMatching(/^b-empty\.txt: is empty/),
      expect.stringMatching(/^c-binary\.txt: is binary data/),
      expect.stringMatching(/^d-latin1\.txt: is not valid UTF-8 \(bad byte at offset 3\)/),
      expect.stringMatching(/^g-huge\.txt: is 140 KiB, over the 64 KiB article limit/),
      expect.stringMatching(/^h-records\.ndjson:2: record refused: "body" is missing/),
      expect.stringMatching(/^nested\/i-bad-date\.txt: has a date line '2026-02-31' that is not a calendar day/),
    ]);
    expect(summary).toMatchObject({ added: 5, refused: 6 });
    const bodies = (await store.listArticles()).map((article) => article.body).sort();
    expect(bodies).toEqual([
      'أطلقت روسيا 40 طائرة مسيرة على كييف ليلا.\n\nوأسقطت الدفاعات 35 منها.',
      'أعلنت هيئة الأركان الأوكرانية تدمير 12 دبابة روسية خلال اليوم الماضي.',
      'خبر أول من ملف السجلات.',
      'قال الكرملين إن المحادثات مفيدة.\nوأضاف أن الوفود ستلتقي.',
      'موسكو وكييف',
    ]);
  });
});
