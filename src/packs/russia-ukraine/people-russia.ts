/**
 * Russian leaders, negotiators, ministers, commanders, spokespeople, and the officials Moscow
 * installed in occupied regions (they report strikes and casualties there).
 */
import type { PersonInput } from '../schema.ts';

const SERGEI = ['سيرغي', 'سيرجي', 'سيرغيه', 'سيرجيه', 'سرغي', 'سيرغاي'];
const DMITRY = ['دميتري', 'ديمتري', 'ديميتري', 'دمتري', 'دميتريي'];
const ALEXANDER = ['ألكسندر', 'أليكسندر', 'ألكساندر', 'أليكساندر'];
const IGOR = ['إيغور', 'إيجور', 'إيغورِ', 'إيقور'];

/** Russian people, including Moscow's appointees in occupied regions. */
export const russianPeople: PersonInput[] = [
  {
    id: 'putin', en: 'Vladimir Putin', ar: 'فلاديمير بوتين', party: 'russia',
    givenNames: ['فلاديمير', 'فلادمير'], forms: ['بوتين', 'بوتن'],
    roles: [{ role: 'ru_president', en: 'President of Russia', ar: 'الرئيس الروسي', from: '2012-05-07' }],
  },
  {
    id: 'peskov', en: 'Dmitry Peskov', ar: 'دميتري بيسكوف', party: 'russia',
    givenNames: DMITRY, forms: ['بيسكوف', 'بسكوف', 'بيسكوڤ'],
    roles: [{ role: 'kremlin_spokesperson', en: 'Kremlin spokesperson', ar: 'المتحدث باسم الكرملين', from: '2012-05-22' }],
  },
  {
    id: 'lavrov', en: 'Sergey Lavrov', ar: 'سيرغي لافروف', party: 'russia',
    givenNames: SERGEI, forms: ['لافروف', 'لافرف', 'لاڤروف'],
    roles: [{ role: 'ru_fm', en: 'Foreign minister', ar: 'وزير الخارجية', from: '2004-03-09' }],
  },
  {
    id: 'ushakov', en: 'Yuri Ushakov', ar: 'يوري أوشاكوف', party: 'russia',
    givenNames: ['يوري', 'يوريي'], forms: ['أوشاكوف', 'أشاكوف', 'أوشاكوڤ', 'اوشكوف'],
    roles: [{ role: 'ru_foreign_policy_aide', en: 'Presidential aide for foreign policy', ar: 'مساعد الرئيس الروسي للشؤون الخارجية', from: '2012-05-21' }],
  },
  {
    id: 'dmitriev', en: 'Kirill Dmitriev', ar: 'كيريل دميترييف', party: 'russia',
    givenNames: ['كيريل', 'كيرل', 'كيريلل', 'كيريّل'],
    forms: ['دميترييف', 'دميتريف', 'ديميترييف', 'ديمتريف', 'ديمترييف', 'ديميتريف', 'دمترييف', 'دميتريييف', 'دميترييڤ', 'ديميتريييف'],
    roles: [
      { role: 'rdif_ceo', en: 'Head of the Russian Direct Investment Fund', ar: 'رئيس صندوق الاستثمار المباشر الروسي', from: '2011-06-01' },
      { role: 'ru_economic_envoy', en: 'Presidential envoy for economic cooperation', ar: 'المبعوث الخاص للرئيس الروسي للتعاون الاقتصادي', from: '2025-02-23' },
    ],
  },
  {
    id: 'medinsky', en: 'Vladimir Medinsky', ar: 'فلاديمير ميدينسكي', party: 'russia',
    givenNames: ['فلاديمير'], forms: ['ميدينسكي', 'ميدنسكي', 'ميدينسكى', 'مدينسكي'],
    roles: [
      { role: 'ru_presidential_aide', en: 'Presidential aide', ar: 'مساعد الرئيس الروسي', from: '2020-01-24' },
      { role: 'ru_head_of_delegation', en: 'Head of the Russian delegation', ar: 'رئيس الوفد الروسي', from: '2022-02-28', to: '2022-04-30' },
      { role: 'ru_head_of_delegation', en: 'Head of the Russian delegation', ar: 'رئيس الوفد الروسي', from: '2025-05-16', to: '2025-07-23' },
    ],
  },
  {
    id: 'kostyukov', en: 'Igor Kostyukov', ar: 'إيغور كوستيوكوف', party: 'russia',
    givenNames: IGOR, forms: ['كوستيوكوف', 'كوستوكوف', 'كوستيكوف', 'كوستيوكوڤ', 'كوستيوكف'],
    roles: [
      { role: 'ru_gru_chief', en: 'Head of the Main Directorate of the General Staff (GRU)', ar: 'رئيس المديرية الرئيسية لهيئة الأركان العامة', from: '2018-11-22' },
      { role: 'ru_head_of_delegation', en: 'Head of the Russian delegation', ar: 'رئيس الوفد الروسي', from: '2026-01-23' },
    ],
  },
  {
    id: 'gerasimov', en: 'Valery Gerasimov', ar: 'فاليري غيراسيموف', party: 'russia',
    givenNames: ['فاليري', 'فاليريي'], forms: ['غيراسيموف', 'جيراسيموف', 'غراسيموف', 'جراسيموف', 'قيراسيموف'],
    roles: [{ role: 'ru_chief_of_general_staff', en: 'Chief of the General Staff', ar: 'رئيس الأركان العامة', from: '2012-11-09' }],
  },
  {
    id: 'shoigu', en: 'Sergei Shoigu', ar: 'سيرغي شويغو', party: 'russia',
    givenNames: SERGEI, forms: ['شويغو', 'شويجو', 'شويقو', 'شوايغو'],
    roles: [
      { role: 'ru_defmin', en: 'Defence minister', ar: 'وزير الدفاع', from: '2012-11-06', to: '2024-05-12' },
      { role: 'ru_security_council_secretary', en: 'Secretary of the Security Council', ar: 'سكرتير مجلس الأمن الروسي', from: '2024-05-12' },
    ],
  },
  {
    id: 'belousov', en: 'Andrei Belousov', ar: 'أندريه بيلوسوف', party: 'russia',
    givenNames: ['أندريه', 'أندري', 'أندريي'], forms: ['بيلوسوف', 'بيلاوسوف', 'بلوسوف'],
    roles: [{ role: 'ru_defmin', en: 'Defence minister', ar: 'وزير الدفاع', from: '2024-05-14' }],
  },
  {
    id: 'zakharova', en: 'Maria Zakharova', ar: 'ماريا زاخاروفا', party: 'russia', gender: 'female',
    givenNames: ['ماريا', 'ماريّا'], forms: ['زاخاروفا', 'زخاروفا'],
    roles: [{ role: 'ru_mfa_spokesperson', en: 'Foreign ministry spokesperson', ar: 'المتحدثة باسم وزارة الخارجية الروسية', from: '2015-08-10' }],
  },
  {
    id: 'medvedev', en: 'Dmitry Medvedev', ar: 'دميتري ميدفيديف', party: 'russia',
    givenNames: DMITRY, forms: ['ميدفيديف', 'مدفيديف', 'ميدفيدف', 'مدفيدف'],
    roles: [{ role: 'ru_security_council_deputy', en: 'Deputy chairman of the Security Council', ar: 'نائب رئيس مجلس الأمن الروسي', from: '2020-01-16' }],
  },
  {
    id: 'nebenzia', en: 'Vasily Nebenzia', ar: 'فاسيلي نيبينزيا', party: 'russia',
    givenNames: ['فاسيلي', 'فاسيلي'], forms: ['نيبينزيا', 'نيبيزيا', 'نيبنزيا', 'نيبينزيه'],
    roles: [{ role: 'ru_un_ambassador', en: 'Ambassador to the United Nations', ar: 'المندوب الروسي لدى الأمم المتحدة', from: '2017-07-27' }],
  },
  {
    id: 'ryabkov', en: 'Sergei Ryabkov', ar: 'سيرغي ريابكوف', party: 'russia',
    givenNames: SERGEI, forms: ['ريابكوف', 'ريابكوڤ'],
    roles: [{ role: 'ru_deputy_fm', en: 'Deputy foreign minister', ar: 'نائب وزير الخارجية الروسي' }],
  },
  {
    id: 'galuzin', en: 'Mikhail Galuzin', ar: 'ميخائيل غالوزين', party: 'russia',
    givenNames: ['ميخائيل', 'ميخايل'], forms: ['غالوزين', 'جالوزين'],
    roles: [
      { role: 'ru_deputy_fm', en: 'Deputy foreign minister', ar: 'نائب وزير الخارجية الروسي' },
      { role: 'delegation_member', en: 'Member of the Russian delegation', ar: 'عضو الوفد الروسي', from: '2025-05-16', to: '2025-07-23' },
    ],
  },
  {
    id: 'fomin', en: 'Alexander Fomin', ar: 'ألكسندر فومين', party: 'russia',
    givenNames: ALEXANDER, forms: ['فومين'],
    roles: [
      { role: 'ru_deputy_defmin', en: 'Deputy defence minister', ar: 'نائب وزير الدفاع الروسي' },
      { role: 'delegation_member', en: 'Member of the Russian delegation', ar: 'عضو الوفد الروسي', from: '2025-05-16', to: '2025-07-23' },
    ],
  },
  {
    id: 'konashenkov', en: 'Igor Konashenkov', ar: 'إيغور كوناشينكوف', party: 'russia',
    givenNames: IGOR, forms: ['كوناشينكوف', 'كوناشنكوف', 'كوناشينكوڤ'],
    roles: [{ role: 'ru_mod_spokesperson', en: 'Defence ministry spokesperson', ar: 'المتحدث باسم وزارة الدفاع الروسية', from: '2017-01-01' }],
  },
  {
    id: 'naryshkin', en: 'Sergei Naryshkin', ar: 'سيرغي ناريشكين', party: 'russia',
    givenNames: SERGEI, forms: ['ناريشكين', 'ناريشكن'],
    roles: [{ role: 'ru_svr_director', en: 'Director of the Foreign Intelligence Service', ar: 'مدير جهاز الاستخبارات الخارجية الروسي', from: '2016-10-05' }],
  },
  {
    id: 'bortnikov', en: 'Alexander Bortnikov', ar: 'ألكسندر بورتنيكوف', party: 'russia',
    givenNames: ALEXANDER, forms: ['بورتنيكوف'],
    roles: [{ role: 'ru_fsb_director', en: 'Director of the FSB', ar: 'مدير جهاز الأمن الفيدرالي الروسي', from: '2008-05-12' }],
  },
  {
    id: 'moskalkova', en: 'Tatyana Moskalkova', ar: 'تاتيانا موسكالكوفا', party: 'russia', gender: 'female',
    givenNames: ['تاتيانا', 'تتيانا'], forms: ['موسكالكوفا'],
    roles: [{ role: 'ru_ombudsman', en: 'Human rights commissioner', ar: 'مفوضة حقوق الإنسان الروسية', from: '2016-04-22' }],
  },
  {
    id: 'slutsky', en: 'Leonid Slutsky', ar: 'ليونيد سلوتسكي', party: 'russia',
    givenNames: ['ليونيد'], forms: ['سلوتسكي', 'سلوتسكى'],
    roles: [{ role: 'delegation_member', en: 'Member of the Russian delegation', ar: 'عضو الوفد الروسي', from: '2022-02-28', to: '2022-04-30' }],
  },
  {
    id: 'mishustin', en: 'Mikhail Mishustin', ar: 'ميخائيل ميشوستين', party: 'russia',
    givenNames: ['ميخائيل', 'ميخايل'], forms: ['ميشوستين'],
    roles: [{ role: 'ru_pm', en: 'Prime minister', ar: 'رئيس الوزراء الروسي', from: '2020-01-16' }],
  },
  {
    id: 'patrushev', en: 'Nikolai Patrushev', ar: 'نيكولاي باتروشيف', party: 'russia',
    givenNames: ['نيكولاي'], forms: ['باتروشيف', 'باتروشف'],
    roles: [{ role: 'ru_security_council_secretary', en: 'Secretary of the Security Council', ar: 'سكرتير مجلس الأمن الروسي', from: '2008-05-12', to: '2024-05-12' }],
  },
  {
    id: 'kadyrov', en: 'Ramzan Kadyrov', ar: 'رمضان قديروف', party: 'russia',
    givenNames: ['رمضان'], forms: ['قديروف', 'قاديروف', 'كاديروف'],
    roles: [{ role: 'chechnya_head', en: 'Head of Chechnya', ar: 'رئيس الشيشان' }],
  },
  {
    id: 'likhachev', en: 'Alexei Likhachev', ar: 'أليكسي ليخاتشوف', party: 'russia',
    givenNames: ['أليكسي', 'ألكسي', 'أليكسيه'], forms: ['ليخاتشوف', 'ليخاتشيف'],
    roles: [{ role: 'rosatom_head', en: 'Head of Rosatom', ar: 'رئيس مؤسسة روساتوم' }],
  },
  {
    id: 'gladkov', en: 'Vyacheslav Gladkov', ar: 'فياتشيسلاف غلادكوف', party: 'russia',
    givenNames: ['فياتشيسلاف', 'فياتشسلاف'], forms: ['غلادكوف', 'جلادكوف'],
    roles: [{ role: 'belgorod_governor', en: 'Governor of Belgorod region', ar: 'حاكم منطقة بيلغورود' }],
  },
  {
    id: 'khinshtein', en: 'Alexander Khinshtein', ar: 'ألكسندر خينشتين', party: 'russia',
    givenNames: ALEXANDER, forms: ['خينشتين', 'خينشتاين'],
    roles: [{ role: 'kursk_governor', en: 'Governor of Kursk region', ar: 'حاكم منطقة كورسك', from: '2024-12-05' }],
  },
  {
    id: 'pushilin', en: 'Denis Pushilin', ar: 'دينيس بوشيلين', party: 'russia',
    givenNames: ['دينيس', 'دنيس'], forms: ['بوشيلين'],
    roles: [{ role: 'donetsk_occupation_head', en: 'Russian-installed head of Donetsk', ar: 'رئيس دونيتسك المعين من موسكو' }],
  },
  {
    id: 'saldo', en: 'Vladimir Saldo', ar: 'فلاديمير سالدو', party: 'russia',
    givenNames: ['فلاديمير'], forms: ['سالدو'],
    roles: [{ role: 'kherson_occupation_head', en: 'Russian-installed head of Kherson', ar: 'حاكم خيرسون المعين من موسكو' }],
  },
  {
    id: 'balitsky', en: 'Yevgeny Balitsky', ar: 'يفغيني باليتسكي', party: 'russia',
    givenNames: ['يفغيني', 'يفجيني', 'إيفغيني'], forms: ['باليتسكي', 'باليتسكى'],
    roles: [{ role: 'zaporizhzhia_occupation_head', en: 'Russian-installed head of Zaporizhzhia', ar: 'حاكم زابوريجيا المعين من موسكو' }],
  },
  {
    id: 'pasechnik', en: 'Leonid Pasechnik', ar: 'ليونيد باسيتشنيك', party: 'russia',
    givenNames: ['ليونيد'], forms: ['باسيتشنيك', 'باسيشنيك'],
    roles: [{ role: 'luhansk_occupation_head', en: 'Russian-installed head of Luhansk', ar: 'رئيس لوغانسك المعين من موسكو' }],
  },
  {
    id: 'rudenko', en: 'Andrei Rudenko', ar: 'أندريه رودينكو', party: 'russia',
    givenNames: ['أندريه', 'أندري', 'أندريي'], forms: ['رودينكو', 'رودنكو', 'رودينكا'],
    roles: [
      { role: 'ru_deputy_fm', en: 'Deputy foreign minister', ar: 'نائب وزير الخارجية الروسي' },
      { role: 'delegation_member', en: 'Member of the Russian delegation', ar: 'عضو الوفد الروسي', from: '2022-02-28', to: '2022-04-30' },
    ],
  },
  {
    id: 'gryzlov', en: 'Boris Gryzlov', ar: 'بوريس غريزلوف', party: 'russia',
    givenNames: ['بوريس'], forms: ['غريزلوف', 'جريزلوف', 'قريزلوف', 'غريزلف'],
    roles: [
      { role: 'ru_ambassador_belarus', en: 'Ambassador to Belarus', ar: 'السفير الروسي لدى بيلاروس' },
      { role: 'delegation_member', en: 'Member of the Russian delegation', ar: 'عضو الوفد الروسي', from: '2022-02-28', to: '2022-04-30' },
    ],
  },
  {
    // With Beseda he led the Russian team at the technical talks with the Americans in Riyadh (24 March 2025).
    id: 'karasin', en: 'Grigory Karasin', ar: 'غريغوري كاراسين', party: 'russia',
    givenNames: ['غريغوري', 'جريجوري', 'غريغوريي', 'جريغوري', 'غريغوريّ'], forms: ['كاراسين', 'كاراسن', 'كراسين'],
    roles: [
      { role: 'ru_senator', en: 'Chairman of the Federation Council international affairs committee', ar: 'رئيس لجنة الشؤون الدولية في مجلس الاتحاد الروسي' },
      { role: 'ru_head_of_delegation', en: 'Head of the Russian delegation (Riyadh technical talks)', ar: 'رئيس الوفد الروسي', from: '2025-03-24', to: '2025-03-26' },
    ],
  },
  {
    id: 'beseda', en: 'Sergei Beseda', ar: 'سيرغي بيسيدا', party: 'russia',
    givenNames: SERGEI, forms: ['بيسيدا', 'بيسدا', 'بسيدا', 'بيسيده'],
    roles: [
      { role: 'ru_fsb_adviser', en: 'Adviser to the FSB director', ar: 'مستشار مدير جهاز الأمن الفيدرالي الروسي' },
      { role: 'delegation_member', en: 'Co-head of the Russian delegation (Riyadh technical talks)', ar: 'عضو الوفد الروسي', from: '2025-03-24', to: '2025-03-26' },
    ],
  },
  {
    id: 'zorin', en: 'Alexander Zorin', ar: 'ألكسندر زورين', party: 'russia',
    givenNames: ALEXANDER, forms: ['زورين'],
    roles: [{ role: 'delegation_member', en: 'General Staff expert in the Russian delegation', ar: 'خبير في الوفد الروسي', from: '2025-05-16', to: '2025-07-24' }],
  },
  {
    id: 'shevtsov', en: 'Viktor Shevtsov', ar: 'فيكتور شيفتسوف', party: 'russia',
    givenNames: ['فيكتور', 'فكتور'], forms: ['شيفتسوف', 'شفتسوف', 'شيفتسف', 'شيفتسوڤ'],
    roles: [{ role: 'delegation_member', en: 'Defence ministry expert in the Russian delegation', ar: 'خبير في الوفد الروسي', from: '2025-05-16', to: '2025-07-24' }],
  },
  {
    id: 'polishchuk', en: 'Alexei Polishchuk', ar: 'أليكسي بوليشتشوك', party: 'russia',
    givenNames: ['أليكسي', 'ألكسي', 'أليكسيه', 'ألكسيه'], forms: ['بوليشتشوك', 'بوليشوك', 'بوليشتشيوك'],
    roles: [
      { role: 'ru_mfa_cis_director', en: 'Director of the Second CIS Department, foreign ministry', ar: 'مدير الإدارة الثانية لرابطة الدول المستقلة في الخارجية الروسية' },
      { role: 'delegation_member', en: 'Foreign ministry expert in the Russian delegation', ar: 'خبير في الوفد الروسي', from: '2025-05-16', to: '2025-07-24' },
    ],
  },
  {
    id: 'podobreevskaya', en: 'Yelena Podobreevskaya', ar: 'يلينا بودوبريفسكايا', party: 'russia', gender: 'female',
    givenNames: ['يلينا', 'إيلينا', 'يلنا'], forms: ['بودوبريفسكايا', 'بودوبرييفسكايا', 'بودوبريفسكا'],
    roles: [{ role: 'delegation_member', en: 'Presidential administration expert in the Russian delegation', ar: 'خبيرة في الوفد الروسي', from: '2025-05-16', to: '2025-07-24' }],
  },
  {
    id: 'siluanov', en: 'Anton Siluanov', ar: 'أنطون سيلوانوف', party: 'russia',
    givenNames: ['أنطون', 'أنتون'], forms: ['سيلوانوف', 'سيليوانوف', 'سيلوانف', 'سيلوانوڤ'],
    roles: [
      { role: 'ru_finance_minister', en: 'Finance minister', ar: 'وزير المالية الروسي', from: '2011-12-16' },
      { role: 'delegation_member', en: 'Member of the Russian delegation at the Alaska summit', ar: 'عضو الوفد الروسي', from: '2025-08-15', to: '2025-08-16' },
    ],
  },
  {
    id: 'abramovich', en: 'Roman Abramovich', ar: 'رومان أبراموفيتش', party: 'russia',
    givenNames: ['رومان'], forms: ['أبراموفيتش', 'ابراموفيتش'],
    roles: [{ role: 'mediator', en: 'Informal mediator in 2022', ar: 'وسيط غير رسمي عام 2022', from: '2022-02-28', to: '2022-12-31' }],
  },
];
