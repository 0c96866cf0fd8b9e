// npm run bench: extraction throughput, digest and status time on a 100,000-article store, and
// delivery fan-out. Figures are rates and ratios, with the machine they were measured on.
import { runExtractionBench } from './extraction-bench.ts';
import { runFanoutBench } from './fanout.ts';
import { describeMachine } from './machine.ts';
import { runStoreBench } from './store-bench.ts';

const only = new Set(process.argv.slice(2));
const wants = (name: string) => only.size === 0 || only.has(name);
const print = (line: string) => process.stdout.write(`${line}\n`);

print(`machine: ${describeMachine()}`);
if (wants('extract')) {
  const e = runExtractionBench(Number(process.env.BENCH_EXTRACT_ARTICLES ?? 10_000));
  print(`extraction: ${e.articles} generated articles (${e.megabytes.toFixed(1)} MB), ${Math.round(e.articlesPerSecond)} articles/s, ${e.megabytesPerSecond.toFixed(2)} MB/s on one core; ${e.factsPerArticle.toFixed(1)} facts/article; extraction takes ${e.ratioToNormalization.toFixed(1)}× normalization alone (target ≥ 3000 articles/s)`);
}
if (wants('store')) {
  const s = await runStoreBench(Number(process.env.BENCH_STORE_ARTICLES ?? 100_000));
  print(`store: ${s.articles} articles over ${s.days} days loaded (ingest + facts) in ${s.loadSeconds.toFixed(0)} s; one day's digest ${s.digestMs.toFixed(1)} ms (target < 50 ms), talks status ${s.talksStatusMs.toFixed(1)} ms, figures status ${s.figuresStatusMs.toFixed(1)} ms`);
}
if (wants('fanout')) {
  // runFanoutBench prints its own line: subscriptions, time against the ideal, refusals, duplicates, losses.
  await runFanoutBench();
}
