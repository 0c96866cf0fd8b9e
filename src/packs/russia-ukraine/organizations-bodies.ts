/**
 * Bodies that claim figures or make statements, and the agencies and outlets articles cite.
 * The bare "هيئة الأركان" / "هيئة الأركان العامة" is the Ukrainian General Staff: in this news it
 * almost always introduces the daily loss tally; the Russian and American staffs need their adjective.
 * "الجيش الأوكراني" is also read as the General Staff, the claimant of the tally ("أعلن الجيش الأوكراني حصيلة").
 */
import type { OrganizationInput } from '../schema.ts';

/** Official and military bodies and international organizations. */
export const bodies: OrganizationInput[] = [
  // Ukraine
  {
    id: 'ua_general_staff', en: 'General Staff of the Armed Forces of Ukraine', ar: 'هيئة الأركان العامة للقوات المسلحة الأوكرانية', party: 'ukraine', kind: 'military',
    forms: [
      'هيئة الأركان العامة للقوات المسلحة الأوكرانية', 'هيئة الأركان العامة للقوات المسلحة في أوكرانيا', 'هيئة الأركان العامة للقوات المسلحة لأوكرانيا',
      'الأركان العامة للقوات المسلحة الأوكرانية', 'هيئة الأركان العامة الأوكرانية', 'هيئة الأركان الأوكرانية', 'الأركان العامة الأوكرانية',
      'الأركان الأوكرانية', 'هيئة الأركان العامة للجيش الأوكراني', 'هيئة أركان الجيش الأوكراني', 'رئاسة الأركان الأوكرانية',
      'هيئة الأركان العامة في أوكرانيا', 'هيئة الأركان العامة لأوكرانيا', 'قيادة الأركان الأوكرانية', 'هيئة الأركان العامة',
      'هيئة الأركان', 'الجيش الأوكراني', 'الأركان العامة للجيش الأوكراني',
      // The General Staff translated as "the General Command" by some outlets.
      'القيادة العامة للقوات المسلحة الأوكرانية', 'القيادة العامة للجيش الأوكراني', 'القيادة العامة للقوات الأوكرانية',
    ],
  },
  {
    id: 'ua_armed_forces', en: 'Armed Forces of Ukraine', ar: 'القوات المسلحة الأوكرانية', party: 'ukraine', kind: 'military',
    forms: ['القوات المسلحة الأوكرانية', 'القوات الأوكرانية', 'القوات المسلحة لأوكرانيا', 'القوات المسلحة في أوكرانيا', 'قوات كييف'],
  },
  {
    id: 'ua_air_force', en: 'Ukrainian Air Force', ar: 'سلاح الجو الأوكراني', party: 'ukraine', kind: 'military',
    forms: [
      'سلاح الجو الأوكراني', 'القوات الجوية الأوكرانية', 'قيادة القوات الجوية الأوكرانية', 'القوات الجوية للقوات المسلحة الأوكرانية',
      'سلاح الجو في أوكرانيا', 'القوات الجوية في أوكرانيا', 'قيادة سلاح الجو الأوكراني', 'سلاح الجو التابع للقوات المسلحة الأوكرانية',
      'الدفاعات الجوية الأوكرانية', 'الدفاع الجوي الأوكراني',
    ],
  },
  {
    id: 'ua_mod', en: 'Ministry of Defence of Ukraine', ar: 'وزارة الدفاع الأوكرانية', party: 'ukraine', kind: 'military',
    forms: ['وزارة الدفاع الأوكرانية', 'وزارة الدفاع في أوكرانيا', 'وزارة الدفاع الاوكرانية'],
  },
  {
    id: 'ua_hur', en: 'Defence Intelligence of Ukraine (HUR)', ar: 'الاستخبارات العسكرية الأوكرانية', party: 'ukraine', kind: 'military',
    forms: [
      'الاستخبارات العسكرية الأوكرانية', 'المخابرات العسكرية الأوكرانية', 'مديرية الاستخبارات الرئيسية', 'مديرية الاستخبارات الرئيسية الأوكرانية',
      'مديرية الاستخبارات الرئيسية التابعة لوزارة الدفاع الأوكرانية', 'جهاز الاستخبارات العسكرية الأوكرانية', 'الاستخبارات الأوكرانية',
    ],
  },
  {
    id: 'ua_sbu', en: 'Security Service of Ukraine (SBU)', ar: 'جهاز الأمن الأوكراني', party: 'ukraine', kind: 'military',
    forms: ['جهاز الأمن الأوكراني', 'جهاز أمن أوكرانيا', 'جهاز الأمن الداخلي الأوكراني', 'جهاز الأمن في أوكرانيا'],
  },
  {
    id: 'ua_presidential_office', en: 'Office of the President of Ukraine', ar: 'مكتب الرئيس الأوكراني', party: 'ukraine', kind: 'government',
    forms: ['مكتب الرئيس الأوكراني', 'مكتب الرئاسة الأوكرانية', 'الرئاسة الأوكرانية', 'مكتب زيلينسكي', 'ديوان الرئاسة الأوكرانية', 'الإدارة الرئاسية الأوكرانية'],
  },
  {
    id: 'ua_mfa', en: 'Ministry of Foreign Affairs of Ukraine', ar: 'وزارة الخارجية الأوكرانية', party: 'ukraine', kind: 'government',
    forms: ['وزارة الخارجية الأوكرانية', 'الخارجية الأوكرانية', 'وزارة الخارجية في أوكرانيا'],
  },
  {
    id: 'ua_nsdc', en: 'National Security and Defence Council of Ukraine', ar: 'مجلس الأمن القومي والدفاع الأوكراني', party: 'ukraine', kind: 'government',
    forms: ['مجلس الأمن القومي والدفاع', 'مجلس الأمن القومي والدفاع الأوكراني', 'مجلس الأمن والدفاع الوطني', 'مجلس الأمن الوطني والدفاع', 'مجلس الأمن القومي الأوكراني'],
  },
  {
    id: 'ua_rada', en: 'Verkhovna Rada', ar: 'البرلمان الأوكراني', party: 'ukraine', kind: 'government',
    forms: ['البرلمان الأوكراني', 'الرادا', 'فيرخوفنا رادا', 'المجلس الأعلى الأوكراني', 'البرلمان في أوكرانيا'],
  },
  {
    id: 'ua_pow_headquarters', en: 'Coordination Headquarters for the Treatment of Prisoners of War', ar: 'مقر التنسيق لمعاملة أسرى الحرب', party: 'ukraine', kind: 'government',
    forms: [
      'مقر التنسيق لمعاملة أسرى الحرب', 'مقر التنسيق الأوكراني لشؤون أسرى الحرب', 'مقر تنسيق معاملة أسرى الحرب',
      'مركز التنسيق لمعاملة أسرى الحرب', 'مقر التنسيق لشؤون أسرى الحرب', 'المقر التنسيقي لمعاملة أسرى الحرب',
    ],
  },
  {
    id: 'ukrenergo', en: 'Ukrenergo', ar: 'أوكرإنرغو', party: 'ukraine', kind: 'government',
    forms: ['أوكرإنرغو', 'أوكرينيرغو', 'أوكرانرغو', 'يوكرإنرغو', 'أوكرإنيرغو', 'أوكرإنرجو', 'شركة أوكرإنرغو'],
  },
  {
    id: 'naftogaz', en: 'Naftogaz', ar: 'نفتوغاز', party: 'ukraine', kind: 'government',
    forms: ['نفتوغاز', 'نافتوغاز', 'نفطوغاز', 'نافتوجاز'],
  },
  {
    id: 'energoatom', en: 'Energoatom', ar: 'إنرغوأتوم', party: 'ukraine', kind: 'government',
    forms: ['إنرغوأتوم', 'إنيرغوأتوم', 'إنرجوأتوم', 'إنرغواتوم'],
  },
  // Russia
  {
    id: 'kremlin', en: 'the Kremlin', ar: 'الكرملين', party: 'russia', kind: 'government',
    forms: ['الكرملين', 'الرئاسة الروسية'],
  },
  {
    id: 'ru_mod', en: 'Ministry of Defence of Russia', ar: 'وزارة الدفاع الروسية', party: 'russia', kind: 'military',
    forms: ['وزارة الدفاع الروسية', 'الدفاع الروسية', 'وزارة الدفاع في روسيا', 'وزارة الدفاع الروسي', 'وزارة الدفاع الروسيّة'],
  },
  {
    id: 'ru_general_staff', en: 'General Staff of the Russian Armed Forces', ar: 'هيئة الأركان العامة الروسية', party: 'russia', kind: 'military',
    forms: [
      'هيئة الأركان العامة الروسية', 'هيئة الأركان الروسية', 'الأركان العامة الروسية', 'الأركان الروسية', 'رئاسة الأركان الروسية',
      'هيئة الأركان العامة للقوات المسلحة الروسية', 'الأركان العامة للقوات المسلحة الروسية', 'هيئة الأركان العامة للجيش الروسي',
    ],
  },
  {
    id: 'ru_armed_forces', en: 'Russian Armed Forces', ar: 'القوات المسلحة الروسية', party: 'russia', kind: 'military',
    forms: ['القوات المسلحة الروسية', 'القوات الروسية', 'الجيش الروسي', 'القوات المسلحة لروسيا الاتحادية', 'قوات موسكو'],
  },
  {
    id: 'ru_air_defense', en: 'Russian air defences', ar: 'الدفاعات الجوية الروسية', party: 'russia', kind: 'military',
    forms: ['الدفاعات الجوية الروسية', 'الدفاع الجوي الروسي', 'منظومات الدفاع الجوي الروسية', 'وسائط الدفاع الجوي الروسية'],
  },
  {
    id: 'ru_gru', en: 'Russian military intelligence (GRU)', ar: 'الاستخبارات العسكرية الروسية', party: 'russia', kind: 'military',
    forms: ['الاستخبارات العسكرية الروسية', 'المخابرات العسكرية الروسية', 'مديرية الاستخبارات الرئيسية الروسية', 'المديرية الرئيسية لهيئة الأركان العامة'],
  },
  {
    id: 'ru_fsb', en: 'Federal Security Service (FSB)', ar: 'جهاز الأمن الفيدرالي الروسي', party: 'russia', kind: 'military',
    forms: ['جهاز الأمن الفيدرالي الروسي', 'جهاز الأمن الفدرالي الروسي', 'الأمن الفيدرالي الروسي', 'الأمن الفدرالي الروسي', 'جهاز الأمن الفيدرالي', 'هيئة الأمن الفيدرالي'],
  },
  {
    id: 'ru_svr', en: 'Foreign Intelligence Service (SVR)', ar: 'جهاز الاستخبارات الخارجية الروسي', party: 'russia', kind: 'military',
    forms: ['جهاز الاستخبارات الخارجية الروسي', 'الاستخبارات الخارجية الروسية', 'جهاز المخابرات الخارجية الروسية', 'المخابرات الخارجية الروسية'],
  },
  {
    id: 'ru_mfa', en: 'Ministry of Foreign Affairs of Russia', ar: 'وزارة الخارجية الروسية', party: 'russia', kind: 'government',
    forms: ['وزارة الخارجية الروسية', 'الخارجية الروسية', 'وزارة الخارجية في روسيا'],
  },
  {
    id: 'ru_security_council', en: 'Security Council of Russia', ar: 'مجلس الأمن الروسي', party: 'russia', kind: 'government',
    forms: ['مجلس الأمن الروسي', 'مجلس الأمن القومي الروسي', 'مجلس الأمن في روسيا'],
  },
  {
    id: 'ru_duma', en: 'State Duma', ar: 'مجلس الدوما', party: 'russia', kind: 'government',
    forms: ['مجلس الدوما', 'الدوما', 'مجلس الدوما الروسي', 'البرلمان الروسي', 'الدوما الروسي'],
  },
  {
    id: 'rdif', en: 'Russian Direct Investment Fund', ar: 'صندوق الاستثمار المباشر الروسي', party: 'russia', kind: 'government',
    forms: ['صندوق الاستثمار المباشر الروسي', 'صندوق الاستثمارات المباشرة الروسي', 'الصندوق الروسي للاستثمار المباشر'],
  },
  {
    id: 'rosatom', en: 'Rosatom', ar: 'روساتوم', party: 'russia', kind: 'government',
    forms: ['روساتوم', 'روس آتوم', 'مؤسسة روساتوم'],
  },
  // United States
  {
    id: 'white_house', en: 'the White House', ar: 'البيت الأبيض', party: 'united_states', kind: 'government',
    forms: ['البيت الأبيض'],
  },
  {
    id: 'pentagon', en: 'the Pentagon', ar: 'البنتاغون', party: 'united_states', kind: 'military',
    forms: ['البنتاغون', 'البنتاجون', 'بنتاغون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'وزارة الحرب الأمريكية', 'وزارة الحرب الأميركية'],
  },
  {
    id: 'us_state_department', en: 'US State Department', ar: 'وزارة الخارجية الأمريكية', party: 'united_states', kind: 'government',
    forms: ['وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية', 'الخارجية الأمريكية', 'الخارجية الأميركية'],
  },
  {
    id: 'us_eucom', en: 'US European Command', ar: 'القيادة الأوروبية للجيش الأمريكي', party: 'united_states', kind: 'military',
    forms: ['القيادة الأوروبية للجيش الأمريكي', 'القيادة الأوروبية للجيش الأميركي', 'القيادة الأمريكية في أوروبا', 'القيادة الأميركية في أوروبا', 'القيادة الأوروبية الأمريكية'],
  },
  {
    id: 'us_joint_chiefs', en: 'US Joint Chiefs of Staff', ar: 'هيئة الأركان المشتركة الأمريكية', party: 'united_states', kind: 'military',
    forms: ['هيئة الأركان المشتركة الأمريكية', 'هيئة الأركان المشتركة الأميركية', 'هيئة الأركان المشتركة', 'هيئة الأركان الأمريكية', 'هيئة الأركان الأميركية'],
  },
  {
    id: 'us_nsc', en: 'US National Security Council', ar: 'مجلس الأمن القومي الأمريكي', party: 'united_states', kind: 'government',
    forms: ['مجلس الأمن القومي الأمريكي', 'مجلس الأمن القومي الأميركي', 'مجلس الأمن القومي في البيت الأبيض', 'مجلس الأمن القومي التابع للبيت الأبيض'],
  },
  {
    id: 'us_congress', en: 'US Congress', ar: 'الكونغرس الأمريكي', party: 'united_states', kind: 'government',
    forms: ['الكونغرس الأمريكي', 'الكونغرس الأميركي', 'الكونغرس', 'الكونجرس', 'مجلس الشيوخ الأمريكي', 'مجلس الشيوخ الأميركي', 'مجلس النواب الأمريكي', 'مجلس النواب الأميركي'],
  },
  // International
  {
    id: 'un_security_council', en: 'UN Security Council', ar: 'مجلس الأمن الدولي', party: 'united_nations', kind: 'international',
    forms: ['مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة', 'مجلس الأمن', 'مجلس الأمن الدولى'],
  },
  {
    id: 'un_general_assembly', en: 'UN General Assembly', ar: 'الجمعية العامة للأمم المتحدة', party: 'united_nations', kind: 'international',
    forms: ['الجمعية العامة للأمم المتحدة', 'الجمعية العامة'],
  },
  {
    id: 'un_hrmmu', en: 'UN Human Rights Monitoring Mission in Ukraine', ar: 'بعثة الأمم المتحدة لمراقبة حقوق الإنسان في أوكرانيا', party: 'united_nations', kind: 'international',
    forms: [
      'بعثة الأمم المتحدة لمراقبة حقوق الإنسان في أوكرانيا', 'بعثة مراقبة حقوق الإنسان التابعة للأمم المتحدة', 'مفوضية الأمم المتحدة السامية لحقوق الإنسان',
      'مفوضية الأمم المتحدة لحقوق الإنسان', 'المفوضية السامية لحقوق الإنسان', 'بعثة الأمم المتحدة لحقوق الإنسان في أوكرانيا',
    ],
  },
  {
    id: 'iaea', en: 'International Atomic Energy Agency', ar: 'الوكالة الدولية للطاقة الذرية', party: 'united_nations', kind: 'international',
    forms: ['الوكالة الدولية للطاقة الذرية', 'وكالة الطاقة الذرية', 'الوكالة الذرية', 'الوكالة الدولية للطاقة الذريّة', 'الوكالة الأممية للطاقة الذرية'],
  },
  {
    id: 'european_commission', en: 'European Commission', ar: 'المفوضية الأوروبية', party: 'european_union', kind: 'international',
    forms: ['المفوضية الأوروبية', 'المفوضية الأوربية', 'المفوضية الاوروبية'],
  },
  {
    id: 'european_council', en: 'European Council', ar: 'المجلس الأوروبي', party: 'european_union', kind: 'international',
    forms: ['المجلس الأوروبي', 'المجلس الأوربي', 'القمة الأوروبية'],
  },
  {
    id: 'european_parliament', en: 'European Parliament', ar: 'البرلمان الأوروبي', party: 'european_union', kind: 'international',
    forms: ['البرلمان الأوروبي', 'البرلمان الأوربي'],
  },
  {
    id: 'osce', en: 'OSCE', ar: 'منظمة الأمن والتعاون في أوروبا', kind: 'international',
    forms: ['منظمة الأمن والتعاون في أوروبا', 'منظمة الأمن والتعاون الأوروبي'],
  },
  {
    id: 'icrc', en: 'International Committee of the Red Cross', ar: 'اللجنة الدولية للصليب الأحمر', kind: 'international',
    forms: ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر الدولي', 'الصليب الأحمر'],
  },
  {
    id: 'icc', en: 'International Criminal Court', ar: 'المحكمة الجنائية الدولية', kind: 'international',
    forms: ['المحكمة الجنائية الدولية', 'الجنائية الدولية'],
  },
  {
    id: 'g7', en: 'Group of Seven', ar: 'مجموعة السبع', kind: 'international',
    forms: ['مجموعة السبع', 'مجموعة الدول السبع', 'مجموعة السبعة', 'مجموعة الدول الصناعية السبع'],
  },
  {
    id: 'coalition_of_the_willing', en: 'Coalition of the willing', ar: 'تحالف الراغبين', kind: 'international',
    forms: ['تحالف الراغبين', 'تحالف الدول الراغبة', 'ائتلاف الراغبين', 'تحالف الإرادة'],
  },
  {
    id: 'imf', en: 'International Monetary Fund', ar: 'صندوق النقد الدولي', kind: 'international',
    forms: ['صندوق النقد الدولي'],
  },
];
