import { describe, expect, it } from 'vitest';
import { figuresStatus } from '../../src/digest/build-digest.ts';
import type { DigestArticle } from '../../src/digest/types.ts';
import { articles, at, battlefieldFacts, figure, pack, previousTally, tallyFacts } from './fixture.ts';

const day4: DigestArticle = { id: 'b004', clusterId: 'c-b004', publishedDate: '2026-02-04', dateBasis: 'stated', source: 'feed' };
const tally4 = tallyFacts('b004', '2026-02-04', [['personnel', 1243070, 'exact'], ['tanks', 11630, 'exact']]);

describe('figuresStatus', () => {
  it('gives the latest tally on or before the date, with its day and claimant', () => {
    const status = figuresStatus({ articles, facts: battlefieldFacts(), previousTally, pack }, '2026-02-05');
    expect(status.tally?.day).toBe('2026-02-05');
    expect(status.tally?.claimants.map((c) => c.id)).toEqual(['ua_general_staff']);
    expect(status.tally?.rows[0]).toMatchObject({ metric: 'personnel', claims: [{ value: 1243840, change: { basis: 'stated', value: 770 } }] });
    expect(status.stories.flatMap((s) => s.articles.map((a) => a.id))).toEqual(['a000', 'a002']);
  });

  it('computes changes against the tally before it in the facts', () => {
    const status = figuresStatus({ articles: [...articles, day4], facts: [...battlefieldFacts(), ...tally4], pack }, '2026-02-05');
    const tanks = status.tally?.rows.find((r) => r.metric === 'tanks');
    expect(tanks?.claims[0]?.change).toEqual({ basis: 'computed', value: 12, previousValue: 11630, since: '2026-02-04' });
  });

  it('as of an earlier day, gives that day\'s tally and ignores later articles', () => {
    const status = figuresStatus({ articles: [...articles, day4], facts: [...battlefieldFacts(), ...tally4], previousTally: [], pack }, '2026-02-04');
    expect(status.tally?.day).toBe('2026-02-04');
    expect(status.tally?.rows.map((r) => [r.metric, r.claims[0]?.value, r.claims[0]?.change])).toEqual([
      ['personnel', 1243070, undefined],
      ['tanks', 11630, undefined],
    ]);
  });

  it('ignores a previousTally entry that is not before the tally', () => {
    const sameDay = [figure('tanks', 11000, at('x'), { side: 'russia', asOf: '2026-02-05' })];
    const status = figuresStatus({ articles, facts: battlefieldFacts(), previousTally: sameDay, pack }, '2026-02-05');
    expect(status.tally?.rows.find((r) => r.metric === 'tanks')?.claims[0]?.change).toBeUndefined();
  });

  it('has no tally when none was published by then', () => {
    const status = figuresStatus({ articles, facts: battlefieldFacts(), previousTally, pack }, '2026-02-04');
    expect(status.tally).toBeUndefined();
    expect(status.stories).toEqual([]);
  });
});

describe('tallyMove: how far the tally rose since the previous brief', () => {
  const day2: DigestArticle = { id: 'b002', clusterId: 'c-b002', publishedDate: '2026-02-02', dateBasis: 'stated', source: 'feed' };
  const tally2 = tallyFacts('b002', '2026-02-02', [['personnel', 1240500, 'exact'], ['tanks', 11630, 'exact'], ['armored_vehicles', 23000, 'approx'], ['mlrs', 1640, 'exact']]);
  const input = { articles: [...articles, day2, day4], facts: [...battlefieldFacts(), ...tally2, ...tally4], previousTally: [], pack };

  it('gives each exact category that rose since a tally older than the day before, in the tally order', async () => {
    const { tallyMove } = await import('../../src/digest/changes.ts');
    const moved = tallyMove(figuresStatus(input, '2026-02-02'), figuresStatus(input, '2026-02-05'));
    expect(moved?.since).toBe('2026-02-02');
    // Armoured vehicles are approximate ("about 24,000"), and the launchers fell: neither is a change to tell.
    expect(moved?.moves.map(({ row, by }) => [row.metric, by])).toEqual([['personnel', 3340], ['tanks', 12]]);
  });

  it('says nothing when the previous brief had the day before, whose change the three lines give, or no tally at all', async () => {
    const { tallyMove } = await import('../../src/digest/changes.ts');
    expect(tallyMove(figuresStatus(input, '2026-02-04'), figuresStatus(input, '2026-02-05'))).toBeUndefined();
    expect(tallyMove(figuresStatus(input, '2026-02-01'), figuresStatus(input, '2026-02-05'))).toBeUndefined();
    expect(tallyMove(figuresStatus(input, '2026-02-05'), figuresStatus(input, '2026-02-05'))).toBeUndefined();
  });
});
