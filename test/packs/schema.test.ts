import { describe, expect, it } from 'vitest';
import { EVENT_METRICS, PackError, parsePack, type PackInput } from '../../src/packs/schema.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

/** The smallest valid pack: two parties, two tally categories, one spelling per cue label. */
function minimalPack(): PackInput {
  return {
    id: 'mini', en: 'Mini', ar: 'مصغر',
    parties: [
      { id: 'ukraine', en: 'Ukraine', ar: 'أوكرانيا', forms: ['أوكرانيا'], adjectives: ['أوكراني'], metonyms: ['كييف'] },
      { id: 'russia', en: 'Russia', ar: 'روسيا', forms: ['روسيا'], adjectives: ['روسي'], metonyms: ['موسكو'] },
    ],
    people: [
      { id: 'zelensky', en: 'Volodymyr Zelensky', ar: 'فولوديمير زيلينسكي', forms: ['زيلينسكي'], party: 'ukraine', roles: [{ role: 'ua_president', en: 'President', ar: 'الرئيس' }] },
    ],
    titles: [{ id: 'ua_president', en: 'President of Ukraine', ar: 'الرئيس الأوكراني', forms: ['الرئيس الأوكراني'], party: 'ukraine', person: 'zelensky' }],
    places: [{ id: 'abu_dhabi', en: 'Abu Dhabi', ar: 'أبوظبي', forms: ['أبوظبي'], kind: 'venue' }],
    organizations: [],
    metrics: [
      { id: 'soldiers', en: 'soldiers', ar: 'الجنود', forms: ['جندي'], headcount: true },
      { id: 'boats', en: 'boats', ar: 'القوارب', forms: ['قارب'], weapons: ['drones'] },
    ],
    issues: [],
    cues: {
      speechVerbs: ['قال'], attributionMarkers: ['بحسب'],
      talks: { negotiations: ['محادثات'], round: ['جولة'], meeting: ['اجتماع'], summit: ['قمة'], working_group: ['مجموعة عمل'], delegation: ['وفد'], call: ['اتصال هاتفي'] },
      formats: { trilateral: ['ثلاثية'], bilateral: ['ثنائية'], multilateral: ['رباعية'], direct: ['مباشرة'], indirect: ['غير مباشرة'], mediated: ['بوساطة'] },
      outcomes: { prisoner_exchange: ['تبادل أسرى'], bodies_return: ['تبادل جثامين'], agreement: ['اتفاق'], ceasefire: ['هدنة'], resumed_channel: ['استئناف الحوار'] },
      stances: { demands: ['تطالب'], proposes: ['تقترح'], rejects: ['ترفض'], insists: ['تشدد على'], accepts: ['وافقت'], offers: ['عرضت'] },
      stickingPoints: ['نقطة الخلاف'],
      nextSteps: { new_round: ['جولة جديدة'], meeting: ['اجتماع جديد'], prisoner_exchange: ['تبادل جديد'] },
      futureMarkers: ['ستعقد'],
      vagueTimes: { coming_days: ['الأيام المقبلة'], coming_weeks: ['الأسابيع المقبلة'], coming_months: ['الأشهر المقبلة'], near_future: ['المستقبل القريب'], soon: ['قريبا'], this_week: ['هذا الأسبوع'], next_week: ['الأسبوع المقبل'], next_month: ['الشهر المقبل'] },
      tone: { positive: ['تقدم'], negative: ['فشل'] },
      strikes: { launched: ['أطلقت'], attacked: ['هاجمت'], intercepted: ['اعتراض'], destroyed: ['تدمير'], hit: ['أصابت'] },
      weapons: { drones: ['مسيرة'], shahed: ['شاهد'], missiles: ['صاروخ'], ballistic: ['باليستي'], cruise: ['كروز'], hypersonic: ['كينجال'], glide_bombs: ['قنابل موجهة'], shelling: ['قذائف'] },
      casualties: { killed: ['قتلى'], injured: ['جرحى'], killed_or_injured: ['قتلى وجرحى'], missing: ['مفقودين'], captured: ['أسرى'] },
      populations: { civilians: ['مدنيين'], soldiers: ['جنود'], people: ['أشخاص'], children: ['أطفال'] },
      scopes: { daily: ['خلال 24 ساعة'], cumulative: ['منذ بداية الحرب'] },
    },
  };
}

function problemsOf(data: unknown): readonly string[] {
  try {
    parsePack(data);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems;
  }
  throw new Error('expected parsePack to throw');
}

describe('parsePack', () => {
  it('accepts a minimal pack and fills defaults', () => {
    const pack = parsePack(minimalPack());
    expect(pack.people[0]?.givenNames).toEqual([]);
    expect(pack.ignore).toEqual([]);
  });

  it('names the duplicate id and where it was first used', () => {
    const data = minimalPack();
    data.places.push({ id: 'ukraine', en: 'Ukraine', ar: 'أوكرانيا', forms: ['أرض'], kind: 'country' });
    expect(problemsOf(data)).toContain('places(ukraine): duplicate id, already used in parties');
  });

  it('reports a dangling party and a dangling title holder', () => {
    const data = minimalPack();
    data.people.push({ id: 'lavrov', en: 'Sergey Lavrov', ar: 'سيرغي لافروف', forms: ['لافروف'], party: 'rusia' });
    data.titles.push({ id: 'ru_fm', en: 'Foreign minister', ar: 'وزير الخارجية الروسي', forms: ['وزير الخارجية الروسي'], party: 'russia', person: 'lavrof' });
    const problems = problemsOf(data);
    expect(problems).toContain("people(lavrov): party 'rusia' is not a party id in this pack");
    expect(problems).toContain("titles(ru_fm): person 'lavrof' is not a person id in this pack");
  });

  it('reports an opponent that is not a party', () => {
    const data = minimalPack();
    data.parties[0]!.opponent = 'rusia';
    expect(problemsOf(data)).toContain(`parties(${data.parties[0]!.id}).opponent: party 'rusia' is not a party id in this pack`);
  });

  it('reports a tally party that is not a party', () => {
    expect(problemsOf({ ...minimalPack(), tallyParty: 'ukrain' })).toContain("tallyParty: 'ukrain' is not a party id in this pack");
    expect(parsePack({ ...minimalPack(), tallyParty: 'ukraine' }).tallyParty).toBe('ukraine');
  });

  it('requires a title holder to hold the title in their roles', () => {
    const data = minimalPack();
    data.titles.push({ id: 'ua_chief_negotiator', en: 'Head of delegation', ar: 'رئيس الوفد الأوكراني', forms: ['رئيس الوفد الأوكراني'], party: 'ukraine', person: 'zelensky' });
    expect(problemsOf(data)).toContain("titles(ua_chief_negotiator): person 'zelensky' has no role 'ua_chief_negotiator' (add it to their roles with its dates)");
  });

  it('lists schema problems with the entry id, all at once', () => {
    const data = minimalPack() as unknown as { people: { forms: string[]; id: string }[]; places: { kind: string }[] };
    data.people[0]!.forms = [];
    data.places[0]!.kind = 'town';
    const problems = problemsOf(data);
    expect(problems.some((p) => p.startsWith('people[0](zelensky).forms:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('places[0](abu_dhabi).kind:'))).toBe(true);
  });

  it('refuses an id that is not snake_case', () => {
    const data = minimalPack();
    data.places[0]!.id = 'Abu-Dhabi';
    expect(problemsOf(data).some((p) => p.includes('snake_case'))).toBe(true);
  });

  it('refuses a spelling shared by two entries of one kind, whatever its hamza', () => {
    const data = minimalPack();
    data.places.push({ id: 'abu_dhabi_2', en: 'Abu Dhabi', ar: 'ابوظبي', forms: ['ابوظبي'], kind: 'city' });
    expect(problemsOf(data)).toContain("places(abu_dhabi_2): spelling 'ابوظبي' is also a spelling of places(abu_dhabi)");
  });

  it('refuses a role that ends before it starts', () => {
    const data = minimalPack();
    data.people[0]!.roles = [{ role: 'ua_president', en: 'President', ar: 'الرئيس', from: '2024-01-01', to: '2019-05-20' }];
    expect(problemsOf(data)).toContain("people(zelensky).roles(ua_president): 'from' 2024-01-01 is after 'to' 2019-05-20");
  });

  it("lets a pack name its own tally categories, but refuses an engine metric's id, two headcounts and a weapon counted twice", () => {
    expect(parsePack(minimalPack()).metrics.map((m) => m.id)).toEqual(['soldiers', 'boats']);
    const data = minimalPack();
    data.metrics.push(
      { id: 'killed', en: 'killed', ar: 'القتلى', forms: ['قتيل'] },
      { id: 'officers', en: 'officers', ar: 'الضباط', forms: ['ضابط'], headcount: true },
      { id: 'gliders', en: 'gliders', ar: 'الطائرات الشراعية', forms: ['طائرة شراعية'], weapons: ['drones'] },
    );
    const problems = problemsOf(data);
    expect(problems).toContain("metrics(killed): the id of a figure the engine reads itself; choose another");
    expect(problems).toContain('metrics: only one may be the headcount, not soldiers, officers');
    expect(problems).toContain("metrics(gliders): weapon 'drones' is already counted by boats");
  });

  it('refuses a cue phrase under two labels of one group, and an ignored phrase that is a spelling', () => {
    const data = minimalPack();
    data.cues.stances.rejects = ['ترفض', 'تقترح'];
    data.ignore = ['أبوظبي'];
    const problems = problemsOf(data);
    expect(problems).toContain("cues.stances.rejects: 'تقترح' is also under cues.stances.proposes");
    expect(problems).toContain("ignore: 'أبوظبي' is also a spelling of places(abu_dhabi)");
  });

  it('says which pack is wrong in the message', () => {
    const data = minimalPack();
    data.people[0]!.party = 'nowhere';
    expect(() => parsePack(data)).toThrow(/invalid domain pack 'mini'/);
  });
});

describe('russiaUkrainePack', () => {
  const pack = russiaUkrainePack;

  it('has the parties the extractors rely on', () => {
    const ids = pack.parties.map((p) => p.id);
    for (const id of ['ukraine', 'russia', 'united_states', 'european_union', 'united_kingdom', 'uae', 'turkiye', 'saudi_arabia', 'qatar', 'china', 'france', 'germany', 'nato', 'belarus', 'vatican', 'switzerland']) {
      expect(ids).toContain(id);
    }
  });

  it('knows at least 40 people and 60 places', () => {
    expect(pack.people.length).toBeGreaterThanOrEqual(40);
    expect(pack.places.length).toBeGreaterThanOrEqual(60);
  });

  it("lists the General Staff's fourteen categories, headcount first, none named like an engine metric", () => {
    expect(pack.metrics).toHaveLength(14);
    expect(pack.metrics[0]).toMatchObject({ id: 'personnel', headcount: true });
    expect(pack.metrics.filter((m) => m.headcount)).toHaveLength(1);
    for (const metric of pack.metrics) expect(EVENT_METRICS as readonly string[]).not.toContain(metric.id);
    expect(pack.metrics.find((m) => m.id === 'drones')?.weapons).toEqual(['drones', 'shahed']);
  });

  it('has the issue ids PositionFact documents', () => {
    const ids = pack.issues.map((i) => i.id);
    for (const id of ['donbas_withdrawal', 'freeze_front_line', 'nato_membership', 'security_guarantees', 'territory']) expect(ids).toContain(id);
  });
});
