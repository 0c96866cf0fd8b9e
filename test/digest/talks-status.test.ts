import { describe, expect, it } from 'vitest';
import { talksStatus } from '../../src/digest/build-digest.ts';
import { statusByDates } from '../../src/digest/rounds.ts';
import type { DigestArticle } from '../../src/digest/types.ts';
import type { Fact, RoundFact } from '../../src/extract/facts.ts';
import { articles, at, pack, talksFacts } from './fixture.ts';

const input = { articles, facts: talksFacts(), pack };

describe('talksStatus', () => {
  it('before round two: only round one is known, and nothing after it counts', () => {
    const status = talksStatus(input, '2026-02-03');
    expect(status.latestRound).toMatchObject({ venue: { id: 'abu_dhabi' }, startDate: '2026-01-23', status: 'held' });
    expect(status.earlierRounds).toEqual([]);
    expect(status.outcomes).toEqual([]);
    expect(status.nextSteps).toEqual([]);
    expect(status.positions).toEqual([]);
    expect(status.stories.map((s) => s.articles.map((a) => a.id))).toEqual([['a004']]);
  });

  it('while round two is under way: the latest round is two, round one held, with its delegations', () => {
    const status = talksStatus(input, '2026-02-04');
    expect(status.latestRound).toMatchObject({ number: 2, startDate: '2026-02-04', status: 'under_way' });
    expect(status.earlierRounds.map((r) => [r.number, r.status])).toEqual([[1, 'held']]);
    expect(status.delegations.map((d) => [d.person.en, d.side.id, d.role, d.rounds])).toEqual([
      ['Igor Kostyukov', 'russia', 'head', [1]],
      ['Rustem Umerov', 'ukraine', 'head', [1]],
    ]);
  });

  it('after round two: held, merged from every article, with outcomes, positions and the next round', () => {
    const status = talksStatus(input, '2026-02-06');
    expect(status.latestRound).toMatchObject({
      number: 2, venue: { id: 'abu_dhabi', ar: 'أبوظبي', en: 'Abu Dhabi' }, startDate: '2026-02-04', endDate: '2026-02-05',
      format: 'trilateral', status: 'held', mediators: [{ id: 'united_states', en: 'United States' }],
    });
    expect(status.outcomes.map((o) => [o.type, o.perSide])).toEqual([['prisoner_exchange', 157], ['resumed_channel', undefined]]);
    expect(status.positions.map((p) => p.party.id)).toEqual(['russia', 'ukraine']);
    expect(status.stickingPoints.map((p) => p.issue.en)).toEqual(['territory']);
    expect(status.nextSteps[0]).toMatchObject({ what: 'new_round', vague: 'coming_weeks' });
  });

  it('merges round one from the report of its first day and the later account, filling fields from each', () => {
    const [round1] = talksStatus(input, '2026-02-06').earlierRounds;
    expect(round1).toMatchObject({
      number: 1, venue: { id: 'abu_dhabi' }, startDate: '2026-01-23', endDate: '2026-01-24', direct: true, status: 'held',
      parties: [{ id: 'russia' }, { id: 'ukraine' }, { id: 'united_states' }],
    });
    expect(round1?.delegations.map((d) => d.person.id)).toEqual(['kostyukov', 'umerov']);
    expect(round1?.sources).toMatchObject({ reports: 2, articleIds: ['a001', 'a004'] });
  });

  it('calls a round held once its dates are past, even if the only article said under way', () => {
    const underWay: RoundFact = { kind: 'round', venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', parties: [], mediators: [], status: 'under_way', evidence: at('a000') };
    const only = { articles, facts: [underWay], pack };
    expect(talksStatus(only, '2026-02-05').latestRound?.status).toBe('under_way');
    expect(talksStatus(only, '2026-02-06').latestRound?.status).toBe('held');
  });

  it('names the country of a round no report gives a city for', () => {
    const inCountry: RoundFact = { kind: 'round', country: 'saudi_arabia', parties: ['united_states', 'ukraine'], mediators: [], status: 'held', evidence: at('a000') };
    const status = talksStatus({ articles, facts: [inCountry], pack }, '2026-02-06');
    expect(status.latestRound?.venue).toMatchObject({ id: 'saudi_arabia' });
  });

  it('does not merge two numbered rounds at one venue', () => {
    const status = talksStatus(input, '2026-02-06');
    expect([...status.earlierRounds, status.latestRound].map((r) => r?.number)).toEqual([1, 2]);
  });

  it('keeps a "first round" of an earlier format of talks apart from this one, each with its own delegations', () => {
    const december: DigestArticle = { id: 'a-dec', clusterId: 'c-dec', publishedDate: '2025-12-20', dateBasis: 'stated', source: 'geneva.txt' };
    const geneva: Fact[] = [
      { kind: 'round', number: 1, venue: 'geneva', startDate: '2025-12-18', endDate: '2025-12-19', format: 'bilateral', parties: ['ukraine', 'united_states'], mediators: [], status: 'held', evidence: at('a-dec') },
      { kind: 'delegation', person: 'umerov', side: 'ukraine', role: 'head', roundNumber: 1, evidence: at('a-dec') },
      { kind: 'delegation', person: 'witkoff', side: 'united_states', role: 'envoy', roundNumber: 1, evidence: at('a-dec') },
    ];
    const places = { ...pack, places: [...pack.places, { id: 'geneva', en: 'Geneva', ar: 'جنيف' }] };
    const status = talksStatus({ articles: [december, ...articles], facts: [...geneva, ...talksFacts()], pack: places }, '2026-02-06');
    const rounds = [...status.earlierRounds, status.latestRound!];
    expect(rounds.map((r) => [r.number, r.venue?.id, r.startDate, r.endDate])).toEqual([
      [1, 'geneva', '2025-12-18', '2025-12-19'],
      [1, 'abu_dhabi', '2026-01-23', '2026-01-24'],
      [2, 'abu_dhabi', '2026-02-04', '2026-02-05'],
    ]);
    expect(rounds[0]!.delegations.map((d) => d.person.id)).toEqual(['umerov', 'witkoff']);
    expect(rounds[1]!.delegations.map((d) => d.person.id)).toEqual(['kostyukov', 'umerov']);
    expect(rounds[1]!.sources.articleIds).toEqual(['a001', 'a004']);
  });

  it('shows a delegate the pack does not list by the name the article wrote, on the side it gave', () => {
    const unlisted: Fact = { kind: 'delegation', person: 'name:تاراس بوندارتشوك', name: 'تاراس بوندارتشوك', side: 'ukraine', role: 'member', roundNumber: 1, evidence: at('a001') };
    const status = talksStatus({ ...input, facts: [...talksFacts(), unlisted] }, '2026-02-04');
    expect(status.delegations.map((d) => [d.person.id, d.person.asWritten ?? d.person.en, d.side.id, d.role])).toEqual([
      ['kostyukov', 'Igor Kostyukov', 'russia', 'head'],
      ['umerov', 'Rustem Umerov', 'ukraine', 'head'],
      ['name:تاراس بوندارتشوك', 'تاراس بوندارتشوك', 'ukraine', 'member'],
    ]);
  });

  it('leaves out undated articles, which cannot be placed in time', () => {
    const undated = [...articles.filter((a) => a.id !== 'a003'), { id: 'a003', clusterId: 'c-003', dateBasis: 'unknown' as const, source: 's' }];
    const status = talksStatus({ articles: undated, facts: talksFacts(), pack }, '2026-02-06');
    expect(status.outcomes).toEqual([]);
    expect(status.latestRound?.status).toBe('held');
  });

  it('drops a dated next step once its date has passed', () => {
    const dated: Fact = { kind: 'next_step', what: 'meeting', date: '2026-02-05', text: 'اجتماع', evidence: at('a001') };
    const facts = [...talksFacts(), dated];
    expect(talksStatus({ articles, facts, pack }, '2026-02-04').nextSteps.map((s) => s.what)).toContain('meeting');
    expect(talksStatus({ articles, facts, pack }, '2026-02-06').nextSteps.map((s) => s.what)).not.toContain('meeting');
  });
});

describe('statusByDates', () => {
  it('reads scheduled, under way and held from the dates', () => {
    expect(statusByDates('2026-02-04', '2026-02-05', '2026-02-03')).toBe('scheduled');
    expect(statusByDates('2026-02-04', '2026-02-05', '2026-02-05')).toBe('under_way');
    expect(statusByDates('2026-02-04', '2026-02-05', '2026-02-06')).toBe('held');
    expect(statusByDates(undefined, undefined, '2026-02-06')).toBeUndefined();
  });

  it('gives a round with no stated end two days', () => {
    expect(statusByDates('2026-02-04', undefined, '2026-02-05')).toBe('under_way');
    expect(statusByDates('2026-02-04', undefined, '2026-02-06')).toBe('held');
  });
});

describe('talksChanges: what moved between two briefs', () => {
  it('finds the new round, its outcomes, the next step and new positions, and nothing when nothing moved', async () => {
    const { talksChanges } = await import('../../src/digest/changes.ts');
    const before = talksStatus(input, '2026-02-03');
    const after = talksStatus(input, '2026-02-06');
    const changes = talksChanges(before, after);
    expect(changes[0]).toMatchObject({ kind: 'new_round', round: { number: 2, status: 'held' } });
    expect(changes.filter((c) => c.kind === 'new_outcome').map((c) => c.kind === 'new_outcome' && c.outcome.perSide)).toContain(157);
    expect(changes.some((c) => c.kind === 'next_step')).toBe(true);
    expect(changes.some((c) => c.kind === 'new_position')).toBe(true);
    expect(talksChanges(after, after)).toEqual([]);
  });

  it('tells a side whose stance on an issue changed, with the stance it held before', async () => {
    const { talksChanges } = await import('../../src/digest/changes.ts');
    const sources = { reports: 1, articles: 1, stories: [1], articleIds: ['x'] };
    const ukraine = { id: 'ukraine', ar: 'أوكرانيا', en: 'Ukraine' };
    const ceasefire = { id: 'ceasefire', ar: 'وقف إطلاق النار', en: 'Ceasefire' };
    const status = (stance: 'rejects' | 'accepts') => ({
      asOf: '2026-02-06', earlierRounds: [], delegations: [], outcomes: [], stickingPoints: [], nextSteps: [], stories: [],
      positions: [{ party: ukraine, positions: [{ stance, issue: ceasefire, text: '…', sources }] }],
    });
    expect(talksChanges(status('rejects'), status('accepts'))).toEqual([
      { kind: 'new_position', party: ukraine, position: { stance: 'accepts', issue: ceasefire, text: '…', sources }, was: 'rejects' },
    ]);
  });

  it('tells a round that was under way and is now held', async () => {
    const { talksChanges } = await import('../../src/digest/changes.ts');
    const changes = talksChanges(talksStatus(input, '2026-02-04'), talksStatus(input, '2026-02-06'));
    expect(changes.find((c) => c.kind === 'round_status')).toMatchObject({ was: 'under_way', round: { number: 2, status: 'held' } });
  });
});
