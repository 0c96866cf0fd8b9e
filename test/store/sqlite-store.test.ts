import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteArticleStore, openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { toDraft, chooseStoryCluster } from '../../src/ingest/ingest-files.ts';
import { StoreError } from '../../src/errors.ts';
import { migrations } from '../../src/store/sqlite/migrations.ts';
import { makeTempDir } from '../support/temp.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));

function openTempStore() {
  const { dir, cleanup } = makeTempDir();
  temps.push(cleanup);
  const path = join(dir, 'nested', 'mujaz.db');
  return { path, store: createSqliteArticleStore(openSqliteDatabase(path)) };
}

const AT = '2026-02-05T10:00:00.000Z';
const draftOf = (body: string, publishedDate?: string) => toDraft({ source: 'test', body, repairs: [], ...(publishedDate ? { publishedDate } : {}) });
const insert = (store: ReturnType<typeof openTempStore>['store'], body: string, date?: string) => {
  const draft = draftOf(body, date);
  return store.insertArticle(draft, AT, chooseStoryCluster(draft.fingerprint.length));
};

describe('the SQLite article store', () => {
  it('creates its file (and folder) and records the applied migrations', async () => {
    const { path, store } = openTempStore();
    await store.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    db.close();
    expect(versions.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
    expect(versions.slice(0, 2).map((row) => row.version)).toEqual([1, 2]);
  });

  it('files the facts of a store made before packs were told apart under the one pack there was', () => {
    const { dir, cleanup } = makeTempDir();
    temps.push(cleanup);
    const path = join(dir, 'before-10.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of migrations.filter((m) => m.version <= 9)) {
      for (const statement of migration.statements) old.exec(statement);
      old.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    old.prepare("INSERT INTO articles (id, source, body, language, published_date, date_basis, ingested_at, cluster_id, fingerprint_size) VALUES ('a1', 's', 'نص', 'ar', '2026-02-05', 'stated', ?, 'a1', 0)").run(AT);
    old.prepare("INSERT INTO article_extractions (article_id, extractor_version, extracted_at) VALUES ('a1', 'v5', ?)").run(AT);
    old.prepare("INSERT INTO article_facts (article_id, seq, kind, metric, scope, fact, fact_date) VALUES ('a1', 0, 'figure', 'tanks', 'cumulative', '{}', '2026-02-05')").run();
    old.close();
    const db = openSqliteDatabase(path);
    expect(db.prepare('SELECT article_id, pack, extractor_version FROM article_extractions').all()).toEqual([{ article_id: 'a1', pack: 'russia_ukraine', extractor_version: 'v5' }]);
    expect(db.prepare('SELECT article_id, pack, seq, metric, fact_date FROM article_facts').all()).toEqual([{ article_id: 'a1', pack: 'russia_ukraine', seq: 0, metric: 'tanks', fact_date: '2026-02-05' }]);
    // The references to the article hold after the rebuild: deleting it deletes its facts.
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM article_facts').get()).toEqual({ n: 0 });
    db.close();
  });

  it('finds undated articles, and stated ones by ingestion time, through an index rather than a scan of the table', async () => {
    const { path, store } = openTempStore();
    await store.close();
    const db = new Database(path, { readonly: true });
    const planOf = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('unknown', AT, AT) as { detail: string }[]).map((row) => row.detail).join('; ');
    const undated = planOf("SELECT * FROM articles WHERE date_basis = ? AND ingested_at >= ? AND ingested_at <= ? ORDER BY published_date");
    db.close();
    expect(undated).toContain('USING INDEX articles_by_basis_ingested (date_basis=? AND ingested_at>? AND ingested_at<?)');
  });

  it('stores an article once, however often it is inserted', async () => {
    const { store } = openTempStore();
    const first = await insert(store, 'أعلنت موسكو عن تقدم في المحادثات.', '2026-02-05');
    const second = await insert(store, 'أعلنت موسكو عن تقدم في المحادثات.', '2026-02-05');
    expect(first.kind).toBe('added');
    expect(second.kind).toBe('duplicate');
    expect(await store.countArticles()).toBe(1);
  });

  it('keeps near-duplicates as two articles in one story cluster', async () => {
    const { store } = openTempStore();
    const shared = 'وتتمثل نقطة الخلاف الرئيسية في المحادثات الرامية إلى تسوية النزاع في مصير أراض في شرق أوكرانيا وتطالب موسكو كييف بسحب قواتها من مساحات شاسعة من إقليم دونباس من بينها مدن شديدة التحصين وغنية بموارد طبيعية وقال الرئيس الأوكراني إنه يأمل في إجراء عملية تبادل جديدة للأسرى في المستقبل القريب';
    const a = await insert(store, `${shared}. وأضاف المتحدث أن الوفد سيعود.`, '2026-02-05');
    const b = await insert(store, `في خبر آخر عن الجبهة قالت السلطات إن القصف استمر. ${shared}.`);
    expect(b.kind).toBe('added');
    expect(b.article.clusterId).toBe(a.article.clusterId);
    expect(b.kind === 'added' && b.nearDuplicateOf).toBe(a.article.id);
    const unrelated = await insert(store, 'أطلقت روسيا مساء الأربعاء طائرات مسيرة هجومية وصواريخ بالستية على مدن أوكرانية عدة بحسب سلاح الجو.');
    expect(unrelated.article.clusterId).not.toBe(a.article.clusterId);
  });

  it('lists by day, and lists the news days newest first', async () => {
    const { store } = openTempStore();
    await insert(store, 'خبر أول عن المحادثات.', '2026-02-04');
    await insert(store, 'خبر ثان عن المحادثات.', '2026-02-05');
    await insert(store, 'خبر بلا تاريخ.');
    expect((await store.listArticles({ date: '2026-02-05' })).map((a) => a.body)).toEqual(['خبر ثان عن المحادثات.']);
    expect(await store.listNewsDays()).toEqual(['2026-02-05', '2026-02-04']);
    expect((await store.listArticles({ dateBasis: 'unknown' })).map((a) => a.body)).toEqual(['خبر بلا تاريخ.']);
  });

  it('keeps what is stored when a later insert fails', async () => {
    const { store } = openTempStore();
    await insert(store, 'خبر محفوظ.', '2026-02-04');
    const broken = { ...draftOf('خبر معطوب.'), dateBasis: 'guessed' as never };
    await expect(store.insertArticle(broken, AT, () => undefined)).rejects.toBeInstanceOf(StoreError);
    expect((await store.listArticles()).map((a) => a.body)).toEqual(['خبر محفوظ.']);
  });

  it('refuses a store whose schema is newer than this program', async () => {
    const { path, store } = openTempStore();
    await store.close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    db.close();
    expect(() => openSqliteDatabase(path)).toThrow(/schema is version 99, newer than this mujaz knows/);
  });
});
