import { createFactExtractor } from '../src/extract/index.ts';
import { russiaUkrainePack } from '../src/packs/russia-ukraine/index.ts';
import { normalizeArabic } from '../src/text/normalize.ts';
import { generateCorpus } from './corpus.ts';
import { bestOf } from './machine.ts';

export type ExtractionBench = { articles: number; megabytes: number; articlesPerSecond: number; megabytesPerSecond: number; ratioToNormalization: number; factsPerArticle: number };

/** Extraction throughput on one core over a generated corpus, and its cost relative to normalization alone. */
export function runExtractionBench(count = 10_000): ExtractionBench {
  const corpus = generateCorpus(count);
  const extractor = createFactExtractor(russiaUkrainePack);
  const bytes = corpus.reduce((sum, body) => sum + Buffer.byteLength(body), 0);
  let facts = 0;
  const extractMs = bestOf(3, () => {
    facts = 0;
    corpus.forEach((body, index) => {
      facts += extractor.extract({ id: String(index), body, publishedDate: '2026-02-05' }).length;
    });
  });
  const normalizeMs = bestOf(3, () => corpus.forEach((body) => { normalizeArabic(body); }));
  return {
    articles: count,
    megabytes: bytes / 2 ** 20,
    articlesPerSecond: count / (extractMs / 1000),
    megabytesPerSecond: bytes / 2 ** 20 / (extractMs / 1000),
    ratioToNormalization: extractMs / normalizeMs,
    factsPerArticle: facts / count,
  };
}
