/**
 * Hand-built facts modelled on the seed articles (4–5 February 2026): the General Staff tally,
 * the overnight drone attack, a Sputnik claim, rounds one and two in Abu Dhabi, the 157-for-157
 * exchange, positions and the next round "in the coming weeks".
 */
import type { Claimant, Evidence, Fact, FigureFact, IsoDate, RoundFact, TallyMetric } from '../../src/extract/facts.ts';
import type { DigestArticle, DigestInput, NamePack } from '../../src/digest/types.ts';

export const pack: NamePack = {
  tallyParty: 'ukraine',
  parties: [
    { id: 'ukraine', en: 'Ukraine', ar: 'أوكرانيا', forms: ['أوكرانيا'], adjectives: ['أوكراني', 'أوكرانية'], metonyms: ['كييف'], opponent: 'russia' },
    { id: 'russia', en: 'Russia', ar: 'روسيا', forms: ['روسيا'], adjectives: ['روسي', 'روسية', 'روس'], metonyms: ['موسكو', 'الكرملين'], opponent: 'ukraine' },
    { id: 'united_states', en: 'United States', ar: 'الولايات المتحدة', forms: ['الولايات المتحدة'], adjectives: ['أمريكي', 'أميركي'], metonyms: ['واشنطن'] },
  ],
  people: [
    { id: 'zelensky', en: 'Volodymyr Zelensky', ar: 'فولوديمير زيلينسكي', party: 'ukraine' },
    { id: 'umerov', en: 'Rustem Umerov', ar: 'رستم أوميروف', party: 'ukraine' },
    { id: 'peskov', en: 'Dmitry Peskov', ar: 'دميتري بيسكوف', party: 'russia' },
    { id: 'dmitriev', en: 'Kirill Dmitriev', ar: 'كيريل دميترييف', party: 'russia' },
    { id: 'kostyukov', en: 'Igor Kostyukov', ar: 'إيغور كوستيوكوف', party: 'russia' },
    { id: 'witkoff', en: 'Steve Witkoff', ar: 'ستيف ويتكوف', party: 'united_states' },
  ],
  titles: [{ id: 'kremlin_spokesperson', en: 'Kremlin spokesman', ar: 'المتحدث باسم الكرملين', party: 'russia' }],
  places: [
    { id: 'abu_dhabi', en: 'Abu Dhabi', ar: 'أبوظبي' },
    { id: 'donetsk_oblast', en: 'Donetsk region', ar: 'مقاطعة دونيتسك' },
    { id: 'kupiansk', en: 'Kupiansk', ar: 'كوبيانسك' },
  ],
  organizations: [
    { id: 'ua_general_staff', en: 'Ukrainian General Staff', ar: 'هيئة الأركان العامة الأوكرانية', party: 'ukraine' },
    { id: 'ua_air_force', en: 'Ukrainian Air Force', ar: 'سلاح الجو الأوكراني', party: 'ukraine' },
    { id: 'ukrinform', en: 'Ukrinform', ar: 'أوكرينفورم', party: 'ukraine' },
    { id: 'sputnik', en: 'Sputnik', ar: 'سبوتنيك', party: 'russia' },
  ],
  metrics: [
    { id: 'personnel', en: 'Personnel', ar: 'الأفراد' }, { id: 'tanks', en: 'Tanks', ar: 'الدبابات' },
    { id: 'armored_vehicles', en: 'Armoured vehicles', ar: 'المركبات القتالية المدرعة' }, { id: 'artillery', en: 'Artillery systems', ar: 'أنظمة المدفعية' },
    { id: 'mlrs', en: 'MLRS', ar: 'راجمات الصواريخ' }, { id: 'air_defense', en: 'Air defence systems', ar: 'أنظمة الدفاع الجوي' },
    { id: 'aircraft', en: 'Aircraft', ar: 'الطائرات' }, { id: 'helicopters', en: 'Helicopters', ar: 'المروحيات' },
    { id: 'drones', en: 'Drones', ar: 'الطائرات المسيرة' }, { id: 'cruise_missiles', en: 'Cruise missiles', ar: 'صواريخ كروز' },
    { id: 'warships', en: 'Warships', ar: 'السفن الحربية' }, { id: 'submarines', en: 'Submarines', ar: 'الغواصات' },
    { id: 'vehicles_fuel_tanks', en: 'Vehicles and fuel tanks', ar: 'المركبات وخزانات الوقود' }, { id: 'special_equipment', en: 'Special equipment', ar: 'المعدات الخاصة' },
  ],
  issues: [
    { id: 'donbas_withdrawal', en: 'withdrawal from Donbas', ar: 'الانسحاب من دونباس' },
    { id: 'freeze_front_line', en: 'freezing the front line', ar: 'تجميد خط الجبهة' },
    { id: 'territory', en: 'territory', ar: 'الأراضي' },
  ],
};

export const articles: DigestArticle[] = [
  { id: 'a000', clusterId: 'c-afp', publishedDate: '2026-02-05', dateBasis: 'stated', outlet: 'AFP', source: 'seeds/000_908d46d436d07b3b.txt' },
  { id: 'a001', clusterId: 'c-001', publishedDate: '2026-02-04', dateBasis: 'stated', source: 'seeds/001_43e95fa589c62df9.txt' },
  { id: 'a002', clusterId: 'c-afp', publishedDate: '2026-02-05', dateBasis: 'inferred', outlet: 'Al Jazeera', source: 'seeds/002_d557eae347f50618.txt' },
  { id: 'a003', clusterId: 'c-003', publishedDate: '2026-02-05', dateBasis: 'stated', title: 'الولايات المتحدة وروسيا ستستأنفان حوارهما العسكري', source: 'seeds/003_a63a7b9a017dd040.txt' },
  { id: 'a004', clusterId: 'c-004', publishedDate: '2026-01-23', dateBasis: 'inferred', source: 'seeds/004_2ef2546d93cc802a.txt' },
];

let position = 0;
/** Evidence in an article; each call moves on, so facts keep their reading order. */
export function at(articleId: string, sentence = '…'): Evidence {
  position += 100;
  return { articleId, sentence, start: position, end: position + 50 };
}

export const generalStaff: Claimant = { kind: 'organization', id: 'ua_general_staff', text: 'هيئة الأركان العامة للقوات المسلحة الأوكرانية' };
export const airForce: Claimant = { kind: 'organization', id: 'ua_air_force', text: 'سلاح الجو الأوكراني' };
export const ukrinform: Claimant = { kind: 'organization', id: 'ukrinform', text: 'وكالة الأنباء الأوكرانية (أوكرينفورم)' };
export const sputnik: Claimant = { kind: 'organization', id: 'sputnik', text: 'وكالة سبوتنيك الروسية' };
export const zelensky: Claimant = { kind: 'person', id: 'zelensky', text: 'الرئيس الأوكراني فولوديمير زيلينسكي' };

type FigureOptions = Partial<Omit<FigureFact, 'kind' | 'metric' | 'value' | 'evidence'>>;

/** A figure fact; defaults: exact, cumulative, per the General Staff. */
export function figure(metric: FigureFact['metric'], value: number, evidence: Evidence, options: FigureOptions = {}): FigureFact {
  return { kind: 'figure', metric, value, qualifier: 'exact', scope: 'cumulative', claimant: generalStaff, valueText: String(value), evidence, ...options } as FigureFact;
}

/** The General Staff's cumulative tally of 5 February 2026 (seed 002), with the 24-hour personnel figure. */
export const TALLY_0205: ReadonlyArray<[TallyMetric, number, string]> = [
  ['personnel', 1243840, 'exact'], ['tanks', 11642, 'exact'], ['armored_vehicles', 24000, 'approx'], ['artillery', 36000, 'approx'],
  ['mlrs', 1636, 'exact'], ['air_defense', 1293, 'exact'], ['aircraft', 435, 'exact'], ['helicopters', 347, 'exact'],
  ['drones', 125000, 'at_least'], ['cruise_missiles', 4245, 'exact'], ['warships', 28, 'exact'], ['submarines', 2, 'exact'],
  ['vehicles_fuel_tanks', 77149, 'exact'], ['special_equipment', 4062, 'exact'],
];

export function tallyFacts(articleId: string, asOf: IsoDate, rows: ReadonlyArray<[TallyMetric, number, string]> = TALLY_0205): FigureFact[] {
  return rows.map(([metric, value, qualifier]) => figure(metric, value, at(articleId), { qualifier, side: 'russia', asOf } as FigureOptions));
}

/** The tally of 4 February, as the caller would pass it in `previousTally`. */
export const previousTally: FigureFact[] = tallyFacts('earlier', '2026-02-04', [
  ['personnel', 1243070, 'exact'], ['tanks', 11640, 'exact'], ['armored_vehicles', 24000, 'approx'], ['mlrs', 1634, 'exact'],
]);

function round(articleId: string, fields: Partial<Omit<RoundFact, 'kind' | 'evidence'>>): RoundFact {
  return { kind: 'round', parties: [], mediators: [], status: 'under_way', evidence: at(articleId), ...fields };
}

/** The talks: round one (seeds 004, 001), round two (seeds 001, 000/002, 003), its outcomes, positions and next steps. */
export function talksFacts(): Fact[] {
  return [
    round('a004', { venue: 'abu_dhabi', startDate: '2026-01-23', format: 'trilateral', parties: ['russia', 'ukraine', 'united_states'] }),
    round('a001', { number: 1, startDate: '2026-01-23', endDate: '2026-01-24', status: 'held', format: 'trilateral', direct: true }),
    { kind: 'delegation', person: 'kostyukov', side: 'russia', role: 'head', roundNumber: 1, evidence: at('a001') },
    { kind: 'delegation', person: 'umerov', side: 'ukraine', role: 'head', roundNumber: 1, evidence: at('a001') },
    round('a001', { number: 2, startDate: '2026-02-04', format: 'trilateral', mediators: ['united_states'], parties: ['russia', 'ukraine', 'united_states'] }),
    { kind: 'position', party: 'russia', stance: 'demands', issue: 'donbas_withdrawal', text: 'تريد موسكو من كييف سحب قواتها من جميع أنحاء منطقة دونيتسك', evidence: at('a001') },
    { kind: 'position', party: 'ukraine', stance: 'insists', issue: 'freeze_front_line', text: 'تشدد أوكرانيا على تجميد الصراع على خطوط الجبهة الحالية', evidence: at('a001') },
    { kind: 'statement', form: 'quoted', speaker: { kind: 'person', id: 'peskov', text: 'دميتري بيسكوف' }, verb: 'وقال', quote: 'لا داعي لتوقع أي بيانات في الوقت الراهن، لا نعتزم تقديم أي معلومات', evidence: at('a001') },
    ...['a000', 'a002'].flatMap((id): Fact[] => [
      round(id, { venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', status: 'under_way' }),
      { kind: 'position', party: 'russia', stance: 'demands', issue: 'donbas_withdrawal', text: 'تطالب موسكو كييف بسحب قواتها من مساحات شاسعة من إقليم دونباس', evidence: at(id) },
      { kind: 'sticking_point', issue: 'territory', text: 'مصير أراض في شرق أوكرانيا', evidence: at(id) },
      { kind: 'next_step', what: 'prisoner_exchange', vague: 'near_future', whenText: 'في المستقبل القريب', text: 'يأمل في إجراء عملية تبادل جديدة للأسرى', evidence: at(id) },
    ]),
    { kind: 'position', party: 'ukraine', stance: 'proposes', issue: 'freeze_front_line', text: 'تقترح تجميد خطوط القتال على طول خط الجبهة الحالية', evidence: at('a000') },
    { kind: 'statement', form: 'quoted', speaker: { kind: 'person', id: 'dmitriev', text: 'المفاوض الروسي كيريل دميتريف' }, verb: 'وقال', quote: 'هناك تقدم لا شكّ، الأمور تسير في الاتجاه الصحيح', evidence: at('a000') },
    round('a003', { venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', status: 'held' }),
    { kind: 'outcome', type: 'prisoner_exchange', parties: ['ukraine', 'russia'], perSide: 157, text: 'تبادل 157 عسكريا ومدنيا من كل جانب', evidence: at('a003') },
    { kind: 'outcome', type: 'resumed_channel', parties: ['united_states', 'russia'], text: 'استئناف الحوار العسكري بينهما على مستوى رفيع', evidence: at('a003') },
    { kind: 'sticking_point', issue: 'territory', text: 'نقطة الخلاف الرئيسية هي قضية الأراضي', evidence: at('a003') },
    { kind: 'next_step', what: 'new_round', vague: 'coming_weeks', whenText: 'في الأسابيع المقبلة', text: 'جولة جديدة من المحادثات ستُعقد في الأسابيع المقبلة', evidence: at('a003') },
  ];
}

/** The battlefield: the tally (seed 002), the overnight attack (seed 003), casualties, Zelensky's figure, Sputnik's claims. */
export function battlefieldFacts(): Fact[] {
  return [
    ...tallyFacts('a002', '2026-02-05'),
    figure('personnel', 770, at('a002'), { scope: 'daily', side: 'russia', asOf: '2026-02-05' }),
    figure('drones_launched', 183, at('a003'), { scope: 'event', claimant: airForce, asOf: '2026-02-04' }),
    figure('ballistic_missiles_launched', 2, at('a003'), { scope: 'event', claimant: airForce, asOf: '2026-02-04' }),
    figure('drones_intercepted', 156, at('a003'), { scope: 'event', claimant: airForce, asOf: '2026-02-04' }),
    figure('killed', 8, at('a002'), { scope: 'event', claimant: ukrinform, place: 'donetsk_oblast' }),
    figure('injured', 21, at('a002'), { scope: 'event', claimant: ukrinform, place: 'donetsk_oblast' }),
    ...['a000', 'a002', 'a003'].map((id) => figure('killed', 55000, at(id), { claimant: zelensky, side: 'ukraine', population: 'soldiers', valueText: '55 ألفا' })),
    figure('killed', 6, at('a002'), { scope: 'event', claimant: sputnik, side: 'ukraine', place: 'kupiansk' }),
    figure('equipment_destroyed', 9, at('a002'), { scope: 'event', claimant: sputnik, side: 'ukraine', place: 'kupiansk' }),
  ];
}

/** The whole window of 4–5 February. */
export function seedInput(overrides: Partial<DigestInput> = {}): DigestInput {
  return { articles, facts: [...talksFacts(), ...battlefieldFacts()], previousTally, pack, ...overrides };
}
