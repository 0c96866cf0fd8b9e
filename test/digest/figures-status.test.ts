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
