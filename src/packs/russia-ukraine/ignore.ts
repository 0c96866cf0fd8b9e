/**
 * Phrases that contain a spelling but are not a mention of it. Matching one claims its words, so
 * the shorter reading inside is not reported (and neither is anything else inside it).
 */
/** Phrases never reported as mentions. */
export const ignore: string[] = [
  // Defence lines, not the ministry ("الدفاع الروسية").
  'خطوط الدفاع الروسية', 'خط الدفاع الروسي', 'خطوط دفاع روسية',
  // A national security council with no country named is not the UN Security Council.
  'مجلس الأمن القومي',
  // Continents, not the United States or the EU.
  'أمريكا اللاتينية', 'أميركا اللاتينية', 'أمريكا الجنوبية', 'أميركا الجنوبية', 'أمريكا الشمالية', 'أميركا الشمالية', 'أمريكا الوسطى',
  // Relatives of the president, not the president.
  'ترامب جونيور', 'دونالد ترامب جونيور', 'ميلانيا ترامب', 'إيفانكا ترامب', 'إريك ترامب',
  // "مجرى" (the course of the talks) folds like "مجري", the Hungarian adjective without its article.
  'مجرى',
  // Historical Russian and Soviet names.
  'روسيا القيصرية', 'الإمبراطورية الروسية',
];
