import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import { toDraft, chooseStoryCluster } from '../src/ingest/ingest-files.ts';
import { russiaUkrainePack } from '../src/packs/russia-ukraine/index.ts';
import { openBackend } from '../src/store/backend.ts';
import { addDays } from '../src/text/dates.ts';
import { generateCorpus } from './corpus.ts';

export type StoreBench = { articles: number; days: number; loadSeconds: number; digestMs: number; talksStatusMs: number; figuresStatusMs: number };

async function timeMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** One day's digest and the talks status with `count` articles (100 a day) in a real SQLite file. */
export async function runStoreBench(count = 100_000): Promise<StoreBench> {
  const path = join(tmpdir(), `mujaz-bench-${process.pid}.db`);
  rmSync(path, { force: true });
  const backend = openBackend(path);
  const { articles } = backend;
  const now = () => new Date('2026-02-06T00:00:00Z');
  const engine = createEngine({ articles, facts: backend.facts, pack: russiaUkrainePack, now });
  const perDay = 100;
  const days = Math.ceil(count / perDay);
  const firstDay = addDays('2026-02-05', -(days - 1));
  const started = performance.now();
  const corpus = generateCorpus(count, 7);
  for (let index = 0; index < count; index++) {
    const draft = toDraft({ source: `bench/${index}`, body: corpus[index]!, publishedDate: addDays(firstDay, Math.floor(index / perDay)), repairs: [] });
    await articles.insertArticle(draft, now().toISOString(), chooseStoryCluster(draft.fingerprint.length));
  }
  await engine.refreshFacts();
  const loadSeconds = (performance.now() - started) / 1000;
  const lastDay = addDays(firstDay, days - 1);
  const result = {
    articles: count,
    days,
    loadSeconds,
    digestMs: await timeMs(5, () => engine.digest({ since: lastDay, until: lastDay }, 'ar')),
    talksStatusMs: await timeMs(5, () => engine.talksStatus(lastDay)),
    figuresStatusMs: await timeMs(5, () => engine.figuresStatus(lastDay)),
  };
  await articles.close();
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  return result;
}
