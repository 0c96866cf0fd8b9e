// npm run bench:compare -- DIR [ROUNDS]: this checkout's extraction against another checkout's (DIR, e.g. a
// `git worktree` of an older commit), in one process, alternating rounds over the same generated articles,
// so both meet the same machine load. On a shared VM whose speed swings by 2× within minutes, this ratio is
// the only comparison that holds; an absolute rate needs a quiet machine.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFactExtractor } from '../src/extract/index.ts';
import { russiaUkrainePack } from '../src/packs/russia-ukraine/index.ts';
import { generateCorpus } from './corpus.ts';
import { describeMachine } from './machine.ts';

type Extractor = { extract(article: { id: string; body: string; publishedDate: string }): unknown[] };

const [dir, roundsArg] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: npm run bench:compare -- DIR [ROUNDS]   (DIR: another checkout of mujaz, e.g. git worktree add /tmp/old COMMIT)\n');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 8);
const other = resolve(dir);
const { createFactExtractor: otherExtractor } = (await import(pathToFileURL(`${other}/src/extract/index.ts`).href)) as { createFactExtractor: (pack: unknown) => Extractor };
const { russiaUkrainePack: otherPack } = (await import(pathToFileURL(`${other}/src/packs/russia-ukraine/index.ts`).href)) as { russiaUkrainePack: unknown };

const corpus = generateCorpus(2000);
const here: Extractor = createFactExtractor(russiaUkrainePack);
const there = otherExtractor(otherPack);

/** CPU milliseconds (user and system) to extract the corpus once. */
function cpuMs(extractor: Extractor): number {
  const before = process.cpuUsage();
  corpus.forEach((body, index) => { extractor.extract({ id: String(index), body, publishedDate: '2026-02-05' }); });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// Warm both up before measuring.
for (let k = 0; k < 2; k++) { cpuMs(here); cpuMs(there); }
let hereMs = 0;
let thereMs = 0;
const perRound: string[] = [];
for (let r = 0; r < rounds; r++) {
  const a = cpuMs(here);
  const b = cpuMs(there);
  hereMs += a;
  thereMs += b;
  perRound.push((b / a).toFixed(2));
}
process.stdout.write(`machine: ${describeMachine()}\n`);
process.stdout.write(`extraction speed of this checkout / ${other}: ${(thereMs / hereMs).toFixed(3)} by CPU time over ${rounds} alternating rounds of ${corpus.length} articles (per round: ${perRound.join(' ')}); this checkout ${Math.round((corpus.length * rounds) / (hereMs / 1000))} articles per CPU second\n`);
