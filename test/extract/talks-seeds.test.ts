import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { TalksFact } from '../../src/extract/facts.ts';
import { extractTalks } from '../../src/extract/talks/talks.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

/** A seed as the article store holds it: the leading " date YYYY-MM-DD " line gives the day, else `undated` does. */
function seed(name: string, undated?: string): TalksFact[] {
  const raw = readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
  const dated = /^\s*date (\d{4}-\d{2}-\d{2}) /u.exec(raw);
  const body = dated ? raw.slice(dated[0].length) : raw;
  const publishedDate = dated?.[1] ?? undated;
  return extractTalks(viewArticle(context, { id: name, body, ...(publishedDate !== undefined ? { publishedDate } : {}) }), context);
}

function ofKind<K extends TalksFact['kind']>(facts: readonly TalksFact[], kind: K): Extract<TalksFact, { kind: K }>[] {
  return facts.filter((fact): fact is Extract<TalksFact, { kind: K }> => fact.kind === kind);
}

describe('extractTalks on the seed articles', () => {
  const s000 = seed('000_908d46d436d07b3b.txt');
  const s001 = seed('001_43e95fa589c62df9.txt');
  const s002 = seed('002_d557eae347f50618.txt', '2026-02-05');
  const s003 = seed('003_a63a7b9a017dd040.txt');
  const s004 = seed('004_2ef2546d93cc802a.txt', '2026-01-23');

  it('reads round one in Abu Dhabi on 23–24 January, trilateral and held', () => {
    const fromAljazeera = ofKind(s002, 'round').find((round) => round.number === 1);
    expect(fromAljazeera).toMatchObject({ number: 1, venue: 'abu_dhabi', startDate: '2026-01-23', endDate: '2026-01-24', format: 'trilateral', status: 'held' });
    const fromAsharq = ofKind(s001, 'round').find((round) => round.number === 1);
    expect(fromAsharq).toMatchObject({ startDate: '2026-01-23', endDate: '2026-01-24', format: 'trilateral', status: 'held', direct: true });
  });

  it('reads round two on 4–5 February, trilateral with the United States mediating', () => {
    const round = ofKind(s001, 'round').find((r) => r.number === 2);
    expect(round).toMatchObject({ number: 2, startDate: '2026-02-04', endDate: '2026-02-05', format: 'trilateral', status: 'under_way' });
    expect(round?.parties).toEqual(expect.arrayContaining(['russia', 'ukraine']));
    expect(round?.mediators).toEqual(['united_states']);
  });

  it('reads the second day in Abu Dhabi as a round that began the day before', () => {
    for (const facts of [s000, s002]) {
      const round = ofKind(facts, 'round').find((r) => r.startDate === '2026-02-04');
      expect(round).toMatchObject({ venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', format: 'trilateral', status: 'under_way', mediators: ['united_states'] });
      expect(round?.parties).toEqual(expect.arrayContaining(['russia', 'ukraine']));
    }
    expect(ofKind(s003, 'round')).toEqual([expect.objectContaining({ venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', status: 'held' })]);
  });

  it('names the heads of delegation of round one: Umerov and Kostyukov', () => {
    const heads = ofKind(s001, 'delegation').filter((d) => d.roundNumber === 1);
    expect(heads).toEqual(expect.arrayContaining([
      expect.objectContaining({ person: 'kostyukov', side: 'russia', role: 'head', roundNumber: 1 }),
      expect.objectContaining({ person: 'umerov', side: 'ukraine', role: 'head', roundNumber: 1 }),
    ]));
  });

  it('names Witkoff and Kushner for the United States and Dmitriev for Russia', () => {
    for (const facts of [s000, s002]) {
      const delegations = ofKind(facts, 'delegation');
      expect(delegations).toEqual(expect.arrayContaining([
        expect.objectContaining({ person: 'witkoff', side: 'united_states', role: 'envoy' }),
        expect.objectContaining({ person: 'kushner', side: 'united_states', role: 'envoy' }),
        expect.objectContaining({ person: 'dmitriev', side: 'russia', role: 'envoy' }),
        expect.objectContaining({ person: 'umerov', side: 'ukraine', role: 'head' }),
      ]));
      expect(delegations.some((d) => d.person === 'trump' || d.person === 'zelensky')).toBe(false);
    }
  });

  it('reads the exchange of 157 prisoners from each side, 314 in all', () => {
    const exchanges = ofKind(s003, 'outcome').filter((o) => o.type === 'prisoner_exchange');
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({ perSide: 157, total: 314 });
    expect(exchanges[0]?.parties).toEqual(expect.arrayContaining(['russia', 'ukraine']));
    expect(exchanges[0]?.text).toContain('تبادل 157 عسكريا ومدنيا من كل جانب');
  });

  it('reads the resumed military dialogue between Washington and Moscow once', () => {
    const resumed = ofKind(s003, 'outcome').filter((o) => o.type === 'resumed_channel');
    expect(resumed).toHaveLength(1);
    expect([...resumed[0]!.parties].sort()).toEqual(['russia', 'united_states']);
  });

  it("reads Moscow's demand on Donbas and Kyiv's proposal to freeze the front line", () => {
    const positions = ofKind(s000, 'position');
    expect(positions).toEqual(expect.arrayContaining([
      expect.objectContaining({ party: 'russia', stance: 'demands', issue: 'donbas_withdrawal' }),
      expect.objectContaining({ party: 'ukraine', stance: 'proposes', issue: 'freeze_front_line', text: 'تقترح تجميد خطوط القتال على طول خط الجبهة الحالية' }),
      expect.objectContaining({ party: 'ukraine', stance: 'rejects', issue: 'donbas_withdrawal' }),
    ]));
    expect(positions.some((p) => p.party === 'russia' && p.issue === 'freeze_front_line')).toBe(false);
    expect(ofKind(s001, 'position')).toEqual(expect.arrayContaining([
      expect.objectContaining({ party: 'russia', stance: 'demands', issue: 'donbas_withdrawal' }),
      expect.objectContaining({ party: 'ukraine', stance: 'insists', issue: 'freeze_front_line' }),
      expect.objectContaining({ party: 'ukraine', stance: 'rejects', issue: 'donbas_withdrawal' }),
    ]));
    expect(ofKind(s002, 'position')).toContainEqual(expect.objectContaining({ party: 'russia', stance: 'demands', issue: 'donbas_withdrawal' }));
  });

  it("reads Putin's demands as Russia's: Donbas and no NATO membership", () => {
    expect(ofKind(s004, 'position')).toEqual(expect.arrayContaining([
      expect.objectContaining({ party: 'russia', stance: 'demands', issue: 'donbas_withdrawal' }),
      expect.objectContaining({ party: 'russia', stance: 'demands', issue: 'nato_membership' }),
    ]));
  });

  it('reads the sticking points: territory and the Zaporizhzhia plant', () => {
    for (const facts of [s000, s002, s003, s004]) expect(ofKind(facts, 'sticking_point').map((s) => s.issue)).toContain('territory');
    expect(ofKind(s001, 'sticking_point').map((s) => s.issue).sort()).toEqual(['territory', 'zaporizhzhia_npp']);
  });

  it('reads the next round "in the coming weeks" and the hoped-for exchange in the near future', () => {
    expect(ofKind(s003, 'next_step')).toEqual([expect.objectContaining({ what: 'new_round', vague: 'coming_weeks', whenText: 'في الأسابيع المقبلة' })]);
    for (const facts of [s000, s002]) {
      expect(ofKind(facts, 'next_step')).toEqual([expect.objectContaining({ what: 'prisoner_exchange', vague: 'near_future' })]);
      expect(ofKind(facts, 'outcome').some((o) => o.type === 'prisoner_exchange')).toBe(false);
    }
  });

  it('keeps the Putin–Witkoff meeting, Davos and the 2022/2025 Istanbul talks out of the rounds', () => {
    const rounds = ofKind(s004, 'round');
    expect(rounds).toEqual([expect.objectContaining({ number: 1, venue: 'abu_dhabi', startDate: '2026-01-23', format: 'trilateral', status: 'scheduled' })]);
    expect(rounds[0]?.parties).toEqual(expect.arrayContaining(['russia', 'ukraine', 'united_states']));
    expect(rounds[0]?.parties).not.toContain('uae');
    expect(ofKind(s004, 'delegation')).toEqual([]);
    expect(ofKind(s004, 'outcome').some((o) => o.type === 'prisoner_exchange' || o.type === 'other')).toBe(false);
  });

  it('reads the agreement announced by the Kremlin aide', () => {
    expect(ofKind(s004, 'outcome')).toContainEqual(expect.objectContaining({ type: 'agreement', text: expect.stringContaining('تم الاتفاق على أن الاجتماع الأول') }));
  });

  it('quotes every fact from its own sentence', () => {
    for (const facts of [s000, s001, s002, s003, s004]) {
      for (const fact of facts) {
        if ('text' in fact) expect(fact.evidence.sentence).toContain(fact.text);
      }
    }
  });
});
