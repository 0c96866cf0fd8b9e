import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.ts';
import type { Digest, FigureGroup, TallyRow } from '../../src/digest/types.ts';
import type { Fact } from '../../src/extract/facts.ts';
import { airForce, articles, at, battlefieldFacts, figure, seedInput, talksFacts, ukrinform } from './fixture.ts';

const WINDOW = { since: '2026-02-04', until: '2026-02-05', lang: 'ar' } as const;

function row(digest: Digest, metric: string): TallyRow {
  const found = digest.battlefield.tally?.rows.find((r) => r.metric === metric);
  if (!found) throw new Error(`no tally row ${metric}`);
  return found;
}

function allGroups(digest: Digest): FigureGroup[] {
  const b = digest.battlefield;
  return [...b.strikes, ...b.casualties.flatMap((p) => p.groups), ...b.otherSideClaims, ...b.otherFigures];
}

describe('buildDigest', () => {
  describe('stories and sources', () => {
    it('merges near-duplicate articles (one cluster) into one story, listed earliest first', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(digest.stories.map((s) => [s.number, s.clusterId, s.articles.map((a) => a.id)])).toEqual([
        [1, 'c-001', ['a001']],
        [2, 'c-003', ['a003']],
        [3, 'c-afp', ['a000', 'a002']],
      ]);
    });

    it('leaves out dated articles outside the window and the facts of articles not given', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(digest.stories.flatMap((s) => s.articles.map((a) => a.id))).not.toContain('a004');
      const stray = figure('killed', 99, at('not-in-window'), { scope: 'event' });
      const withStray = buildDigest(seedInput({ facts: [...talksFacts(), ...battlefieldFacts(), stray] }), WINDOW);
      expect(allGroups(withStray).flatMap((g) => g.claims.map((c) => c.value))).not.toContain(99);
    });

    it('merges identical facts from several articles and counts stories, not copies, as reports', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      const zelensky = digest.battlefield.casualties.flatMap((p) => p.groups).find((g) => g.claims[0]?.value === 55000);
      expect(zelensky?.claims).toHaveLength(1);
      expect(zelensky?.claims[0]?.sources).toEqual({ reports: 2, articles: 3, stories: [2, 3], articleIds: ['a000', 'a002', 'a003'] });
      const demands = digest.negotiations.positions.find((p) => p.party.id === 'russia')?.positions;
      expect(demands).toHaveLength(1);
      expect(demands?.[0]?.sources.reports).toBe(2);
      expect(digest.negotiations.stickingPoints).toHaveLength(1);
      expect(digest.negotiations.stickingPoints[0]?.sources).toMatchObject({ reports: 2, articles: 3 });
    });
  });

  describe('battlefield', () => {
    it('lists the General Staff tally in TALLY_METRICS order with pack names', () => {
      const tally = buildDigest(seedInput(), WINDOW).battlefield.tally;
      expect(tally?.day).toBe('2026-02-05');
      expect(tally?.side).toMatchObject({ id: 'russia', en: 'Russia' });
      expect(tally?.claimants).toEqual([{ id: 'ua_general_staff', ar: 'هيئة الأركان العامة الأوكرانية', en: 'Ukrainian General Staff' }]);
      expect(tally?.rows.map((r) => r.metric)).toEqual([
        'personnel', 'tanks', 'armored_vehicles', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters',
        'drones', 'cruise_missiles', 'warships', 'submarines', 'vehicles_fuel_tanks', 'special_equipment',
      ]);
    });

    it('takes the 24-hour change stated in the article, and uses up that daily figure', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(row(digest, 'personnel').claims[0]?.change).toMatchObject({ basis: 'stated', value: 770 });
      expect(digest.battlefield.otherFigures.flatMap((g) => g.claims.map((c) => c.value))).not.toContain(770);
    });

    it('computes the change against previousTally when the article does not state it, and says so', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(row(digest, 'tanks').claims[0]?.change).toEqual({ basis: 'computed', value: 2, previousValue: 11640, since: '2026-02-04' });
      expect(row(digest, 'mlrs').claims[0]?.change).toMatchObject({ basis: 'computed', value: 2 });
      expect(digest.battlefield.tally?.previousDay).toBe('2026-02-04');
    });

    it('does not subtract rounded figures, nor invent a change with no earlier tally', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(row(digest, 'armored_vehicles').claims[0]?.change).toBeUndefined();
      expect(row(digest, 'aircraft').claims[0]?.change).toBeUndefined();
      const alone = buildDigest(seedInput({ previousTally: [] }), WINDOW);
      expect(row(alone, 'tanks').claims[0]?.change).toBeUndefined();
    });

    it('computes against an earlier tally inside the window before reaching for previousTally', () => {
      const earlier = figure('tanks', 11600, at('a001'), { side: 'russia', asOf: '2026-02-04' });
      const digest = buildDigest(seedInput({ facts: [...battlefieldFacts(), earlier] }), WINDOW);
      expect(row(digest, 'tanks').claims[0]?.change).toMatchObject({ basis: 'computed', value: 42, since: '2026-02-04' });
    });

    it('shows two claimants’ figures for the same metric and day side by side, never averaged, and not as a conflict', () => {
      const rival = figure('personnel', 1243000, at('a003'), { claimant: ukrinform, side: 'russia', asOf: '2026-02-05', qualifier: 'approx' });
      const digest = buildDigest(seedInput({ facts: [...battlefieldFacts(), rival] }), WINDOW);
      const personnel = row(digest, 'personnel');
      expect(personnel.conflicting).toBe(false);
      expect(personnel.claims.map((c) => [c.value, c.claimant.id])).toEqual([[1243840, 'ua_general_staff'], [1243000, 'ukrinform']]);
      // The General Staff's "770 in 24 hours" belongs to its own total, not to the rival one.
      expect(personnel.claims.map((c) => c.change?.value)).toEqual([770, undefined]);
      expect(digest.battlefield.tally?.claimants.map((c) => c.id)).toEqual(['ua_general_staff', 'ukrinform']);
    });

    it('shows event figures from two claimants as one group with both claims, not as a conflict', () => {
      const other = figure('drones_launched', 190, at('a001'), { scope: 'event', claimant: ukrinform, asOf: '2026-02-04' });
      const digest = buildDigest(seedInput({ facts: [...battlefieldFacts(), other] }), WINDOW);
      const launched = digest.battlefield.strikes.find((g) => g.metric === 'drones_launched');
      expect(launched?.conflicting).toBe(false);
      expect(launched?.claims.map((c) => c.value).sort()).toEqual([183, 190]);
    });

    it('flags conflicting figures only when one claimant gives one metric and day two values', () => {
      const second = figure('tanks', 11134, at('a003'), { side: 'russia', asOf: '2026-02-05' });
      const digest = buildDigest(seedInput({ facts: [...battlefieldFacts(), second] }), WINDOW);
      const tanks = row(digest, 'tanks');
      expect(tanks.conflicting).toBe(true);
      expect(tanks.claims.map((c) => c.value).sort((a, b) => a - b)).toEqual([11134, 11642]);
    });

    it('keeps one claimant agreeing with another as two claims, not as a conflict', () => {
      const same = figure('drones_launched', 183, at('a001'), { scope: 'event', claimant: ukrinform, asOf: '2026-02-04' });
      const digest = buildDigest(seedInput({ facts: [...battlefieldFacts(), same] }), WINDOW);
      const launched = digest.battlefield.strikes.find((g) => g.metric === 'drones_launched');
      expect(launched?.claims).toHaveLength(2);
      expect(launched?.conflicting).toBe(false);
    });

    it("keeps the other side's claims apart from casualties and the tally", () => {
      const digest = buildDigest(seedInput(), WINDOW);
      const other = digest.battlefield.otherSideClaims;
      expect(other.map((g) => [g.metric, g.claims[0]?.value, g.claims[0]?.claimant.id])).toEqual([['killed', 6, 'sputnik'], ['equipment_destroyed', 9, 'sputnik']]);
      expect(digest.battlefield.casualties.flatMap((p) => p.groups.flatMap((g) => g.claims.map((c) => c.claimant.id)))).not.toContain('sputnik');
    });

    it("takes the other side from the pack: with Russia's tally kept, Kyiv's figures are the ones set apart", () => {
      const mirrored = { ...seedInput().pack, tallyParty: 'russia' };
      const digest = buildDigest({ ...seedInput(), pack: mirrored }, WINDOW);
      const apart = digest.battlefield.otherSideClaims.flatMap((g) => g.claims.map((c) => c.claimant.id));
      expect(apart).toContain('ua_general_staff');
      expect(apart).not.toContain('sputnik');
      expect(digest.battlefield.tally).toBeUndefined();
    });

    it('sets nothing apart for a pack that keeps no tally party', () => {
      const digest = buildDigest({ ...seedInput(), pack: { ...seedInput().pack, tallyParty: undefined } }, WINDOW);
      expect(digest.battlefield.otherSideClaims).toEqual([]);
    });

    it('puts a Russian tally claim among the other side\'s claims, even from a claimant the pack does not know', () => {
      const russianMod = { kind: 'unknown', text: 'وزارة الدفاع الروسية' } as const;
      const claim = figure('tanks', 900, at('a003'), { claimant: russianMod, side: 'ukraine', asOf: '2026-02-05' });
      const digest = buildDigest(seedInput({ facts: [...battlefieldFacts(), claim] }), WINDOW);
      expect(row(digest, 'tanks').claims.map((c) => c.value)).toEqual([11642]);
      expect(digest.battlefield.otherSideClaims.some((g) => g.claims.some((c) => c.value === 900 && c.claimant.asWritten === 'وزارة الدفاع الروسية'))).toBe(true);
    });

    it('groups casualties by place, named places first', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(digest.battlefield.casualties.map((p) => [p.place?.id, p.groups.map((g) => g.metric)])).toEqual([
        ['donetsk_oblast', ['killed', 'injured']],
        [undefined, ['killed']],
      ]);
    });

    it('lists strikes launched and intercepted with their claimant', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(digest.battlefield.strikes.map((g) => [g.metric, g.claims[0]?.value, g.claims[0]?.claimant.id])).toEqual([
        ['drones_launched', 183, 'ua_air_force'],
        ['ballistic_missiles_launched', 2, 'ua_air_force'],
        ['drones_intercepted', 156, 'ua_air_force'],
      ]);
    });
  });

  describe('negotiations', () => {
    it('merges the reports of round two and tells developments in date order', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      const kinds = digest.negotiations.developments.map((d) => (d.kind === 'round' ? `round ${d.round.number}` : d.outcome.type));
      expect(kinds).toEqual(['round 1', 'round 2', 'prisoner_exchange', 'resumed_channel']);
      const round2 = digest.negotiations.rounds.find((r) => r.number === 2);
      expect(round2).toMatchObject({ venue: { id: 'abu_dhabi', en: 'Abu Dhabi' }, startDate: '2026-02-04', endDate: '2026-02-05', format: 'trilateral', status: 'held' });
      expect(round2?.sources).toMatchObject({ reports: 3, articles: 4 });
    });

    it('keeps positions per party and the next steps, newest report first', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(digest.negotiations.positions.map((p) => [p.party.id, p.positions.map((x) => `${x.stance}:${x.issue.id}`)])).toEqual([
        ['russia', ['demands:donbas_withdrawal']],
        ['ukraine', ['insists:freeze_front_line', 'proposes:freeze_front_line']],
      ]);
      expect(digest.negotiations.nextSteps.map((s) => s.what)).toEqual(['new_round', 'prisoner_exchange']);
    });

    it('keeps statements with the quote exactly as written', () => {
      const digest = buildDigest(seedInput(), WINDOW);
      expect(digest.statements.map((s) => [s.speaker.id, s.verb, s.quote])).toEqual([
        ['peskov', 'وقال', 'لا داعي لتوقع أي بيانات في الوقت الراهن، لا نعتزم تقديم أي معلومات'],
        ['dmitriev', 'وقال', 'هناك تقدم لا شكّ، الأمور تسير في الاتجاه الصحيح'],
      ]);
    });
  });

  describe('the day in three lines', () => {
    it('tells the talks, the headline tally figure and the major strike', () => {
      const [talks, tally, strike] = buildDigest(seedInput(), WINDOW).headlines;
      expect(talks?.kind === 'round' && [talks.round.number, talks.round.status, talks.outcomes.map((o) => o.type)]).toEqual([2, 'held', ['prisoner_exchange', 'resumed_channel']]);
      expect(tally?.kind === 'tally' && [tally.row.metric, tally.row.claims[0]?.value]).toEqual(['personnel', 1243840]);
      expect(strike?.kind === 'strike' && [strike.launched.value, strike.intercepted?.value]).toEqual([183, 156]);
    });

    it('falls back to casualties and the next step when there is no strike or tally', () => {
      const facts: Fact[] = [...talksFacts(), ...battlefieldFacts().filter((f) => f.kind === 'figure' && f.claimant !== airForce && f.scope === 'event')];
      const lines = buildDigest(seedInput({ facts }), WINDOW).headlines;
      expect(lines.map((h) => h.kind)).toEqual(['round', 'casualties', 'next_step']);
    });
  });

  it('is deterministic: the order of articles and facts does not matter', () => {
    const input = seedInput();
    const shuffled = seedInput({ articles: [...articles].reverse(), facts: [...input.facts].reverse() });
    expect(buildDigest(shuffled, WINDOW)).toEqual(buildDigest(input, WINDOW));
  });
});

describe('figures about several places', () => {
  it('keeps figures for different sets of places apart instead of calling them a conflict', async () => {
    const { buildDigest } = await import('../../src/digest/index.ts');
    const { russiaUkrainePack } = await import('../../src/packs/russia-ukraine/index.ts');
    const evidence = (articleId: string) => ({ articleId, sentence: 's', start: 0, end: 1 });
    const killed = (articleId: string, value: number, places: string[], claimant: string) => ({
      kind: 'figure' as const, metric: 'killed' as const, value, qualifier: 'exact' as const, scope: 'event' as const, side: 'ukraine',
      claimant: { kind: 'unknown' as const, text: claimant }, places, population: 'people' as const, valueText: String(value), evidence: evidence(articleId),
    });
    const digest = buildDigest(
      {
        articles: [{ id: 'a1', clusterId: 'a1', publishedDate: '2026-02-05', dateBasis: 'stated', source: 'x' }],
        facts: [killed('a1', 6, ['kherson', 'sumy'], 'السلطات'), killed('a1', 8, ['druzhkivka', 'lyman'], 'أوكرينفورم')],
        pack: russiaUkrainePack,
      },
      { since: '2026-02-05', until: '2026-02-05', lang: 'en' },
    );
    const groups = digest.battlefield.casualties.flatMap((place) => place.groups);
    expect(groups).toHaveLength(2);
    expect(groups.every((group) => !group.conflicting)).toBe(true);
    expect(digest.battlefield.casualties.map((place) => place.place?.en).sort()).toEqual([expect.stringContaining(','), expect.stringContaining(',')]);
  });
});

describe('one claim told by several outlets', () => {
  const evidence = (articleId: string) => ({ articleId, sentence: 's', start: 0, end: 1 });
  const downed = (articleId: string, claimant: { kind: 'party' | 'organization'; id: string; text: string }, places: string[] = [], value = 151): Fact => ({
    kind: 'figure' as const, metric: 'drones_intercepted' as const, value, qualifier: 'exact' as const, scope: 'event' as const, side: 'ukraine',
    claimant, ...(places.length > 0 ? { places } : {}), valueText: String(value), asOf: '2026-02-18', evidence: evidence(articleId),
  });
  const moscow = { kind: 'party' as const, id: 'russia', text: 'موسكو' };
  const ministry = { kind: 'organization' as const, id: 'ru_mod', text: 'وزارة الدفاع الروسية' };
  const articles = ['a1', 'a2', 'a3'].map((id) => ({ id, clusterId: id, publishedDate: '2026-02-18', dateBasis: 'stated' as const, source: `${id}.txt` }));

  async function otherSide(facts: Fact[]) {
    const { buildDigest } = await import('../../src/digest/index.ts');
    const { russiaUkrainePack } = await import('../../src/packs/russia-ukraine/index.ts');
    return buildDigest({ articles, facts, pack: russiaUkrainePack }, { since: '2026-02-18', until: '2026-02-18', lang: 'en' }).battlefield.otherSideClaims;
  }

  it('is one line with every report, named by the body that made it and the places one report gave', async () => {
    const groups = await otherSide([downed('a1', moscow), downed('a2', ministry, ['bryansk', 'kursk'])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.claims).toHaveLength(1);
    expect(groups[0]?.claims[0]).toMatchObject({ value: 151, claimant: { id: 'ru_mod' }, sources: { reports: 2 } });
  });

  it('keeps apart another number and other places', async () => {
    expect((await otherSide([downed('a1', moscow), downed('a2', ministry, [], 150)])).flatMap((g) => g.claims)).toHaveLength(2);
    expect((await otherSide([downed('a1', ministry, ['kursk']), downed('a2', ministry, ['belgorod'])])).flatMap((g) => g.claims)).toHaveLength(2);
  });
});

describe('one quote carried by several outlets', () => {
  const said = (articleId: string, quote: string, speaker: { kind: 'person'; id: string; text: string }): Fact =>
    ({ kind: 'statement', form: 'quoted', speaker, verb: 'قال', quote, evidence: { articleId, sentence: 's', start: 0, end: 1 } });
  const witkoff = { kind: 'person' as const, id: 'witkoff', text: 'ويتكوف' };
  const kushner = { kind: 'person' as const, id: 'kushner', text: 'كوشنر' };
  const articles = ['a1', 'a2', 'a3'].map((id) => ({ id, clusterId: id, publishedDate: '2026-02-18', dateBasis: 'stated' as const, source: `${id}.txt` }));
  const post = 'أحرزنا تقدما ملموسا في جنيف، وسنواصل العمل مع الطرفين خلال الأيام المقبلة';

  it('is one statement with every report, whole, even when an outlet carried only a piece of it', async () => {
    const { buildDigest } = await import('../../src/digest/index.ts');
    const { russiaUkrainePack } = await import('../../src/packs/russia-ukraine/index.ts');
    const facts = [said('a1', post, witkoff), said('a2', `${post}.`, witkoff), said('a3', 'أحرزنا تقدما ملموسا في جنيف', witkoff), said('a3', 'أحرزنا تقدما ملموسا في جنيف', kushner)];
    const { statements } = buildDigest({ articles, facts, pack: russiaUkrainePack }, { since: '2026-02-18', until: '2026-02-18', lang: 'en' });
    expect(statements.map((s) => [s.speaker.id, s.quote, s.sources.reports])).toEqual([
      ['witkoff', post, 3],
      ['kushner', 'أحرزنا تقدما ملموسا في جنيف', 1],
    ]);
  });
});
