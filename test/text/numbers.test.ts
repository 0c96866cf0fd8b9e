import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.ts';
import {
  findNumbers, findNumbersInNormalized, ordinalValue, parseArabicNumber, type NumberMention, type NumberQualifier,
} from '../../src/text/numbers.ts';

/** [value, text as written] or [value, text, qualifier] when the number is not exact. */
type Seen = readonly [number, string] | readonly [number, string, NumberQualifier];
type Case = { readonly say: string; readonly text: string; readonly found: readonly Seen[] };

function seen(mention: NumberMention): Seen {
  return mention.qualifier === 'exact' ? [mention.value, mention.text] : [mention.value, mention.text, mention.qualifier];
}

function specify(cases: readonly Case[]): void {
  it.each(cases)('$say', ({ text, found }) => {
    expect(findNumbers(text).map(seen)).toEqual(found);
  });
}

describe('findNumbers: digits', () => {
  specify([
    { say: 'reads ASCII digits', text: 'وقالت هيئة الأركان الأوكرانية إن قواتها صدّت 37 هجوما خلال الليل.', found: [[37, '37']] },
    { say: 'reads Eastern Arabic digits', text: 'وأفادت الإدارة العسكرية بمقتل ٤ مدنيين في قصف على خاركيف.', found: [[4, '٤']] },
    { say: 'reads Persian digits', text: 'أسقطت الدفاعات الجوية ۱۲ مسيرة فوق كييف.', found: [[12, '۱۲']] },
    { say: 'reads a year and a count as two numbers', text: 'وفي عام 2023 أرسلت واشنطن 31 دبابة أبرامز.', found: [[2023, '2023'], [31, '31']] },
    { say: 'reads comma grouping', text: 'وبلغت خسائر الجيش الروسي 1,243,840 جنديا، وفق كييف.', found: [[1243840, '1,243,840']] },
    { say: 'reads point grouping when every group has three digits', text: 'وأحصت الوزارة 1.243.840 قتيلا وجريحا.', found: [[1243840, '1.243.840']] },
    { say: 'reads the Arabic thousands separator', text: 'سجّلت المفوضية ١٬٢٤٣٬٨٤٠ لاجئا في بولندا.', found: [[1243840, '١٬٢٤٣٬٨٤٠']] },
    { say: 'reads the Arabic comma as grouping only inside digits', text: 'ووصل عدد النازحين إلى 3،500،000 شخص.', found: [[3500000, '3،500،000']] },
    { say: 'reads a decimal point', text: 'وارتفع خام برنت 3.5% بعد الهجوم على الميناء.', found: [[3.5, '3.5']] },
    { say: 'reads 10.30 as a decimal, not a grouping', text: 'وانطلقت الجلسة عند 10.30 صباحا بتوقيت إسطنبول.', found: [[10.3, '10.30']] },
    { say: 'reads the Arabic decimal separator and ignores "في المئة"', text: 'وانكمش الاقتصاد الروسي بنسبة ٣٫٥ في المئة.', found: [[3.5, '٣٫٥']] },
    { say: 'splits a list with an Arabic comma and a space', text: 'وشملت الخطة المواقع 5، 6، 7 على خط الجبهة.', found: [[5, '5'], [6, '6'], [7, '7']] },
    { say: 'splits digits joined by an Arabic comma that are not thousands', text: 'وناقش الوفدان البنود 5،6 من المسودة.', found: [[5, '5'], [6, '6']] },
    { say: 'keeps the percent sign outside the span', text: 'وتراجع الروبل 12% أمام الدولار.', found: [[12, '12']] },
    { say: 'splits a dotted date into its parts', text: 'ووُقّعت الوثيقة في 2.5.2026 بجنيف.', found: [[2, '2'], [5, '5'], [2026, '2026']] },
    { say: 'reads a grouped number with a decimal tail', text: 'وبلغت قيمة الصفقة 1,250.5 مليون دولار.', found: [[1250500000, '1,250.5 مليون']] },
    { say: 'reads a comma decimal right before a scale word', text: 'وخصص الاتحاد الأوروبي 3,5 مليار يورو لكييف.', found: [[3500000000, '3,5 مليار']] },
    { say: 'reads digits glued to a clitic without taking the clitic', text: 'وقُتل 5 جنود و24 مدنيا.', found: [[5, '5'], [24, '24']] },
  ]);
});

describe('findNumbers: number words', () => {
  specify([
    { say: 'reads "رقم واحد" as one', text: 'وتبقى هذه القضية الملف رقم واحد على الطاولة.', found: [[1, 'واحد']] },
    { say: 'reads اثنين', text: 'وقال المتحدث إن اثنين من الجرحى في حالة خطرة.', found: [[2, 'اثنين']] },
    { say: 'reads اثنتين', text: 'وأكدت البحرية أن اثنتين من السفن أصيبتا.', found: [[2, 'اثنتين']] },
    { say: 'reads ثنتان', text: 'ونجت ثنتان فقط من القطع البحرية.', found: [[2, 'ثنتان']] },
    { say: 'reads a masculine unit', text: 'قُتل ثلاثة أشخاص في غارة على أوديسا.', found: [[3, 'ثلاثة']] },
    { say: 'reads a feminine unit', text: 'واستمرت المحادثات ثلاث ساعات متواصلة.', found: [[3, 'ثلاث']] },
    { say: 'reads ثماني', text: 'وتدخل الحرب عامها الخامس بعد ثماني سنوات من ضم القرم.', found: [[8, 'ثماني']] },
    { say: 'reads عشرة', text: 'وتضررت عشرة مبان سكنية في المدينة.', found: [[10, 'عشرة']] },
    { say: 'reads عشر before an indefinite noun', text: 'وأطلقت روسيا عشر طائرات مسيرة نحو سومي.', found: [[10, 'عشر']] },
    { say: 'reads أحد عشر', text: 'وأصيب أحد عشر شخصا بجروح.', found: [[11, 'أحد عشر']] },
    { say: 'reads إحدى عشرة', text: 'وسقطت إحدى عشرة قذيفة على البلدة.', found: [[11, 'إحدى عشرة']] },
    { say: 'reads اثنا عشر', text: 'ووقّع اثنا عشر بلدا على البيان الختامي.', found: [[12, 'اثنا عشر']] },
    { say: 'reads اثنتي عشرة', text: 'بعد اثنتي عشرة ساعة من التفاوض.', found: [[12, 'اثنتي عشرة']] },
    { say: 'reads ثلاثة عشر', text: 'وأسر الجيش ثلاثة عشر جنديا.', found: [[13, 'ثلاثة عشر']] },
    { say: 'reads خمس عشرة', text: 'واستمر القصف خمس عشرة دقيقة.', found: [[15, 'خمس عشرة']] },
    { say: 'reads تسعة عشر', text: 'وأعيد تسعة عشر طفلا إلى ذويهم.', found: [[19, 'تسعة عشر']] },
    { say: 'reads عشرون', text: 'وشارك عشرون وفدا في المؤتمر.', found: [[20, 'عشرون']] },
    { say: 'reads أربعين', text: 'وصمدت المدينة أربعين يوما.', found: [[40, 'أربعين']] },
    { say: 'reads a unit and tens', text: 'ويضم الوفد خمسة وعشرين خبيرا.', found: [[25, 'خمسة وعشرين']] },
    { say: 'reads the feminine إحدى with tens', text: 'وأطلقت القوات إحدى وعشرين مسيرة.', found: [[21, 'إحدى وعشرين']] },
    { say: 'reads ثلاث وتسعون', text: 'وتضررت ثلاث وتسعون بلدة في المقاطعة.', found: [[93, 'ثلاث وتسعون']] },
    { say: 'reads مئة', text: 'وأرسلت لندن مئة جندي إضافي.', found: [[100, 'مئة']] },
    { say: 'reads مائتين with a remainder', text: 'وأفرجت موسكو عن مائتين وأربعة أسرى.', found: [[204, 'مائتين وأربعة']] },
    { say: 'reads مئتان', text: 'ووصل مئتان من المتطوعين.', found: [[200, 'مئتان']] },
    { say: 'reads ثلاثمئة', text: 'ودمّرت الغارة ثلاثمئة طن من الذخيرة.', found: [[300, 'ثلاثمئة']] },
    { say: 'reads ثلاثمائة', text: 'وعبرت ثلاثمائة شاحنة المعبر.', found: [[300, 'ثلاثمائة']] },
    { say: 'reads ثلاث مئة written apart', text: 'ونقلت ثلاث مئة عائلة إلى الملاجئ.', found: [[300, 'ثلاث مئة']] },
    { say: 'reads خمسمائة', text: 'وتقدّمت القوات خمسمائة متر.', found: [[500, 'خمسمائة']] },
    { say: 'reads hundreds, units and tens', text: 'وفقدت الكتيبة تسعمئة وخمسة وتسعين جنديا.', found: [[995, 'تسعمئة وخمسة وتسعين']] },
    { say: 'reads ألف', text: 'وانتشر ألف جندي على الحدود.', found: [[1000, 'ألف']] },
    { say: 'reads ألفًا with tanween', text: 'وجنّدت كييف ألفًا من المتطوعين.', found: [[1000, 'ألفًا']] },
    { say: 'reads ألفين', text: 'ونشر الحلف ألفين من جنوده في رومانيا.', found: [[2000, 'ألفين']] },
    { say: 'reads ثلاثة آلاف', text: 'وعبر ثلاثة آلاف لاجئ الحدود.', found: [[3000, 'ثلاثة آلاف']] },
    { say: 'reads عشرة آلاف', text: 'وتطوّع عشرة آلاف شخص.', found: [[10000, 'عشرة آلاف']] },
    { say: 'reads أحد عشر ألفا', text: 'وأجلي أحد عشر ألفا من السكان.', found: [[11000, 'أحد عشر ألفا']] },
    { say: 'reads مئة ألف', text: 'واحتشد مئة ألف متظاهر.', found: [[100000, 'مئة ألف']] },
    { say: 'reads مائتي ألف', text: 'وحشدت روسيا مائتي ألف جندي.', found: [[200000, 'مائتي ألف']] },
    { say: 'reads مليون', text: 'وفرّ مليون لاجئ في الأسبوع الأول.', found: [[1000000, 'مليون']] },
    { say: 'reads مليونان', text: 'ونزح مليونان داخل البلاد.', found: [[2000000, 'مليونان']] },
    { say: 'reads مليونين', text: 'وتعهدت برلين بمليونين لإعادة الإعمار.', found: [[2000000, 'مليونين']] },
    { say: 'reads ثلاثة ملايين', text: 'وعاد ثلاثة ملايين إلى بيوتهم.', found: [[3000000, 'ثلاثة ملايين']] },
    { say: 'reads مليار', text: 'وأعلن البنك الدولي منحة بقيمة مليار دولار.', found: [[1000000000, 'مليار']] },
    { say: 'reads مليارين', text: 'وطلبت الحكومة مليارين إضافيين.', found: [[2000000000, 'مليارين']] },
    { say: 'reads خمسة مليارات', text: 'وخصصت طوكيو خمسة مليارات دولار.', found: [[5000000000, 'خمسة مليارات']] },
    { say: 'reads بليون', text: 'وبلغت المساعدات بليون دولار.', found: [[1000000000, 'بليون']] },
    { say: 'reads a whole chain in words', text: 'وبلغت الخسائر مليون ومئتين وثلاثة وأربعين ألفا وثمانمائة وأربعين جنديا.', found: [[1243840, 'مليون ومئتين وثلاثة وأربعين ألفا وثمانمائة وأربعين']] },
    { say: 'reads ألف وخمسمائة', text: 'وأُسر ألف وخمسمائة مقاتل.', found: [[1500, 'ألف وخمسمائة']] },
    { say: 'reads a year spoken in words', text: 'منذ عام ألفين واثنين وعشرين.', found: [[2022, 'ألفين واثنين وعشرين']] },
    { say: 'reads the classical "مئة ألف وخمسة وعشرون ألفا"', text: 'وقُدّر عددهم بمئة ألف وخمسة وعشرين ألفا.', found: [[125000, 'مئة ألف وخمسة وعشرين ألفا']] },
    { say: 'reads نصف مليون', text: 'ويعيش نصف مليون في مناطق محاصرة.', found: [[500000, 'نصف مليون']] },
    { say: 'reads مليون ونصف', text: 'ولجأ مليون ونصف إلى ألمانيا.', found: [[1500000, 'مليون ونصف']] },
    { say: 'reads words with diacritics and tatweel, quoting them as written', text: 'أسقطت الدفاعات ثلاثَ طائراتٍ و خمـــسةً وعشرين صاروخًا.', found: [[3, 'ثلاثَ'], [25, 'خمـــسةً وعشرين']] },
    { say: 'reads a word glued to a clitic without the clitic', text: 'واستُهدفت المحطة بثلاثة صواريخ وبأربع مسيرات.', found: [[3, 'ثلاثة'], [4, 'أربع']] },
  ]);
});

describe('findNumbers: digits mixed with words', () => {
  specify([
    { say: 'reads a million-thousands-remainder chain', text: 'وأعلنت كييف أن خسائر روسيا بلغت مليون و243 ألفا و840 جنديا.', found: [[1243840, 'مليون و243 ألفا و840']] },
    { say: 'reads 3 آلاف و667', text: 'وتحققت الأمم المتحدة من مقتل 3 آلاف و667 مدنيا.', found: [[3667, '3 آلاف و667']] },
    { say: 'reads 24 ألف', text: 'ونشرت بولندا 24 ألف جندي.', found: [[24000, '24 ألف']] },
    { say: 'reads 125 ألف', text: 'وسجّلت السلطات 125 ألف طلب لجوء.', found: [[125000, '125 ألف']] },
    { say: 'reads 55 ألفا', text: 'وقتل 55 ألفا من الجنود الأوكرانيين، بحسب زيلينسكي.', found: [[55000, '55 ألفا']] },
    { say: 'reads 800 ألف', text: 'وجنّد الكرملين 800 ألف رجل.', found: [[800000, '800 ألف']] },
    { say: 'reads 1.5 مليون', text: 'ووصل إلى بولندا 1.5 مليون لاجئ.', found: [[1500000, '1.5 مليون']] },
    { say: 'reads 2.3 مليار without float drift', text: 'وأقر الكونغرس 2.3 مليار دولار.', found: [[2300000000, '2.3 مليار']] },
    { say: 'reads ألف و500', text: 'وأطلق سراح ألف و500 محتجز.', found: [[1500, 'ألف و500']] },
    { say: 'reads a dual scale then a mixed remainder', text: 'ونزح مليونين و500 ألف شخص.', found: [[2500000, 'مليونين و500 ألف']] },
    { say: 'reads Eastern digits before a scale word', text: 'وتلقت كييف ٣ ملايين قذيفة و١٠ آلاف صاروخ.', found: [[3000000, '٣ ملايين'], [10000, '١٠ آلاف']] },
    { say: 'keeps two counts apart when nouns stand between them', text: 'ودُمّرت 5 دبابات و3 مروحيات.', found: [[5, '5'], [3, '3']] },
    { say: 'keeps years apart', text: 'بين 2014 و2022 تغيّر كل شيء.', found: [[2014, '2014'], [2022, '2022']] },
    { say: 'keeps two words apart when the sum makes no sense as one number', text: 'واختلف الطرفان على ثلاثة وخمسة من البنود.', found: [[3, 'ثلاثة'], [5, 'خمسة']] },
    { say: 'keeps 5 و6 apart', text: 'ونصت المادتان 5 و6 على ذلك.', found: [[5, '5'], [6, '6']] },
    { say: 'reads a range as two numbers', text: 'ويتراوح العدد بين 10 و15 ألفا.', found: [[10, '10'], [15000, '15 ألفا']] },
  ]);
});

describe('findNumbers: glued prefixes', () => {
  specify([
    { say: 'reads الـ24 without الـ', text: 'خلال الـ24 ساعة الماضية.', found: [[24, '24']] },
    { say: 'reads الـ 24 with a space', text: 'خلال الـ 24 ساعة الماضية.', found: [[24, '24']] },
    { say: 'reads بـ800 without بـ', text: 'وقدّر البنتاغون الخسائر بـ800 جندي.', found: [[800, '800']] },
    { say: 'reads ب800 without ب', text: 'وقدّر المرصد الخسائر ب800 جندي.', found: [[800, '800']] },
    { say: 'reads لـ3 without لـ', text: 'وارتفع العدد لـ3 قتلى.', found: [[3, '3']] },
    { say: 'reads و24 without و', text: 'وسقط 17 قتيلا و24 جريحا.', found: [[17, '17'], [24, '24']] },
    { say: 'reads والـ24 without والـ', text: 'بين الـ18 والـ24 من العمر.', found: [[18, '18'], [24, '24']] },
    { say: 'reads الـ with tatweel', text: 'في الـــ48 ساعة المقبلة.', found: [[48, '48']] },
  ]);
});

describe('findNumbers: what is not a number', () => {
  specify([
    { say: 'does not count عشرات الآلاف', text: 'وفرّ عشرات الآلاف من السكان.', found: [] },
    { say: 'does not count مئات', text: 'وقُتل مئات الجنود في الهجوم.', found: [] },
    { say: 'does not count آلاف alone', text: 'ونزح آلاف المدنيين.', found: [] },
    { say: 'does not count ملايين alone', text: 'وأنفقت ملايين الدولارات على الدفاع.', found: [] },
    { say: 'does not count بضعة آلاف', text: 'وبقي بضعة آلاف في المدينة.', found: [] },
    { say: 'does not count أحد meaning "one of"', text: 'وقال أحد المسؤولين إن المحادثات بناءة.', found: [] },
    { say: 'does not count إحدى meaning "one of"', text: 'وزار إحدى المدن المحررة.', found: [] },
    { say: 'does not count an ordinal', text: 'منذ الحرب العالمية الثانية.', found: [] },
    { say: 'does not count الحادي عشر', text: 'في الحادي عشر من سبتمبر.', found: [] },
    { say: 'does not count الحادي والعشرين', text: 'في القرن الحادي والعشرين.', found: [] },
    { say: 'does not count the hour الثانية عشرة', text: 'عند الساعة الثانية عشرة ظهرا.', found: [] },
    { say: 'does not read Monday as two', text: 'وأعلن الكرملين يوم الاثنين.', found: [] },
    { say: 'does not read Sunday as one', text: 'وتنطلق الجولة يوم الأحد.', found: [] },
    { say: 'does not read a fraction as a count', text: 'وتسيطر روسيا على خمس الأراضي الأوكرانية.', found: [] },
    { say: 'does not read "في المئة" as a hundred', text: 'بنسبة في المئة من المجموع.', found: [] },
    { say: 'does not read لست as six', text: 'لست متأكدا من النتائج.', found: [] },
    { say: 'does not read وست (West) as six', text: 'وست بوينت أكاديمية عسكرية.', found: [] },
    { say: 'does not count "كل واحد"', text: 'وعلى كل واحد منهم أن يقرر.', found: [] },
    { say: 'does not read plurals in ين as duals', text: 'وقُتل المدنيين الأوكرانيين.', found: [] },
    { say: 'does not read نصف ساعة as a number', text: 'وتأخر الاجتماع نصف ساعة.', found: [] },
    { say: 'does not read "وأحد المدنيين" (folds like واحد) as one', text: 'وقُتل جندي وأحد المدنيين في القصف.', found: [] },
    { say: 'does not read "واحدة من أعنف" (one of the most) as a count', text: 'وكانت واحدة من أعنف الليالي منذ بدء الحرب.', found: [] },
  ]);
});

describe('findNumbers: duals and "one"', () => {
  const dual = (word: string, noun: string, text: string): Case & { noun: string } =>
    ({ say: `reads ${word} as two`, text, found: [[2, word]], noun });
  const duals = [
    dual('غواصتين', 'غواصه', 'وأغرقت المسيرات غواصتين في ميناء سيفاستوبول.'),
    dual('دبابتان', 'دبابه', 'ودُمّرت دبابتان قرب باخموت.'),
    dual('مروحيتين', 'مروحيه', 'وأسقطت القوات مروحيتين.'),
    dual('صاروخين', 'صاروخ', 'واعترضت الدفاعات صاروخين.'),
    dual('يومين', 'يوم', 'وبعد يومين من المناقشات.'),
    dual('عامين', 'عام', 'منذ عامين تقريبا لم يلتقيا، قال المصدر.'),
    dual('شخصين', 'شخص', 'وأسفر الانفجار عن مقتل شخصين.'),
    dual('جنديين', 'جندي', 'وأسرت القوات جنديين.'),
    dual('طائرتين', 'طايره', 'وفقدت القوات الجوية طائرتين.'),
    dual('سفينتين', 'سفينه', 'واحتجزت البحرية سفينتين.'),
    dual('ساعتين', 'ساعه', 'واستمر الاتصال ساعتين.'),
    dual('شهرين', 'شهر', 'وتوقفت الإمدادات شهرين.'),
    dual('أسبوعين', 'اسبوع', 'وستعقد الجولة بعد أسبوعين.'),
    dual('بلدين', 'بلد', 'وتعهد رئيسا البلدين بالتعاون.'),
  ];
  it.each(duals)('$say', ({ text, found, noun }) => {
    const mentions = findNumbers(text);
    expect(mentions.map(seen).map(([value, written]) => [value, written])).toEqual(found);
    expect(mentions[0]).toMatchObject({ source: 'dual', countedNoun: noun });
  });

  it('reads a dual with a clitic, keeping the clitic out of the span', () => {
    expect(findNumbers('وأسقطت القوات والطائرتين').map(seen)).toEqual([[2, 'طائرتين']]);
  });

  it('takes "يومين اثنين" as one mention of two', () => {
    expect(findNumbers('واستمرت الزيارة يومين اثنين.').map(seen)).toEqual([[2, 'يومين اثنين']]);
  });

  it('reads the dual of a caller-supplied counted noun', () => {
    const text = 'وأغرقت أوكرانيا مدمرتين روسيتين.';
    expect(findNumbers(text)).toEqual([]);
    expect(findNumbers(text, { countedNouns: new Set(['مدمره']) })).toMatchObject([{ value: 2, text: 'مدمرتين', countedNoun: 'مدمره' }]);
  });

  it('does not read "المدعين العامين" (public prosecutors) as two years', () => {
    expect(findNumbers('واجتمع المدعين العامين في لاهاي.')).toEqual([]);
  });

  it.each([
    ['دبابة واحدة', 'دبابه', 'ولم تخسر الكتيبة سوى دبابة واحدة.'],
    ['يوم واحد', 'يوم', 'وانتهت الهدنة بعد يوم واحد.'],
    ['ضربة واحدة', 'ضربه', 'ودمّرت ضربة واحدة الجسر.'],
    ['جنديًا واحدًا', 'جندي', 'ولم يفقد الفوج سوى جنديًا واحدًا.'],
  ])('reads "%s" as one of the noun', (phrase, noun, text) => {
    expect(findNumbers(text)).toMatchObject([{ value: 1, text: phrase, source: 'one', countedNoun: noun }]);
  });

  it('prefers twenty-one over "one" in واحد وعشرون', () => {
    expect(findNumbers('وأصيب واحد وعشرون جنديا.').map(seen)).toEqual([[21, 'واحد وعشرون']]);
  });
});

describe('findNumbers: qualifiers', () => {
  specify([
    { say: 'keeps نحو as approx', text: 'وقتل نحو 800 جندي.', found: [[800, '800', 'approx']] },
    { say: 'keeps حوالي as approx', text: 'وفرّ حوالي 5 آلاف شخص.', found: [[5000, '5 آلاف', 'approx']] },
    { say: 'keeps حوالى as approx', text: 'ودامت المعركة حوالى 4 أشهر.', found: [[4, '4', 'approx']] },
    { say: 'keeps قرابة as approx', text: 'وأسر قرابة 36 ألف جندي.', found: [[36000, '36 ألف', 'approx']] },
    { say: 'keeps زهاء as approx', text: 'وشارك زهاء ثلاثين بلدا.', found: [[30, 'ثلاثين', 'approx']] },
    { say: 'keeps ما يقارب as approx', text: 'وتضرر ما يقارب 40% من الشبكة.', found: [[40, '40', 'approx']] },
    { say: 'keeps ما يقرب من as approx', text: 'وغادر ما يقرب من مليون شخص.', found: [[1000000, 'مليون', 'approx']] },
    { say: 'keeps ما يناهز as approx', text: 'وخسرت ما يناهز 300 دبابة.', found: [[300, '300', 'approx']] },
    { say: 'keeps a trailing تقريبا as approx', text: 'وبلغ العدد 12 ألفا تقريبا.', found: [[12000, '12 ألفا', 'approx']] },
    { say: 'keeps أكثر من as a lower bound', text: 'وقُتل أكثر من 100 شخص.', found: [[100, '100', 'at_least']] },
    { say: 'keeps ما يزيد على as a lower bound', text: 'وأطلق ما يزيد على 70 صاروخا.', found: [[70, '70', 'at_least']] },
    { say: 'keeps ما يزيد عن as a lower bound', text: 'وعبر ما يزيد عن ألفي لاجئ.', found: [[2000, 'ألفي', 'at_least']] },
    { say: 'keeps ما لا يقل عن as a lower bound', text: 'وأصيب ما لا يقل عن 15 مدنيا.', found: [[15, '15', 'at_least']] },
    { say: 'keeps لا يقل عن as a lower bound', text: 'بعدد لا يقل عن عشرين طائرة.', found: [[20, 'عشرين', 'at_least']] },
    { say: 'keeps أزيد من as a lower bound', text: 'ودُمّر أزيد من 200 منزل.', found: [[200, '200', 'at_least']] },
    { say: 'keeps فوق as a lower bound', text: 'وجُنّد رجال فوق 50 عاما.', found: [[50, '50', 'at_least']] },
    { say: 'keeps a trailing على الأقل after the counted noun', text: 'وقُتل 10 أشخاص على الأقل.', found: [[10, '10', 'at_least']] },
    { say: 'keeps a trailing فأكثر', text: 'ويُستدعى من بلغ 18 عاما فأكثر.', found: [[18, '18', 'at_least']] },
    { say: 'keeps أقل من as an upper bound', text: 'ولم يبق سوى أقل من 20 كيلومترا.', found: [[20, '20', 'at_most']] },
    { say: 'keeps ما لا يزيد على as an upper bound, not a lower one', text: 'بمدى ما لا يزيد على 50 كيلومترا.', found: [[50, '50', 'at_most']] },
    { say: 'keeps ما لا يزيد عن as an upper bound', text: 'بعدد ما لا يزيد عن 3 آلاف جندي.', found: [[3000, '3 آلاف', 'at_most']] },
    { say: 'keeps لا يتجاوز as an upper bound', text: 'بعمق لا يتجاوز 30 كيلومترا.', found: [[30, '30', 'at_most']] },
    { say: 'keeps دون as an upper bound', text: 'وأُعفي الشبان دون 25 عاما.', found: [[25, '25', 'at_most']] },
    { say: 'ignores "من دون" (without)', text: 'وانتهت الجولة من دون 3 بنود أساسية.', found: [[3, '3']] },
    { say: 'reads a qualifier glued to و', text: 'وقُتل 5 جنود ونحو 20 مدنيا.', found: [[5, '5'], [20, '20', 'approx']] },
    { say: 'reads وقرابة', text: 'وجُرح 7 وقرابة 40 آخرين.', found: [[7, '7'], [40, '40', 'approx']] },
    { say: 'reads وأكثر من', text: 'ودُمّرت 4 جسور وأكثر من 60 مركبة.', found: [[4, '4'], [60, '60', 'at_least']] },
    { say: 'reads بنحو', text: 'وقدّرت الخسائر بنحو 1.2 مليار دولار.', found: [[1200000000, '1.2 مليار', 'approx']] },
    { say: 'qualifies a dual too', text: 'ولم يلتقيا منذ أكثر من عامين.', found: [[2, 'عامين', 'at_least']] },
  ]);

  it('gives the qualifier span in the original text, clitic excluded', () => {
    const text = 'وقُتل 5 جنود ونحوَ ٢٠ مدنيا';
    const [, second] = findNumbers(text);
    expect(second).toMatchObject({ value: 20, text: '٢٠', qualifier: 'approx' });
    expect(text.slice(second!.qualifierSpan!.start, second!.qualifierSpan!.end)).toBe('نحوَ');
  });

  it('gives no qualifier span to an exact number', () => {
    expect(findNumbers('وسقط 9 جرحى')[0]).not.toHaveProperty('qualifierSpan');
  });
});

describe('findNumbersInNormalized', () => {
  it('gives the same mentions as findNumbers for a text normalized once by the caller', () => {
    const text = 'وأعلنت كييف أن خسائر روسيا بلغت نحو مليون و243 ألفا و840 جنديا وغواصتين.';
    expect(findNumbersInNormalized(normalizeArabic(text))).toEqual(findNumbers(text));
  });
});

describe('parseArabicNumber', () => {
  it.each([
    ['ثلاثة آلاف وخمسمائة', 3500], ['1.5 مليون', 1500000], ['٢٤', 24], ['صفر', 0], ['مليون و243 ألفا و840', 1243840],
    ['إحدى عشرة', 11], ['مئتا ألف', 200000], ['١٬٢٤٣٬٨٤٠', 1243840], ['  تسعون  ', 90], ['ثلاثُمِائةٍ', 300],
  ])('reads %s as %d', (phrase, value) => {
    expect(parseArabicNumber(phrase)).toBe(value);
  });

  it.each(['أحد', 'ثلاثة جنود', '5 و6', 'نحو 5', '', 'عشرات الآلاف', 'و5', 'الاثنين', 'يومين'])(
    'refuses %j, which is not exactly one number',
    (phrase) => {
      expect(parseArabicNumber(phrase)).toBeUndefined();
    },
  );
});

describe('ordinalValue', () => {
  it.each([
    ['أول', 1], ['الأولى', 1], ['ثاني', 2], ['الثاني', 2], ['الثانية', 2], ['ثالث', 3], ['العاشر', 10],
    ['الحادي عشر', 11], ['الحادية عشرة', 11], ['الثاني عشر', 12], ['التاسع عشر', 19], ['العشرون', 20],
    ['الخامس والعشرون', 25], ['الحادي والعشرين', 21],
  ])('reads %s as %d', (word, value) => {
    expect(ordinalValue(word)).toBe(value);
  });

  it.each(['خمسة', 'الحادي', 'مدينة', 'عشرون', ''])('refuses %j', (word) => {
    expect(ordinalValue(word)).toBeUndefined();
  });
});
