/**
 * Every word the renderers write, in Arabic and English. Names of parties, people, places and tally
 * categories come from the pack (through the digest model); this table covers the template
 * sentences and the ids the pack does not name (event metrics, stances, statuses, timings).
 */
import type { FigureMetric, NextStepFact, OutcomeFact, RoundStatus, Stance, TalksFormat, DelegationFact } from '../extract/facts.ts';
import type { Lang, Population } from '../digest/types.ts';

type Pair = { readonly ar: string; readonly en: string };

/** Labels of every figure metric; the pack's own metric names take precedence for tally categories. */
export const METRIC_LABELS: Readonly<Record<FigureMetric, Pair>> = {
  personnel: { en: 'Personnel', ar: 'الأفراد' },
  tanks: { en: 'Tanks', ar: 'الدبابات' },
  armored_vehicles: { en: 'Armoured combat vehicles', ar: 'المركبات القتالية المدرعة' },
  artillery: { en: 'Artillery systems', ar: 'أنظمة المدفعية' },
  mlrs: { en: 'Multiple rocket launchers', ar: 'راجمات الصواريخ' },
  air_defense: { en: 'Air defence systems', ar: 'أنظمة الدفاع الجوي' },
  aircraft: { en: 'Aircraft', ar: 'الطائرات الحربية' },
  helicopters: { en: 'Helicopters', ar: 'المروحيات' },
  drones: { en: 'Drones', ar: 'الطائرات المسيرة' },
  cruise_missiles: { en: 'Cruise missiles', ar: 'صواريخ كروز' },
  warships: { en: 'Warships', ar: 'السفن الحربية' },
  submarines: { en: 'Submarines', ar: 'الغواصات' },
  vehicles_fuel_tanks: { en: 'Vehicles and fuel tanks', ar: 'المركبات وخزانات الوقود' },
  special_equipment: { en: 'Special equipment', ar: 'المعدات الخاصة' },
  drones_launched: { en: 'Drones launched', ar: 'المسيّرات التي أُطلقت' },
  missiles_launched: { en: 'Missiles launched', ar: 'الصواريخ التي أُطلقت' },
  ballistic_missiles_launched: { en: 'Ballistic missiles launched', ar: 'الصواريخ الباليستية التي أُطلقت' },
  cruise_missiles_launched: { en: 'Cruise missiles launched', ar: 'صواريخ كروز التي أُطلقت' },
  drones_intercepted: { en: 'Drones intercepted', ar: 'المسيّرات التي اعتُرضت' },
  missiles_intercepted: { en: 'Missiles intercepted', ar: 'الصواريخ التي اعتُرضت' },
  killed: { en: 'Killed', ar: 'القتلى' },
  injured: { en: 'Injured', ar: 'الجرحى' },
  killed_or_injured: { en: 'Killed or injured', ar: 'القتلى والجرحى' },
  missing: { en: 'Missing', ar: 'المفقودون' },
  prisoners_exchanged: { en: 'Prisoners exchanged', ar: 'الأسرى المتبادلون' },
  equipment_destroyed: { en: 'Equipment destroyed', ar: 'المعدات المدمرة' },
};

/** Number qualifiers as read by the number parser; exact numbers take none. */
export const QUALIFIER_LABELS: Readonly<Record<string, Pair>> = {
  approx: { en: 'about', ar: 'نحو' },
  at_least: { en: 'more than', ar: 'أكثر من' },
  at_most: { en: 'less than', ar: 'أقل من' },
};

export const ROUND_STATUS_LABELS: Readonly<Record<RoundStatus, Pair>> = {
  scheduled: { en: 'scheduled', ar: 'مقررة' },
  under_way: { en: 'under way', ar: 'جارية' },
  held: { en: 'held', ar: 'عُقدت' },
};

export const FORMAT_LABELS: Readonly<Record<TalksFormat, Pair>> = {
  bilateral: { en: 'bilateral', ar: 'ثنائية' },
  trilateral: { en: 'trilateral', ar: 'ثلاثية' },
  multilateral: { en: 'multilateral', ar: 'متعددة الأطراف' },
};

export const OUTCOME_LABELS: Readonly<Record<OutcomeFact['type'], Pair>> = {
  prisoner_exchange: { en: 'Prisoner exchange', ar: 'تبادل أسرى' },
  agreement: { en: 'Agreement', ar: 'اتفاق' },
  resumed_channel: { en: 'Channel resumed', ar: 'استئناف قناة اتصال' },
  ceasefire: { en: 'Ceasefire', ar: 'وقف إطلاق النار' },
  other: { en: 'Outcome', ar: 'نتيجة' },
};

export const STANCE_LABELS: Readonly<Record<Stance, Pair>> = {
  demands: { en: 'demands', ar: 'تطالب' },
  proposes: { en: 'proposes', ar: 'تقترح' },
  rejects: { en: 'rejects', ar: 'ترفض' },
  insists: { en: 'insists on', ar: 'تتمسك' },
  accepts: { en: 'accepts', ar: 'تقبل' },
  offers: { en: 'offers', ar: 'تعرض' },
};

export const ROLE_LABELS: Readonly<Record<DelegationFact['role'], Pair>> = {
  head: { en: 'head of delegation', ar: 'رئيس الوفد' },
  member: { en: 'delegation member', ar: 'عضو الوفد' },
  envoy: { en: 'envoy', ar: 'مبعوث' },
  mediator: { en: 'mediator', ar: 'وسيط' },
};

export const NEXT_STEP_LABELS: Readonly<Record<NextStepFact['what'], Pair>> = {
  new_round: { en: 'New round of talks', ar: 'جولة محادثات جديدة' },
  meeting: { en: 'Meeting', ar: 'اجتماع' },
  prisoner_exchange: { en: 'Prisoner exchange', ar: 'تبادل أسرى' },
  other: { en: 'Next step', ar: 'خطوة تالية' },
};

/** Vague timings (the pack's vagueTimes labels). */
export const VAGUE_TIME_LABELS: Readonly<Record<string, Pair>> = {
  coming_days: { en: 'in the coming days', ar: 'في الأيام المقبلة' },
  coming_weeks: { en: 'in the coming weeks', ar: 'في الأسابيع المقبلة' },
  coming_months: { en: 'in the coming months', ar: 'في الأشهر المقبلة' },
  near_future: { en: 'in the near future', ar: 'في المستقبل القريب' },
  soon: { en: 'soon', ar: 'قريبا' },
  this_week: { en: 'this week', ar: 'هذا الأسبوع' },
  next_week: { en: 'next week', ar: 'الأسبوع المقبل' },
  next_month: { en: 'next month', ar: 'الشهر المقبل' },
};

export const POPULATION_LABELS: Readonly<Record<Population, Pair>> = {
  civilians: { en: 'civilians', ar: 'مدنيون' },
  soldiers: { en: 'soldiers', ar: 'عسكريون' },
  people: { en: 'people', ar: 'أشخاص' },
};

/** Issues the pack may not name yet; the pack's own names win. */
export const ISSUE_LABELS: Readonly<Record<string, Pair>> = {
  donbas_withdrawal: { en: 'withdrawal of Ukrainian forces from Donbas', ar: 'انسحاب القوات الأوكرانية من دونباس' },
  freeze_front_line: { en: 'freezing the current front line', ar: 'تجميد خط الجبهة الحالي' },
  nato_membership: { en: 'NATO membership', ar: 'الانضمام إلى حلف الناتو' },
  security_guarantees: { en: 'security guarantees', ar: 'الضمانات الأمنية' },
  territory: { en: 'territory', ar: 'الأراضي' },
  zaporizhzhia_npp: { en: 'the Zaporizhzhia nuclear power plant', ar: 'محطة زابوريجيا للطاقة النووية' },
};

export const DATE_BASIS_LABELS: Readonly<Record<'stated' | 'inferred' | 'unknown', Pair>> = {
  stated: { en: 'date stated', ar: 'التاريخ مذكور' },
  inferred: { en: 'date inferred', ar: 'التاريخ مستنتج' },
  unknown: { en: 'undated', ar: 'غير مؤرخ' },
};

/**
 * Speech verbs by their folded masculine past form (the feminine adds ت); the English for a
 * statement line. The Arabic line keeps the verb as written.
 */
export const SPEECH_VERBS: Readonly<Record<string, string>> = {
  'قال': 'said', 'اعلن': 'announced', 'اكد': 'affirmed', 'اضاف': 'added', 'صرح': 'stated', 'وصف': 'described',
  'دعا': 'called', 'دعت': 'called', 'اشاد': 'praised', 'اقر': 'acknowledged', 'شدد': 'stressed', 'لفت': 'noted',
  'اوضح': 'explained', 'طالب': 'demanded', 'نفي': 'denied', 'نفت': 'denied', 'اعتبر': 'considered', 'حذر': 'warned',
  'كشف': 'revealed', 'تابع': 'went on', 'ذكر': 'mentioned', 'افاد': 'reported', 'اشار': 'pointed out', 'راي': 'said',
  'نقل': 'relayed', 'كتب': 'wrote', 'وعد': 'promised', 'ندد': 'condemned', 'اتهم': 'accused', 'اعرب': 'expressed',
};

/**
 * Accusative participles that carry speech on within a sentence ("مشددا على أن…") and the finite verb
 * a line of its own needs: "مشددا كيريل دميترييف أنهم…" is not Arabic, "شدد كيريل دميترييف…" is.
 * Feminine participles (مؤكدة) take the feminine verb (أكدت).
 */
export const PARTICIPLE_VERBS: Readonly<Record<string, string>> = {
  'قائلا': 'قال', 'مؤكدا': 'أكد', 'مضيفا': 'أضاف', 'مشددا': 'شدد', 'لافتا': 'لفت', 'مشيرا': 'أشار', 'موضحا': 'أوضح',
  'معلنا': 'أعلن', 'معتبرا': 'اعتبر', 'محذرا': 'حذر', 'واصفا': 'وصف', 'منددا': 'ندد', 'متهما': 'اتهم', 'داعيا': 'دعا',
  'مطالبا': 'طالب', 'نافيا': 'نفى', 'كاشفا': 'كشف', 'معربا': 'أعرب', 'مذكرا': 'ذكر', 'متابعا': 'تابع', 'مبديا': 'أبدى',
};

/** Words that make an English organization name take "the" ("per the Ukrainian General Staff", but "per Sputnik"). */
export const DEFINITE_NAME_WORDS: ReadonlySet<string> = new Set([
  'staff', 'ministry', 'force', 'forces', 'command', 'kremlin', 'pentagon', 'service', 'office', 'council', 'administration',
  'army', 'navy', 'guard', 'directorate', 'department', 'committee', 'government', 'military', 'authorities', 'agency',
  'intelligence', 'bureau', 'house', 'union', 'nations', 'states', 'kingdom', 'emirates', 'headquarters', 'police', 'mission',
]);

/** Template words of the outputs. */
export type Templates = {
  readonly digestTitle: string;
  readonly threeLines: string;
  readonly negotiations: string;
  readonly developments: string;
  readonly delegations: string;
  readonly positions: string;
  readonly stickingPoints: string;
  readonly nextStep: string;
  readonly battlefield: string;
  readonly tally: string;
  readonly lossesOf: string;
  readonly asOf: string;
  readonly category: string;
  readonly total: string;
  readonly change24h: string;
  readonly strikes: string;
  readonly casualties: string;
  readonly noPlace: string;
  readonly otherSide: string;
  readonly otherFigures: string;
  readonly statements: string;
  readonly sources: string;
  readonly nothing: string;
  readonly per: string;
  readonly conflicting: string;
  readonly side: string;
  readonly round: string;
  readonly aRound: string;
  readonly rounds: string;
  readonly parties: string;
  readonly mediators: string;
  readonly direct: string;
  readonly indirect: string;
  readonly outcome: string;
  readonly outcomes: string;
  readonly talks: string;
  readonly next: string;
  readonly forEach: string;
  readonly inAll: string;
  readonly on: string;
  readonly noDate: string;
  readonly stated: string;
  readonly computed: string;
  readonly computedSince: string;
  readonly in24h: string;
  readonly since: string;
  readonly sinceWarStart: string;
  readonly inArabic: string;
  /** A next step's timing the renderer cannot put in English, and statements nothing was read from (English only; Arabic shows the words). */
  readonly timingInArabic: string;
  readonly wordsInArabic: string;
  readonly detailsInArabic: string;
  readonly oneMoreStatement: string;
  readonly moreStatements: string;
  /** Marks reported speech shown in the article's Arabic words (no quotation marks: the words are the outlet's). */
  readonly reportedInArabic: string;
  readonly talksTitle: string;
  readonly latestRound: string;
  readonly earlierRounds: string;
  readonly outcomesSoFar: string;
  readonly noRound: string;
  readonly figuresTitle: string;
  readonly noTally: string;
  readonly listSep: string;
  readonly clauseSep: string;
  readonly stop: string;
};

export const TEMPLATES: Readonly<Record<Lang, Templates>> = {
  en: {
    digestTitle: 'Daily digest', threeLines: 'The day in three lines', negotiations: 'Negotiations', developments: 'Developments',
    delegations: 'Delegations', positions: 'Positions', stickingPoints: 'Sticking points', nextStep: 'Next step',
    battlefield: 'Battlefield', tally: 'Cumulative tally', lossesOf: 'Losses of', asOf: 'as of', category: 'Category',
    total: 'Total', change24h: '24-hour change', strikes: 'Strikes', casualties: 'Casualties', noPlace: 'Place not given',
    otherSide: "The other side's claims", otherFigures: 'Other figures', statements: 'Statements', sources: 'Sources',
    nothing: 'Nothing reported.', per: 'per', conflicting: 'conflicting figures', side: 'side', round: 'Round',
    aRound: 'A round of talks', rounds: 'rounds', parties: 'parties', mediators: 'mediators', direct: 'direct', indirect: 'indirect',
    outcome: 'outcome', outcomes: 'outcomes', talks: 'Talks', next: 'Next', forEach: 'for', inAll: 'in all', on: 'on',
    noDate: 'no date given', stated: 'stated', computed: 'computed', computedSince: 'computed since', in24h: 'in 24 hours',
    since: 'since', sinceWarStart: 'since the start of the war', inArabic: '(in Arabic)', timingInArabic: 'timing given in Arabic only', wordsInArabic: 'words in Arabic only', detailsInArabic: 'details in Arabic only', oneMoreStatement: 'one statement, words in Arabic only', moreStatements: 'statements, words in Arabic only', reportedInArabic: '(reported, in Arabic)', talksTitle: 'Talks status',
    latestRound: 'Latest round', earlierRounds: 'Earlier rounds', outcomesSoFar: 'Outcomes so far',
    noRound: 'No round of talks reported.', figuresTitle: 'Figures', noTally: 'No General Staff tally reported.',
    listSep: ', ', clauseSep: '; ', stop: '.',
  },
  ar: {
    digestTitle: 'الموجز اليومي', threeLines: 'اليوم في ثلاثة أسطر', negotiations: 'المفاوضات', developments: 'التطورات',
    delegations: 'الوفود', positions: 'المواقف', stickingPoints: 'نقاط الخلاف', nextStep: 'الخطوة التالية',
    battlefield: 'الميدان', tally: 'الحصيلة التراكمية', lossesOf: 'خسائر', asOf: 'حتى', category: 'الفئة',
    total: 'الإجمالي', change24h: 'التغير خلال 24 ساعة', strikes: 'الضربات', casualties: 'الضحايا', noPlace: 'دون تحديد المكان',
    otherSide: 'روايات الطرف الآخر', otherFigures: 'أرقام أخرى', statements: 'التصريحات', sources: 'المصادر',
    nothing: 'لم يُذكر شيء.', per: 'بحسب', conflicting: 'أرقام متضاربة', side: 'الطرف', round: 'الجولة',
    aRound: 'جولة محادثات', rounds: 'الجولات', parties: 'الأطراف', mediators: 'الوسطاء', direct: 'مباشرة', indirect: 'غير مباشرة',
    outcome: 'النتيجة', outcomes: 'النتائج', talks: 'المفاوضات', next: 'التالي', forEach: 'مقابل', inAll: 'بالإجمال', on: 'في',
    noDate: 'دون موعد محدد', stated: 'وفق البيان', computed: 'محسوب', computedSince: 'محسوب مقارنة بـ', in24h: 'خلال 24 ساعة',
    since: 'منذ', sinceWarStart: 'منذ بداية الحرب', inArabic: '', timingInArabic: '', wordsInArabic: '', detailsInArabic: '', oneMoreStatement: '', moreStatements: '', reportedInArabic: '', talksTitle: 'وضع المفاوضات',
    latestRound: 'آخر جولة', earlierRounds: 'الجولات السابقة', outcomesSoFar: 'النتائج حتى الآن',
    noRound: 'لم تُذكر أي جولة محادثات.', figuresTitle: 'الأرقام', noTally: 'لم تُنشر حصيلة لهيئة الأركان.',
    listSep: '، ', clauseSep: '؛ ', stop: '.',
  },
};

/** Arabic and English month names (the Arabic ones the Gulf and Egyptian press use). */
export const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** Forms of a counted noun: Arabic agrees with the number (1, 2, 3–10, 11–99, hundreds). */
export type CountedNoun = { readonly one: string; readonly two: string; readonly few: string; readonly many: string; readonly hundred: string };

export const REPORT_NOUN: Readonly<Record<Lang, CountedNoun>> = {
  ar: { one: 'تقرير', two: 'تقريران', few: 'تقارير', many: 'تقريرا', hundred: 'تقرير' },
  en: { one: 'report', two: 'reports', few: 'reports', many: 'reports', hundred: 'reports' },
};

export const ARTICLE_NOUN: Readonly<Record<Lang, CountedNoun>> = {
  ar: { one: 'مقال', two: 'مقالان', few: 'مقالات', many: 'مقالا', hundred: 'مقال' },
  en: { one: 'article', two: 'articles', few: 'articles', many: 'articles', hundred: 'articles' },
};
