/** Role phrases for the United States, mediators, Europe and international bodies (holders as of February 2026). */
import type { TitleInput } from '../schema.ts';

/** American, mediator, European and international titles. */
export const worldTitles: TitleInput[] = [
  // United States
  {
    id: 'us_president', en: 'President of the United States', ar: 'الرئيس الأمريكي', party: 'united_states', person: 'trump',
    forms: ['الرئيس الأمريكي', 'الرئيس الأميركي', 'رئيس الولايات المتحدة', 'سيد البيت الأبيض', 'ساكن البيت الأبيض', 'رئيس الولايات المتحدة الأمريكية'],
  },
  {
    id: 'us_envoy', en: 'US special envoy', ar: 'المبعوث الأمريكي', party: 'united_states', person: 'witkoff', negotiator: true,
    forms: [
      'المبعوث الأمريكي', 'المبعوث الأميركي', 'المبعوث الأمريكي الخاص', 'المبعوث الأميركي الخاص', 'مبعوث الرئيس الأمريكي', 'مبعوث الرئيس الأميركي',
      'المبعوث الخاص للرئيس الأمريكي', 'المبعوث الخاص للرئيس الأميركي', 'المبعوث الرئاسي الأمريكي', 'المبعوث الرئاسي الأميركي',
      'مبعوث البيت الأبيض', 'مبعوث ترامب', 'مبعوث ترمب', 'المبعوث الخاص للبيت الأبيض', 'المبعوث الأمريكي للسلام', 'مبعوث واشنطن',
    ],
  },
  {
    id: 'us_ukraine_envoy', en: 'US special envoy for Ukraine', ar: 'المبعوث الأمريكي الخاص إلى أوكرانيا', party: 'united_states', negotiator: true,
    forms: [
      'المبعوث الأمريكي الخاص إلى أوكرانيا', 'المبعوث الأميركي الخاص إلى أوكرانيا', 'المبعوث الأمريكي الخاص لأوكرانيا', 'المبعوث الأميركي الخاص لأوكرانيا',
      'المبعوث الأمريكي إلى أوكرانيا', 'المبعوث الأميركي إلى أوكرانيا', 'المبعوث الأمريكي لأوكرانيا', 'المبعوث الأميركي لأوكرانيا',
      'مبعوث ترامب إلى أوكرانيا', 'مبعوث ترامب لأوكرانيا', 'المبعوث الأمريكي الخاص لأوكرانيا وروسيا', 'المبعوث الأميركي الخاص لأوكرانيا وروسيا',
    ],
  },
  {
    id: 'us_secstate', en: 'US Secretary of State', ar: 'وزير الخارجية الأمريكي', party: 'united_states', person: 'rubio',
    forms: ['وزير الخارجية الأمريكي', 'وزير الخارجية الأميركي', 'رئيس الدبلوماسية الأمريكية', 'رئيس الدبلوماسية الأميركية', 'وزير خارجية الولايات المتحدة'],
  },
  {
    id: 'us_vp', en: 'US Vice President', ar: 'نائب الرئيس الأمريكي', party: 'united_states', person: 'vance',
    forms: ['نائب الرئيس الأمريكي', 'نائب الرئيس الأميركي', 'نائب رئيس الولايات المتحدة'],
  },
  {
    id: 'us_defsec', en: 'US Secretary of Defense (War)', ar: 'وزير الدفاع الأمريكي', party: 'united_states', person: 'hegseth',
    forms: ['وزير الدفاع الأمريكي', 'وزير الدفاع الأميركي', 'وزير الحرب الأمريكي', 'وزير الحرب الأميركي'],
  },
  {
    id: 'us_army_secretary', en: 'US Secretary of the Army', ar: 'وزير الجيش الأمريكي', party: 'united_states', person: 'driscoll', negotiator: true,
    forms: ['وزير الجيش الأمريكي', 'وزير الجيش الأميركي', 'وزير سلاح البر الأمريكي', 'وزير القوات البرية الأمريكية'],
  },
  {
    id: 'us_nsa', en: 'US national security adviser', ar: 'مستشار الأمن القومي الأمريكي', party: 'united_states', person: 'rubio',
    forms: ['مستشار الأمن القومي الأمريكي', 'مستشار الأمن القومي الأميركي', 'مستشار الأمن القومي في البيت الأبيض'],
  },
  {
    id: 'us_treasury', en: 'US Treasury Secretary', ar: 'وزير الخزانة الأمريكي', party: 'united_states', person: 'bessent',
    forms: ['وزير الخزانة الأمريكي', 'وزير الخزانة الأميركي', 'وزير المالية الأمريكي'],
  },
  {
    id: 'white_house_spokesperson', en: 'White House press secretary', ar: 'المتحدثة باسم البيت الأبيض', party: 'united_states', person: 'leavitt',
    forms: ['المتحدثة باسم البيت الأبيض', 'الناطقة باسم البيت الأبيض', 'المتحدثة الرسمية باسم البيت الأبيض', 'السكرتيرة الصحفية للبيت الأبيض'],
  },
  {
    id: 'us_eucom_commander', en: 'Commander of US forces in Europe', ar: 'قائد القوات الأمريكية في أوروبا', party: 'united_states', person: 'grynkewich',
    forms: [
      'قائد القوات الأمريكية في أوروبا', 'قائد القوات الأميركية في أوروبا', 'القائد الأعلى لقوات حلف شمال الأطلسي في أوروبا',
      'القائد الأعلى لقوات الحلفاء في أوروبا', 'قائد القيادة الأوروبية للجيش الأمريكي', 'قائد القيادة الأوروبية للجيش الأميركي',
    ],
  },
  // Mediators and hosts
  {
    id: 'tr_president', en: 'President of Türkiye', ar: 'الرئيس التركي', party: 'turkiye', person: 'erdogan',
    forms: ['الرئيس التركي', 'رئيس تركيا'],
  },
  {
    id: 'tr_fm', en: 'Foreign minister of Türkiye', ar: 'وزير الخارجية التركي', party: 'turkiye', person: 'fidan',
    forms: ['وزير الخارجية التركي', 'وزير خارجية تركيا'],
  },
  {
    id: 'uae_president', en: 'President of the UAE', ar: 'رئيس دولة الإمارات', party: 'uae', person: 'mbz',
    forms: ['رئيس دولة الإمارات', 'رئيس الإمارات', 'الرئيس الإماراتي', 'رئيس دولة الإمارات العربية المتحدة'],
  },
  {
    id: 'uae_fm', en: 'Foreign minister of the UAE', ar: 'وزير الخارجية الإماراتي', party: 'uae', person: 'abdullah_bin_zayed',
    forms: ['وزير الخارجية الإماراتي', 'وزير خارجية الإمارات'],
  },
  {
    id: 'saudi_crown_prince', en: 'Saudi crown prince', ar: 'ولي العهد السعودي', party: 'saudi_arabia', person: 'mbs',
    forms: ['ولي العهد السعودي', 'ولي العهد السعودي رئيس مجلس الوزراء', 'ولي عهد السعودية'],
  },
  {
    id: 'saudi_fm', en: 'Saudi foreign minister', ar: 'وزير الخارجية السعودي', party: 'saudi_arabia', person: 'faisal_bin_farhan',
    forms: ['وزير الخارجية السعودي', 'وزير خارجية السعودية'],
  },
  {
    id: 'qatar_emir', en: 'Emir of Qatar', ar: 'أمير قطر', party: 'qatar', person: 'tamim',
    forms: ['أمير قطر', 'أمير دولة قطر'],
  },
  {
    id: 'cn_president', en: 'President of China', ar: 'الرئيس الصيني', party: 'china', person: 'xi',
    forms: ['الرئيس الصيني', 'رئيس الصين'],
  },
  {
    id: 'cn_fm', en: 'Foreign minister of China', ar: 'وزير الخارجية الصيني', party: 'china', person: 'wang_yi',
    forms: ['وزير الخارجية الصيني', 'وزير خارجية الصين'],
  },
  {
    id: 'by_president', en: 'President of Belarus', ar: 'الرئيس البيلاروسي', party: 'belarus', person: 'lukashenko',
    forms: ['الرئيس البيلاروسي', 'رئيس بيلاروس', 'رئيس بيلاروسيا'],
  },
  {
    id: 'pope', en: 'the Pope', ar: 'البابا', party: 'vatican', person: 'pope_leo',
    forms: ['البابا', 'بابا الفاتيكان', 'الحبر الأعظم', 'بابا الكنيسة الكاثوليكية'],
  },
  // Europe
  {
    id: 'fr_president', en: 'President of France', ar: 'الرئيس الفرنسي', party: 'france', person: 'macron',
    forms: ['الرئيس الفرنسي', 'رئيس فرنسا'],
  },
  {
    id: 'uk_pm', en: 'Prime minister of the United Kingdom', ar: 'رئيس الوزراء البريطاني', party: 'united_kingdom', person: 'starmer',
    forms: ['رئيس الوزراء البريطاني', 'رئيس الحكومة البريطانية', 'رئيس وزراء بريطانيا'],
  },
  {
    id: 'de_chancellor', en: 'Chancellor of Germany', ar: 'المستشار الألماني', party: 'germany', person: 'merz',
    forms: ['المستشار الألماني', 'مستشار ألمانيا'],
  },
  {
    id: 'it_pm', en: 'Prime minister of Italy', ar: 'رئيسة الوزراء الإيطالية', party: 'italy', person: 'meloni',
    forms: ['رئيسة الوزراء الإيطالية', 'رئيسة الحكومة الإيطالية', 'رئيسة وزراء إيطاليا'],
  },
  {
    id: 'hu_pm', en: 'Prime minister of Hungary', ar: 'رئيس الوزراء المجري', party: 'hungary', person: 'orban',
    forms: ['رئيس الوزراء المجري', 'رئيس الحكومة المجرية', 'رئيس وزراء المجر'],
  },
  {
    id: 'pl_pm', en: 'Prime minister of Poland', ar: 'رئيس الوزراء البولندي', party: 'poland', person: 'tusk',
    forms: ['رئيس الوزراء البولندي', 'رئيس الحكومة البولندية', 'رئيس وزراء بولندا'],
  },
  {
    id: 'fi_president', en: 'President of Finland', ar: 'الرئيس الفنلندي', party: 'finland', person: 'stubb',
    forms: ['الرئيس الفنلندي', 'رئيس فنلندا'],
  },
  {
    id: 'ec_president', en: 'President of the European Commission', ar: 'رئيسة المفوضية الأوروبية', party: 'european_union', person: 'von_der_leyen',
    forms: ['رئيسة المفوضية الأوروبية', 'رئيسة المفوضية', 'رئيسة المفوضية الأوربية'],
  },
  {
    id: 'eu_hr', en: 'EU foreign policy chief', ar: 'مسؤولة السياسة الخارجية في الاتحاد الأوروبي', party: 'european_union', person: 'kallas',
    forms: [
      'مسؤولة السياسة الخارجية في الاتحاد الأوروبي', 'مسؤولة السياسة الخارجية الأوروبية', 'منسقة السياسة الخارجية في الاتحاد الأوروبي',
      'منسقة السياسة الخارجية الأوروبية', 'الممثلة العليا للسياسة الخارجية', 'الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية',
      'الممثلة العليا للشؤون الخارجية والسياسة الأمنية', 'رئيسة الدبلوماسية الأوروبية', 'مسؤولة الشؤون الخارجية في الاتحاد الأوروبي',
    ],
  },
  // International
  {
    id: 'nato_sg', en: 'NATO Secretary General', ar: 'الأمين العام لحلف شمال الأطلسي', party: 'nato', person: 'rutte',
    forms: [
      'الأمين العام لحلف شمال الأطلسي', 'الأمين العام للناتو', 'الأمين العام لحلف الناتو', 'أمين عام حلف الناتو', 'أمين عام الناتو',
      'أمين عام حلف شمال الأطلسي', 'الأمين العام للحلف الأطلسي', 'الأمين العام للحلف',
    ],
  },
  {
    id: 'un_sg', en: 'UN Secretary-General', ar: 'الأمين العام للأمم المتحدة', party: 'united_nations', person: 'guterres',
    forms: ['الأمين العام للأمم المتحدة', 'أمين عام الأمم المتحدة', 'الأمين العام للمنظمة الدولية', 'أمين عام المنظمة الدولية'],
  },
  {
    id: 'iaea_dg', en: 'IAEA Director General', ar: 'المدير العام للوكالة الدولية للطاقة الذرية', party: 'united_nations', person: 'grossi',
    forms: [
      'المدير العام للوكالة الدولية للطاقة الذرية', 'مدير الوكالة الدولية للطاقة الذرية', 'رئيس الوكالة الدولية للطاقة الذرية',
      'مدير عام الوكالة الدولية للطاقة الذرية', 'المدير العام للوكالة الذرية', 'مدير الوكالة الذرية', 'رئيس الوكالة الذرية',
    ],
  },
];
