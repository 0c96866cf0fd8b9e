/**
 * What the talks extractors look for, compiled once per pack: the pack's cue groups, its issues and
 * the grammar of talks reporting merged into ONE phrase matcher, so a sentence is scanned once for
 * all of them. Where spellings overlap the longest wins, which is what reading wants: "تبادل
 * الأراضي" is the territory issue, never a prisoner exchange.
 *
 * The pack holds the domain (who, where, which cue words and issues); the word lists below are Arabic
 * grammar every pack shares: the verbs that say a meeting was held, is under way or is planned, the
 * words that cut a sentence into clauses, negation, hope, "per side". A new outlet's spelling of a
 * place or a cue is a pack edit; none of these lists should need one.
 */
import { toFormKey } from '../../packs/form-key.ts';
import { createPackIndex, type PackIndex } from '../../packs/lookup.ts';
import type { Pack } from '../../packs/schema.ts';
import { foldArabic } from '../../text/normalize.ts';
import { attributionLexiconOf, type AttributionLexicon } from '../attribution/pack-lexicon.ts';

/** Where a cue comes from: a pack cue group, or the grammar lists of this file. */
export type CueGroup =
  | 'talks' | 'formats' | 'outcomes' | 'stances' | 'sticking' | 'next' | 'future' | 'vague' | 'speech'
  | 'status' | 'role' | 'intro' | 'cut' | 'complement' | 'history' | 'negation' | 'hope' | 'realized' | 'resume'
  | 'per_side' | 'duration' | 'generic' | 'issue';

/** One reading of a matched phrase; a phrase may have several (شارك: held, and a member's verb). */
export type Cue = { readonly group: CueGroup; readonly label: string };

/** The grammar of talks reporting, as written (folded at compile time). Labels are what a match reports. */
const GRAMMAR: Readonly<Partial<Record<CueGroup, Readonly<Record<string, readonly string[]>>>>> = {
  status: {
    held: [
      'عقدت', 'عقد', 'عقدا', 'عقدتا', 'انعقدت', 'انعقد', 'جرت', 'جرى', 'أجريت', 'أجري', 'أجرت', 'أجرى', 'أجريا', 'أجرتا', 'أجروا', 'اختتمت', 'اختتم',
      'انتهت', 'انتهى', 'اختتام', 'انتهاء', 'شارك', 'شاركت', 'شاركوا', 'استمرت', 'استمر', 'دامت', 'التي عقدت', 'التي جرت', 'أقيم', 'أقيمت',
      // With the talks as a pronoun ("بعد محادثات مثمرة أجراها مسؤولون…"), and a meeting told by its past verb ("استقبل بوتين ويتكوف").
      'أجراها', 'أجرياها', 'أجروها', 'عقدها', 'عقداها', 'عقدوها', 'استقبل', 'استقبلت', 'التقى', 'التقت', 'التقيا', 'التقوا', 'اجتمع', 'اجتمعت', 'اجتمعا', 'اجتمعوا',
      // A place that "witnessed" the talks hosted them ("وشهدت جنيف اجتماعا ثنائيا").
      'شهدت', 'شهد',
    ],
    under_way: [
      'بدأت', 'بدأ', 'بدأتا', 'بدأوا', 'انطلقت', 'انطلق', 'تتواصل', 'تواصل', 'يتواصل', 'تواصلت', 'تستمر', 'يستمر', 'شرع', 'شرعت',
      'شرعوا', 'تجري', 'يجري', 'تعقد', 'يعقد', 'تنعقد', 'ينعقد', 'استؤنفت',
    ],
    /** Present tense of beginning: today's start, or a start still to come ("تنطلق الجمعة"). */
    begins: ['تنطلق', 'ينطلق', 'تبدأ', 'يبدأ', 'تستأنف', 'يستأنف',
      // A host in the present tense: hosting today ("تستضيف واشنطن اجتماعا"), or on a day still to come.
      'تستضيف', 'يستضيف', 'تحتضن', 'يحتضن'],
    scheduled: [
      'ستعقد', 'سيعقد', 'ستنعقد', 'ستجري', 'سيجري', 'ستنطلق', 'سينطلق', 'ستبدأ', 'سيبدأ', 'سيلتقون', 'سيلتقي', 'ستلتقي', 'سيجتمع', 'ستجتمع',
      'سيجتمعون', 'من المقرر', 'المقرر', 'المرتقبة', 'المرتقب', 'المزمع', 'المزمعة', 'ستستضيف', 'سيستضيف', 'ستستأنف', 'سيستأنف',
    ],
    /** After a talks noun: the next meeting, not this one ("المحادثات المقبلة"). */
    next: ['المقبلة', 'القادمة', 'المقبل', 'القادم', 'التالية', 'التالي', 'المقبلتين'],
  },
  role: {
    head: [
      'ترأس', 'يترأس', 'تترأس', 'ترأست', 'يرأس', 'ترأسه', 'يرأسه', 'سيرأس', 'سيرأسه', 'سيترأس', 'ستترأس', 'برئاسة', 'يقود', 'تقود', 'قاد', 'قادت',
      'سيقود', 'يقوده', 'يتزعم', 'يتولى رئاسة', 'تولى رئاسة', 'سيترأسه', 'يترأسه', 'ستترأسه', 'تترأسه', 'ترأسها', 'يترأسها', 'سيقوده', 'قاده',
      'بقيادة', 'لقيادة', 'لرئاسة',
    ],
    // Not "ضم" alone: it is also annexation ("ضم القرم").
    member: ['يضم', 'تضم', 'ضمت', 'يضمان', 'سيضم', 'ستضم', 'بمشاركة', 'يشارك', 'تشارك', 'شارك', 'شاركت', 'إلى جانب', 'برفقة', 'وعضوية', 'عضوية',
      // "يمثل الجانب الروسي كل من يوري أوشاكوف … وكيريل دميترييف": those who represent a side are its delegation.
      'يمثل الجانب', 'تمثل الجانب', 'مثل الجانب', 'مثلت الجانب',
      // Taking part in the talks: "وحضر المحادثات …", "وانضم إلى المحادثات لاحقا …", "ويجلس على طاولة المفاوضات …".
      'حضر', 'يحضر', 'يحضره', 'يحضرها', 'تحضر', 'حضرها', 'حضره', 'حضور', 'انضم', 'انضمت', 'ينضم', 'تنضم', 'سينضم', 'ستنضم', 'شاركوا', 'يشاركون',
      'سيشارك', 'ستشارك', 'يجلس على طاولة', 'جلس على طاولة'],
  },
  intro: {
    participant: ['بين', 'مع', 'بمشاركة', 'تضم', 'يضم', 'ضمت', 'ستضم', 'سيضم', 'ممثلين عن', 'ممثلي', 'ممثلو',
      // "اللقاء الذي جمع بوتين وويتكوف", "اجتماعا ثنائيا جمع عمروف بالمبعوثين": who a meeting brought together.
      'جمع', 'جمعت', 'يجمع', 'سيجمع', 'ستجمع', 'تجمع',
      // "اجتماعا ضم الرئيس الأوكراني وزعماء أوروبيين": only right after a meeting's noun ("ضم القرم" is annexation).
      'ضم'],
    host: ['تستضيف', 'استضافت', 'ستستضيف', 'يستضيف', 'سيستضيف', 'استضاف', 'بضيافة', 'تحتضن', 'احتضنت', 'شهدت', 'شهد', 'تشهد', 'ستشهد'],
    actor: [
      'مسؤولين', 'مسؤولون', 'مسؤولو', 'مسؤولي', 'دبلوماسيون', 'دبلوماسيين', 'مندوبين', 'مندوبون', 'مندوبو', 'مندوبي', 'ممثلين', 'ممثلون', 'مفاوضون', 'مفاوضين', 'مفاوضو', 'مفاوضي',
      'وفد', 'وفود', 'الوفدين', 'وفدا', 'وفدين', 'وفدي', 'وفدان', 'الوفدان', 'الفريق التفاوضي', 'فريق التفاوض', 'الفريقين', 'فريقي',
      'الجانبان', 'الجانبين', 'الطرفان', 'الطرفين', 'البلدان', 'البلدين', 'الدولتين', 'الحكومتين', 'جانبين', 'طرفين',
      // Counterparts in the plural are a delegation ("مع نظرائهم الأوكرانيين"); "نظيره" alone is one person.
      'نظرائهم', 'نظراءهم', 'نظرائه', 'نظرائها', 'نظرائنا', 'نظراء', 'نظيريهما', 'نظيريهم',
    ],
  },
  cut: {
    connector: [
      'في حين', 'فيما', 'بينما', 'بعد أن', 'قبل أن', 'إلا أن', 'لكن', 'لكنه', 'لكنها', 'غير أن', 'حيث', 'إذ', 'بالتزامن مع', 'عقب', 'إثر',
      'قبيل', 'بعد', 'قبل', 'رغم', 'على الرغم', 'بينما', 'كما', 'في وقت', 'في الوقت الذي', 'وسط', 'بهدف', 'من أجل',
    ],
    participle: [
      'مؤكدا', 'مشيرا', 'لافتا', 'مضيفا', 'منددا', 'معتبرا', 'موضحا', 'مشددا', 'واصفا', 'معلنا', 'محذرا', 'قائلا', 'متابعا', 'مبينا',
      'مؤكدة', 'مشيرة', 'لافتة', 'مضيفة', 'معتبرة', 'موضحة', 'مشددة',
    ],
  },
  complement: { that: ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'أنهم', 'أنهما', 'إنهم', 'عن', 'إلى أن'] },
  history: {
    past: ['سبق أن', 'سبق وأن', 'سبق ل', 'وسبق', 'سابقا', 'في السابق', 'من قبل', 'آنذاك', 'حينها', 'حينذاك', 'في الماضي', 'قبل سنوات'],
  },
  negation: { not: ['لم', 'لن', 'لا', 'دون', 'بدون', 'من دون', 'عدم', 'ليس', 'ليست', 'لا يزال', 'ولا'] },
  hope: {
    hope: [
      // Not "أمل" alone: with the clitic ك stripped it is found inside "كامل".
      'يأمل', 'تأمل', 'نأمل', 'يأملون', 'يتطلع', 'تتطلع', 'نتطلع', 'يتوقع', 'تتوقع', 'نتوقع', 'من المتوقع', 'يرجح', 'يسعى إلى',
      'تسعى إلى', 'تعمل على', 'يعمل على', 'تعملان على', 'يعملان على', 'يعملون على', 'من أجل', 'بهدف', 'سعيا', 'أملا', 'على أمل', 'إمكانية', 'احتمال',
      // Possible, not done: "جولة جديدة من المباحثات ممكنة".
      'ممكنة', 'ممكن', 'محتملة', 'محتمل',
    ],
  },
  realized: {
    /** An agreement by itself. */
    agreed: ['تم الاتفاق', 'جرى الاتفاق', 'اتفق', 'اتفقت', 'اتفقا', 'اتفقتا', 'اتفقوا', 'اتفقنا'],
    /** Reached or signed: an agreement only with the agreement or truce it names ("توصل مع ترمب إلى اتفاق", "أسفرت عن اتفاق"). */
    reached: [
      'توصل', 'توصلت', 'توصلا', 'توصلوا', 'توصلنا', 'تم التوصل', 'وقع', 'وقعت', 'وقعا', 'أبرم', 'أبرمت', 'دخل حيز التنفيذ', 'دخلت حيز التنفيذ',
      'أسفرت عن', 'أسفر عن', 'أفضت إلى', 'أفضى إلى', 'تمخضت عن', 'تمخض عن', 'انتهت إلى', 'خلصت إلى',
    ],
  },
  resume: { resume: ['استئناف', 'ستستأنفان', 'ستستأنف', 'سيستأنف', 'تستأنف', 'يستأنف', 'استأنفت', 'استأنف', 'استأنفا', 'إعادة فتح', 'إعادة تفعيل'] },
  per_side: {
    each: ['من كل جانب', 'لكل جانب', 'من كل طرف', 'لكل طرف', 'من كلا الجانبين', 'لكل منهما', 'من الطرفين لكل منهما', 'لكل من الجانبين',
      // "تبادل 303 جنود روس … بعدد مماثل من العسكريين الأوكرانيين": the same number back.
      'بعدد مماثل', 'بالعدد نفسه', 'بنفس العدد', 'بعدد مساو', 'العدد نفسه', 'عددا مماثلا'],
    versus: ['مقابل', 'في مقابل'],
    /** "في المجموع", "ما مجموعه": a count of both sides together. */
    total: ['في المجموع', 'ما مجموعه', 'بالمجموع', 'في الإجمال', 'إجمالا', 'من الجانبين', 'من الطرفين', 'من كلا الطرفين',
      // "عملية تبادل شملت 300 أسير": what the exchange comprised is both sides together.
      'شملت', 'شمل', 'تشمل', 'يشمل', 'شملا'],
    /** "استعادت 390 شخصا": what one side got back is its half of the exchange. */
    returned: ['استعادت', 'استعاد', 'أعادت', 'أعاد', 'عاد', 'عادوا', 'استعادة', 'إعادة', 'عودة'],
  },
  duration: { lasting: ['تستمر', 'يستمر', 'استمرت', 'استمر', 'ستستمر', 'سيستمر', 'على مدى', 'على مدار', 'لمدة', 'مدة', 'تدوم', 'دامت', 'بعد', 'طوال'] },
  generic: { plural: ['جولات', 'جولتين', 'جولتي', 'جولات من'] },
};

/** Single words the extractors test one at a time (folded). */
const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldArabic));
/** Words that name who meets: "بين X وY", "مع X", and a meeting that "brought together" X and Y (after its noun only). */
export const MEETS_WITH = fold(['بين', 'مع', 'جمع', 'جمعت', 'يجمع', 'سيجمع', 'ستجمع', 'تجمع', 'ضم']);
/** A place after one of these is where something happens, so the party it names is not a participant. */
export const LOCATIVE = fold(['في', 'إلى', 'الى', 'على', 'ضد', 'داخل', 'نحو', 'لدى', 'حول', 'بشأن', 'تجاه', 'شرق', 'غرب', 'شمال', 'جنوب', 'أراضي']);
/** Nouns before a city's name: "في مدينة جدة", "بالعاصمة أبوظبي". */
export const CITY_NOUNS = fold(['مدينة', 'المدينة', 'العاصمة', 'عاصمة', 'منتجع', 'قصر', 'بمدينة', 'بالعاصمة', 'بمنتجع']);
/** Demonstratives after a talks noun: "هذه المحادثات" refers back to talks already named. */
export const DEMONSTRATIVE = fold(['هذه', 'هذا', 'تلك', 'ذلك', 'هاتين', 'هذين', 'نفسها', 'ذاتها', 'نفسه', 'ذاته']);
/** A sentence opening with a copula continues the previous one's subject ("وكانت أول مفاوضات…"). */
export const CONTINUATION = fold(['وكانت', 'وكان', 'وهي', 'وهو', 'كانت', 'وقد كانت']);
/** Nouns that open the next item of a list of disputed questions ("…، ومصير محطة زابوريجيا"). */
export const LIST_NOUNS = fold(['مصير', 'قضية', 'مسألة', 'ملف', 'وضع', 'مستقبل', 'مسائل', 'قضايا', 'ملفات', 'إعادة', 'تبادل']);
/** Words that carry a clause on past a comma ("…، من بينها مدن", "…، وفي تعهد كييف"): prepositions, not verbs. */
export const CARRY_ON = fold(['في', 'من', 'على', 'عن', 'إلى', 'الى', 'حول', 'بشأن', 'بما', 'بين', 'بينها', 'منها', 'خاصة', 'لا سيما', 'مثل', 'ومنها', 'خصوصا', 'سيما']);
/** Folded resumption words, to tell "استئناف الحوار العسكري" from "الحفاظ على الحوار العسكري". */
export const RESUMPTION = ['استئناف', 'ستستأنف', 'سيستأنف', 'تستأنف', 'يستأنف', 'استأنف', 'إعادة فتح', 'إعادة تفعيل'].map(foldArabic);
/** Complementizers carrying a pronoun subject (folded): "أكدت أوكرانيا أنها مستعدة" — the speaker is the subject. */
export const PRONOUN_COMPLEMENTS = fold(['أنها', 'أنه', 'إنها', 'إنه', 'بأنها', 'بأنه', 'أننا', 'إننا', 'بأننا', 'أنهم', 'إنهم']);
/** Prepositions carrying a pronoun that may stand between a verb and its subject: "التي تطالب بها موسكو". */
export const PRONOUN_OBJECTS = fold(['به', 'بها', 'بهم', 'له', 'لها', 'لهم', 'عليه', 'عليها', 'منه', 'منها', 'فيه', 'فيها', 'عنه', 'عنها', 'إليه', 'إليها']);
/** Stance nouns of condition: what follows "ل" after them is their purpose ("شروط موسكو لوقف إطلاق النار"). */
export const CONDITIONS = fold(['شرط', 'شروط', 'شروطها', 'شروطه', 'شرطا', 'شرطها', 'شرطه']);
/**
 * Stance words that are nouns (folded, without a pronoun): "اقتراح نظيره الروسي" is the Russian's
 * proposal whoever is named before it, and with a pronoun ("مطالبه", "قبولها") the owner is named
 * before. The ت forms are the nouns' shape before a pronoun ("موافقتها").
 */
export const STANCE_NOUNS = fold([
  'اقتراح', 'اقتراحا', 'اقتراحات', 'مقترح', 'مقترحا', 'مقترحات', 'مطالب', 'مطالبة', 'مطالبت', 'شرط', 'شروط', 'شرطا', 'خطة', 'خطت', 'خطة السلام',
  'مبادرة', 'مبادرت', 'قبول', 'موافقة', 'موافقت', 'استعداد', 'تنازل', 'تنازلات', 'رفض', 'عرض', 'طرح', 'إصرار', 'تمسك',
]);
/** Two leaders or ministers named by rank and two adjectives ("الرئيسان الأمريكي والصيني"): people, not sides. */
export const RANKS = fold(['الرئيسان', 'الرئيسين', 'الزعيمان', 'الزعيمين', 'وزيرا', 'وزيري', 'رئيسا', 'رئيسي', 'الوزيران', 'الوزيرين', 'الملكان', 'الرئيسين',
  // Leaders in the plural: "اجتماع ضم الرئيس الأوكراني وزعماء أوروبيين".
  'زعماء', 'الزعماء', 'قادة', 'القادة']);
/** Relative pronouns: a stance verb after one belongs to a relative clause ("المناطق التي تطالب بها موسكو"). */
/**
 * Words of purpose or readiness right before talks ("وصل … استعدادا لإجراء محادثات", "توجه إلى جنيف لعقد
 * جولة", "أنا مستعد للقاء ثلاثي"): the talks are what the trip is for, or what one is ready for, still ahead.
 */
export const PURPOSE = fold(['استعدادا', 'تمهيدا', 'بهدف', 'سعيا', 'لإجراء', 'لعقد', 'لبدء', 'لاستئناف', 'لحضور', 'للمشاركة',
  'مستعد', 'مستعدة', 'مستعدون', 'مستعدين', 'مستعدان']);
/** Verbs of joining: "انضم روبيو إلى ويتكوف وكوشنر", "سينضم إلى اللقاء قادة أوروبيون" put them at the table. */
export const JOINS = fold(['انضم', 'انضمت', 'ينضم', 'تنضم', 'سينضم', 'ستنضم', 'انضموا', 'سينضمون']);
export const TO = fold(['إلى', 'الى']);
/** "نظيره", "ونظيرها", "نظيريهما" (folded): a counterpart, whose adjective names the other side. */
export const COUNTERPART = /^[وف]?نظير/u;
export const RELATIVE = fold(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'اللواتي', 'اللتي']);
/** Day words that take an ordinal for the day of a round ("اليوم الثاني من المحادثات", "في يومها الثاني"). */
export const DAY_WORDS = fold(['اليوم', 'يوم', 'يومها', 'يومه', 'لليوم', 'باليوم']);
/** The plural after an ordinal: "ثاني أيام جولة المحادثات". */
export const DAYS_WORDS = fold(['أيام', 'ايام']);
/** A number followed by one of these counts time, not prisoners ("منذ 4 أشهر"). */
export const TIME_NOUNS = fold(['يوم', 'يوما', 'أيام', 'يومين', 'أسبوع', 'أسابيع', 'أسبوعين', 'شهر', 'أشهر', 'شهرين', 'شهور', 'عام', 'أعوام', 'عامين', 'سنة', 'سنوات', 'سنتين', 'ساعة', 'ساعات', 'ساعتين', 'دقيقة', 'دقائق']);
/** Words before a year that make it the talks' date ("عام 2022"), as opposed to "منذ 2022". */
export const YEAR_WORDS = fold(['عام', 'العام', 'سنة', 'السنة', 'خلال', 'في']);
/** "أول … منذ": a first since some date is not round one. */
export const SINCE = foldArabic('منذ');

/** A pack's talks cues, issues and lookups, compiled once (talksLexiconOf). */
export type TalksLexicon = {
  /** Every cue group and the grammar as one phrase table (phrase → id), scanned by the sentence matcher; ids are keys into `cuesOf`. */
  readonly phrases: ReadonlyMap<string, string>;
  readonly cuesOf: (id: string) => readonly Cue[];
  /** Issue id → place ids one of which must be near for the issue to count. */
  readonly issueNear: ReadonlyMap<string, ReadonlySet<string>>;
  readonly index: PackIndex;
  readonly attribution: AttributionLexicon;
  /** Role ids of people who negotiate: negotiator titles, and roles named for envoys, negotiators or delegations. */
  readonly negotiatorRoles: ReadonlySet<string>;
  /** Negotiator titles that head a delegation (their Arabic name starts with رئيس/كبير: "كبير المفاوضين الأوكرانيين"). */
  readonly headTitles: ReadonlySet<string>;
  /** Role ids of envoys (a title or role named for one: "المبعوث الأمريكي", ru_economic_envoy). */
  readonly envoyRoles: ReadonlySet<string>;
  /** The war's sides: parties the pack gives an opponent (a meeting of people counts as talks only with one of them). */
  readonly belligerents: ReadonlySet<string>;
  /** Parties that stand for several states (the EU, NATO). */
  readonly unions: ReadonlySet<string>;
};

const HEAD_WORDS = ['رئيس', 'كبير', 'قائد'].map(foldArabic);
const ENVOY_WORD = foldArabic('مبعوث');
/** Role ids are snake_case English; these words in one mark a negotiator's or an envoy's role. */
const NEGOTIATOR_ROLE = /negotiat|delegation|envoy|mediator/u;
const ENVOY_ROLE = /envoy/u;

const cache = new WeakMap<Pack, TalksLexicon>();

/** Pack cue groups under the names this extractor reads them by. */
function packGroups(pack: Pack): [CueGroup, Readonly<Record<string, readonly string[]>>][] {
  const { cues } = pack;
  return [
    ['talks', cues.talks], ['formats', cues.formats], ['outcomes', cues.outcomes], ['stances', cues.stances],
    ['sticking', { point: cues.stickingPoints }], ['next', cues.nextSteps], ['future', { future: cues.futureMarkers }],
    ['vague', cues.vagueTimes], ['speech', { verb: cues.speechVerbs }],
  ];
}

function compile(pack: Pack): TalksLexicon {
  // One matcher keeps the first id per spelling, so readings of one spelling are joined into one id first.
  const byKey = new Map<string, { phrase: string; cues: Cue[] }>();
  const add = (group: CueGroup, labels: Readonly<Record<string, readonly string[]>>): void => {
    for (const [label, phrases] of Object.entries(labels)) {
      for (const phrase of phrases) {
        const key = toFormKey(phrase);
        if (key === '') continue;
        const entry = byKey.get(key) ?? { phrase, cues: [] };
        if (!entry.cues.some((cue) => cue.group === group && cue.label === label)) entry.cues.push({ group, label });
        byKey.set(key, entry);
      }
    }
  };
  for (const [group, labels] of packGroups(pack)) add(group, labels);
  for (const [group, labels] of Object.entries(GRAMMAR)) add(group as CueGroup, labels);
  for (const issue of pack.issues) add('issue', { [issue.id]: issue.forms });
  const decoded = new Map<string, readonly Cue[]>();
  const phrases = new Map<string, string>();
  for (const [key, entry] of byKey) {
    decoded.set(key, entry.cues);
    phrases.set(entry.phrase, key);
  }
  const issueNear = new Map<string, ReadonlySet<string>>();
  for (const issue of pack.issues) if (issue.near.length > 0) issueNear.set(issue.id, new Set(issue.near));
  const negotiatorRoles = new Set<string>();
  const headTitles = new Set<string>();
  const envoyRoles = new Set<string>();
  for (const title of pack.titles) {
    if (!title.negotiator) continue;
    negotiatorRoles.add(title.id);
    const name = foldArabic(title.ar);
    if (HEAD_WORDS.some((word) => name.startsWith(word))) headTitles.add(title.id);
    if (name.includes(ENVOY_WORD)) envoyRoles.add(title.id);
  }
  for (const person of pack.people) {
    for (const role of person.roles) {
      if (NEGOTIATOR_ROLE.test(role.role)) negotiatorRoles.add(role.role);
      if (ENVOY_ROLE.test(role.role)) envoyRoles.add(role.role);
    }
  }
  return {
    negotiatorRoles, headTitles, envoyRoles,
    belligerents: new Set(pack.parties.filter((party) => party.opponent !== undefined).map((party) => party.id)),
    unions: new Set(pack.parties.filter((party) => party.union === true).map((party) => party.id)),
    phrases,
    cuesOf: (id) => decoded.get(id) ?? [],
    issueNear,
    index: createPackIndex(pack),
    attribution: attributionLexiconOf(pack),
  };
}

/** The talks lexicon of a pack, compiled on first use and shared by every article. */
export function talksLexiconOf(pack: Pack): TalksLexicon {
  let lexicon = cache.get(pack);
  if (lexicon === undefined) {
    lexicon = compile(pack);
    cache.set(pack, lexicon);
  }
  return lexicon;
}
