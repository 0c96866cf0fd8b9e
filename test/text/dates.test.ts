import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.ts';
import {
  addDays, findDates, gregorianToHijri, hijriToGregorian, isIsoDate, weekdayOf, type DateMention,
} from '../../src/text/dates.ts';

/** Thursday 5 February 2026, the day of the seed articles. */
const THURSDAY = '2026-02-05';

/** `null` reads the text with no article day. */
const find = (original: string, reference: string | null = THURSDAY): DateMention[] =>
  findDates(original, reference === null ? {} : { reference });

const one = (original: string, reference?: string | null): DateMention => {
  const mentions = find(original, reference);
  expect(mentions, JSON.stringify(mentions)).toHaveLength(1);
  return mentions[0]!;
};

const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('calendar helpers', () => {
  it.each([
    ['2026-02-05', true], ['2024-02-29', true], ['2026-02-29', false], ['2026-13-01', false], ['2026-2-5', false], ['2026-02-05T00:00', false],
  ])('isIsoDate(%s) is %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it('adds days across months, years and backwards', () => {
    expect(addDays('2026-01-30', 3)).toBe('2026-02-02');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('names the weekday, 0 = Sunday', () => {
    expect(weekdayOf(THURSDAY)).toBe(4);
    expect(weekdayOf('2022-02-24')).toBe(4);
    expect(weekdayOf('2026-02-08')).toBe(0);
  });

  it('refuses a malformed day with a message that says what to pass', () => {
    expect(() => addDays('5/2/2026', 1)).toThrow(/YYYY-MM-DD/u);
  });
});

describe('Hijri conversion (tabular calendar)', () => {
  it('puts 1 Ramadan 1447 on 18 or 19 February 2026', () => {
    expect(['2026-02-18', '2026-02-19']).toContain(hijriToGregorian(1447, 9, 1));
  });

  it('stays within a day of Umm al-Qura for known month starts', () => {
    expect(Math.abs(daysBetween('2026-03-20', hijriToGregorian(1447, 10, 1)))).toBeLessThanOrEqual(1);
    expect(Math.abs(daysBetween('2025-06-26', hijriToGregorian(1447, 1, 1)))).toBeLessThanOrEqual(1);
    expect(Math.abs(daysBetween('2024-03-11', hijriToGregorian(1445, 9, 1)))).toBeLessThanOrEqual(1);
  });

  it('converts back and forth without drift over decades', () => {
    for (let day = '2000-01-01'; day < '2040-01-01'; day = addDays(day, 37)) {
      const hijri = gregorianToHijri(day);
      expect(hijriToGregorian(hijri.year, hijri.month, hijri.day)).toBe(day);
    }
  });
});

describe('findDates: numeric dates', () => {
  it.each([
    ['وقع الهجوم في 2026-02-05 فجرا', '2026-02-05'],
    ['وقع الهجوم في 2026/2/5 فجرا', '2026-02-05'],
    ['وقع الهجوم في 5/2/2026 فجرا', '2026-02-05'],
    ['وقع الهجوم في 5-2-2026 فجرا', '2026-02-05'],
    ['وقع الهجوم في 05.02.2026 فجرا', '2026-02-05'],
    ['وقع الهجوم في ٥/٢/٢٠٢٦ فجرا', '2026-02-05'],
    ['وقع الهجوم في 12/25/2025 فجرا', '2025-12-25'],
  ])('reads "%s" day-first as the Arab press writes it', (original, date) => {
    expect(one(original, null)).toMatchObject({ kind: 'date', date, yearStated: true, calendar: 'gregorian' });
  });

  it('skips impossible days and plain numbers', () => {
    expect(find('في 31/2/2026 قتل 1.243.840 جنديا في الساعة 10.30 بنسبة 3.5')).toEqual([]);
  });
});

describe('findDates: month names', () => {
  const egyptian = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  const levantine = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
  const maghreb = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت'];
  const cases = [...egyptian, ...levantine].map((name, index) => [name, (index % 12) + 1] as const);

  it.each(cases)('reads "%s" as month %i', (name, month) => {
    expect(one(`عقد الاجتماع في 7 ${name} 2025 في جنيف`).date).toBe(`2025-${String(month).padStart(2, '0')}-07`);
  });

  it.each(maghreb.map((name, index) => [name, index + 1] as const))('reads the Maghreb "%s" as month %i', (name, month) => {
    expect(one(`عقد الاجتماع في 7 ${name} 2025 في جنيف`).date).toBe(`2025-${String(month).padStart(2, '0')}-07`);
  });

  it.each(['ابريل', 'إبريل', 'يونيه', 'يوليه', 'اغسطس'])('reads the variant spelling %s', (name) => {
    expect(one(`في 7 ${name} 2025`).yearStated).toBe(true);
  });

  it.each([
    '5 شباط/فبراير 2026', '5 فبراير/شباط 2026', '5 فبراير / شباط 2026', '5 فبراير (شباط) 2026', '5 شباط (فبراير) 2026',
  ])('reads the combined names in "%s" as one date', (written) => {
    const mention = one(`بدأت المحادثات في ${written} في أبوظبي`);
    expect(mention).toMatchObject({ kind: 'date', date: '2026-02-05', text: written });
  });

  it('reads "يناير/كانون الثاني" and "كانون الثاني/يناير" the same way', () => {
    expect(one('في 23 يناير/كانون الثاني 2026').date).toBe('2026-01-23');
    expect(one('في 23 كانون الثاني/يناير 2026').date).toBe('2026-01-23');
  });

  it('reads Eastern digits in day and year', () => {
    expect(one('في ٢٤ فبراير ٢٠٢٢ بدأت الحرب')).toMatchObject({ date: '2022-02-24', text: '٢٤ فبراير ٢٠٢٢' });
  });

  it('reads a spelled-out day before "من"', () => {
    expect(one('في الرابع والعشرين من فبراير 2022 بدأت الحرب').date).toBe('2022-02-24');
    expect(one('في الأول من مارس').date).toBe('2026-03-01');
  });

  it('reads a day of the current or last month', () => {
    expect(one('في الخامس من الشهر الجاري').date).toBe('2026-02-05');
    expect(one('في 20 من الشهر الماضي').date).toBe('2026-01-20');
  });

  it('reads a clitic on the day without putting it in the mention', () => {
    expect(one('وقع الهجوم في الـ24 من فبراير الماضي')).toMatchObject({ text: '24 من فبراير الماضي', date: '2025-02-24' });
  });

  it('reads a month with its year as its first day, and skips a month or a year alone', () => {
    expect(one('في فبراير 2022 بدأت الحرب')).toMatchObject({ kind: 'date', date: '2022-02-01', yearStated: true });
    expect(one('في شباط/فبراير 2022 بدأت الحرب').text).toBe('شباط/فبراير 2022');
    expect(find('في فبراير بدأت الحرب، وفي عام 2022 اشتدت')).toEqual([]);
  });

  it('reads a year given relative to the article ("من العام الماضي")', () => {
    expect(one('في 24 فبراير من العام الماضي')).toMatchObject({ date: '2025-02-24', yearStated: false });
    expect(one('في مارس من العام الماضي')).toMatchObject({ date: '2025-03-01' });
  });

  it('does not take a count after the month for its year', () => {
    expect(one('في 5 فبراير 1500 جندي').text).toBe('5 فبراير');
  });

  it('keeps the span on the text as written, diacritics and tatweel included', () => {
    const original = 'في الخامِسِ مِن فبرايـــر ٢٠٢٦ اجتمعوا';
    const mention = one(original);
    expect(mention.text).toBe('الخامِسِ مِن فبرايـــر ٢٠٢٦');
    expect(original.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('findDates: year inference', () => {
  it('puts a January day referenced in early February in the same year', () => {
    expect(one('في 23 يناير').date).toBe('2026-01-23');
  });

  it('puts a December day referenced in January in the previous year', () => {
    expect(one('في 28 ديسمبر', '2026-01-10').date).toBe('2025-12-28');
  });

  it('puts a date followed by الماضي on or before the article day', () => {
    expect(one('في 10 فبراير الماضي').date).toBe('2025-02-10');
    expect(one('في 10 أغسطس الماضي').date).toBe('2025-08-10');
  });

  it('puts a date followed by المقبل on or after the article day', () => {
    expect(one('في 1 فبراير المقبل').date).toBe('2027-02-01');
  });

  it('leaves a partial date unresolved without a reference', () => {
    expect(one('في 23 يناير', null)).toMatchObject({ kind: 'date', yearStated: false });
    expect(one('في 23 يناير', null).date).toBeUndefined();
  });

  it('drops a day that exists in no year', () => {
    expect(find('في 31 فبراير')).toEqual([]);
  });
});

describe('findDates: ranges', () => {
  it.each([
    ['عقدت الجولة الأولى يومي 23 و24 يناير', '23 و24 يناير'],
    ['عقدت يومي 23 و24 يناير/كانون الثاني الماضي', '23 و24 يناير/كانون الثاني الماضي'],
    ['تعقد من 23 إلى 25 يناير', '23 إلى 25 يناير'],
    ['تعقد 23-24 يناير', '23-24 يناير'],
    ['تعقد بين 23 و25 يناير', '23 و25 يناير'],
  ])('reads the range in "%s"', (original, text) => {
    const mention = one(original);
    expect(mention).toMatchObject({ kind: 'range', text, date: '2026-01-23' });
    expect(mention.endDate).toMatch(/^2026-01-2[45]$/u);
  });

  it('reads a range across months and years', () => {
    expect(one('من 30 ديسمبر 2025 إلى 2 يناير 2026')).toMatchObject({ kind: 'range', date: '2025-12-30', endDate: '2026-01-02' });
    expect(one('من 30 ديسمبر إلى 2 يناير', '2026-01-10')).toMatchObject({ date: '2025-12-30', endDate: '2026-01-02' });
  });

  it('reads "1 و5 فبراير" as two days, not the days between', () => {
    expect(find('في 1 و5 فبراير').map((m) => [m.kind, m.date])).toEqual([['date', '2026-02-01'], ['date', '2026-02-05']]);
  });

  it('reads "بين 15 و20 مايو" as the days between', () => {
    expect(one('تعقد الاجتماعات ما بين 15 و20 أيار/مايو 2025')).toMatchObject({ kind: 'range', date: '2025-05-15', endDate: '2025-05-20' });
  });
});

describe('findDates: weekdays', () => {
  it.each([
    ['الأحد', 0, '2026-02-01'], ['الاثنين', 1, '2026-02-02'], ['الإثنين', 1, '2026-02-02'], ['الثلاثاء', 2, '2026-02-03'],
    ['الأربعاء', 3, '2026-02-04'], ['الخميس', 4, '2026-02-05'], ['الجمعة', 5, '2026-01-30'], ['السبت', 6, '2026-01-31'],
  ])('resolves %s to the latest such day on or before the article day', (name, weekday, date) => {
    expect(one(`أعلنت موسكو ${name} عن تقدم`)).toMatchObject({ kind: 'weekday', weekday, date, text: name });
  });

  it.each([
    ['والخميس', 'الخميس'], ['يوم الخميس', 'يوم الخميس'], ['مساء الأربعاء', 'مساء الأربعاء'], ['صباح الجمعة', 'صباح الجمعة'], ['ويوم السبت', 'يوم السبت'],
  ])('reads "%s" with its day word', (written, text) => {
    expect(one(`وقع ذلك ${written} في كييف`).text).toBe(text);
  });

  it('reads the night between two days', () => {
    expect(one('شنت روسيا هجوما ليل الأربعاء الخميس')).toMatchObject({ weekday: 3, date: '2026-02-04', endDate: '2026-02-05', text: 'ليل الأربعاء الخميس' });
  });

  it('moves to the next such day with المقبل/القادم and to a strictly earlier one with الماضي', () => {
    expect(one('تعقد الجولة الخميس المقبل').date).toBe('2026-02-12');
    expect(one('تعقد الجولة الجمعة القادمة').date).toBe('2026-02-06');
    expect(one('عقدت الجولة الخميس الماضي').date).toBe('2026-01-29');
  });

  it('names the weekday without a date when there is no reference', () => {
    const mention = one('أعلنت موسكو الخميس', null);
    expect(mention.weekday).toBe(4);
    expect(mention.date).toBeUndefined();
  });

  it('sets both the date and the weekday when they stand together', () => {
    expect(one('بدأت المحادثات الخميس 5 فبراير')).toMatchObject({ kind: 'date', weekday: 4, date: '2026-02-05', text: 'الخميس 5 فبراير' });
    expect(one('يوم الأحد الموافق 8 فبراير 2026')).toMatchObject({ weekday: 0, date: '2026-02-08' });
    expect(one('في 5 فبراير (الخميس) بدأت')).toMatchObject({ weekday: 4, text: '5 فبراير (الخميس)' });
  });

  it('does not read أحد ("one") without the article as Sunday', () => {
    expect(find('قال أحد المسؤولين')).toEqual([]);
  });
});

describe('findDates: relative days and periods', () => {
  it.each([
    ['بدأت المحادثات اليوم في أبوظبي', 'اليوم', 'today', '2026-02-05'],
    ['التقى الوفدان أمس في أبوظبي', 'أمس', 'yesterday', '2026-02-04'],
    ['وكان قد قال بالأمس إن', 'الأمس', 'yesterday', '2026-02-04'],
    ['التقى الوفدان يوم أمس', 'يوم أمس', 'yesterday', '2026-02-04'],
    ['وصل الوفد أول أمس', 'أول أمس', 'day_before_yesterday', '2026-02-03'],
    ['وصل الوفد أول من أمس', 'أول من أمس', 'day_before_yesterday', '2026-02-03'],
    ['وصل الوفد أمس الأول', 'أمس الأول', 'day_before_yesterday', '2026-02-03'],
    ['تستأنف المحادثات غداً', 'غداً', 'tomorrow', '2026-02-06'],
    ['تستأنف المحادثات غدا', 'غدا', 'tomorrow', '2026-02-06'],
    ['تستأنف المحادثات بعد غد', 'بعد غد', 'day_after_tomorrow', '2026-02-07'],
    ['يلقي كلمة الليلة', 'الليلة', 'tonight', '2026-02-05'],
    ['قصفت روسيا كييف الليلة الماضية', 'الليلة الماضية', 'last_night', '2026-02-04'],
    ['قصفت روسيا كييف ليلة أمس', 'ليلة أمس', 'last_night', '2026-02-04'],
    ['أعلن صباح اليوم', 'صباح اليوم', 'today', '2026-02-05'],
  ])('reads "%s"', (original, text, relative, date) => {
    expect(one(original)).toMatchObject({ kind: 'relative', text, relative, date });
  });

  it.each([
    ['الأسبوع الماضي', 'last_week', '2026-01-26', '2026-02-01'],
    ['الأسبوع المقبل', 'next_week', '2026-02-09', '2026-02-15'],
    ['الأسبوع القادم', 'next_week', '2026-02-09', '2026-02-15'],
    ['الأسبوع الجاري', 'this_week', '2026-02-02', '2026-02-08'],
    ['هذا الأسبوع', 'this_week', '2026-02-02', '2026-02-08'],
    ['الشهر الماضي', 'last_month', '2026-01-01', '2026-01-31'],
    ['الشهر المقبل', 'next_month', '2026-03-01', '2026-03-31'],
    ['العام الماضي', 'last_year', '2025-01-01', '2025-12-31'],
    ['السنة المقبلة', 'next_year', '2027-01-01', '2027-12-31'],
    ['العام الجاري', 'this_year', '2026-01-01', '2026-12-31'],
  ])('reads the period "%s" as a span (weeks run Monday to Sunday)', (text, relative, date, endDate) => {
    expect(one(`وقال إن ذلك جرى ${text} في أبوظبي`)).toMatchObject({ kind: 'relative', text, relative, date, endDate });
  });

  it.each([
    'بدأ اليوم الثاني من المفاوضات',
    'في نهاية اليوم الأول من المحادثات',
    'في اليوم التالي وصل الوفد',
    'في ذلك اليوم وصل الوفد',
    'في اليوم الـ1000 من الحرب',
  ])('does not read "%s" as today', (original) => {
    expect(find(original).filter((m) => m.relative === 'today')).toEqual([]);
  });

  it('keeps today and the weekday beside it as two mentions', () => {
    expect(find('بدأتا اليوم الخميس ثاني أيام الجولة').map((m) => [m.kind, m.date])).toEqual([['relative', THURSDAY], ['weekday', THURSDAY]]);
    expect(find('شرع المفاوضون اليوم (الأربعاء) في جولة', '2026-02-04').map((m) => m.text)).toEqual(['اليوم', 'الأربعاء']);
  });

  it('does not find أمس inside another word', () => {
    expect(find('الخامس من الطلاب')).toEqual([]);
  });
});

describe('findDates: vague horizons', () => {
  it.each([
    ['تستأنف المحادثات في الأيام المقبلة', 'coming_days'],
    ['تستأنف المحادثات في الأيام القليلة القادمة', 'coming_days'],
    ['تعقد في الأسابيع المقبلة', 'coming_weeks'],
    ['تعقد في الأسابيع القادمة', 'coming_weeks'],
    ['تعقد خلال الأشهر المقبلة', 'coming_months'],
    ['تبادل للأسرى في المستقبل القريب', 'near_future'],
    ['تستأنف المحادثات قريباً', 'soon'],
    ['تستأنف المحادثات في وقت لاحق', 'later'],
  ])('reads "%s"', (original, vague) => {
    const mention = one(original);
    expect(mention).toMatchObject({ kind: 'vague', vague });
    expect(mention.date).toBeUndefined();
  });

  it('does not read قريبا من (near in space) as soon', () => {
    expect(find('انفجرت قريبا من الحدود')).toEqual([]);
  });
});

describe('findDates: Hijri dates', () => {
  it('reads a full Hijri date and converts it', () => {
    const mention = one('يبدأ الصيام في 1 رمضان 1447 هـ');
    expect(mention).toMatchObject({ calendar: 'hijri', hijri: { year: 1447, month: 9, day: 1 }, yearStated: true, text: '1 رمضان 1447 هـ' });
    expect(['2026-02-18', '2026-02-19']).toContain(mention.date);
  });

  it('reads هـ written against the year', () => {
    expect(one('عيد الفطر في 1 شوال 1447هـ').hijri).toEqual({ year: 1447, month: 10, day: 1 });
  });

  it.each([
    ['15 رمضان 1447', 9], ['10 ذي الحجة 1446', 12], ['10 ذو الحجة 1446', 12], ['1 محرم 1448', 1], ['12 ربيع الأول 1447', 3],
    ['5 ربيع الآخر 1447', 4], ['5 ربيع الثاني 1447', 4], ['3 جمادى الأولى 1447', 5], ['3 جمادى الآخرة 1447', 6], ['27 رجب 1447', 7],
    ['15 شعبان 1447', 8], ['1 ذي القعدة 1447', 11], ['8 صفر 1447', 2],
  ])('reads "%s" as Hijri month %i', (written, month) => {
    expect(one(`وذلك في ${written}`)).toMatchObject({ calendar: 'hijri', hijri: { month } });
  });

  it('infers the Hijri year from the article day', () => {
    expect(one('في 15 رمضان').hijri).toEqual({ year: 1447, month: 9, day: 15 });
  });

  it('does not read names that are also months as dates', () => {
    expect(find('التقى رمضان قديروف رجب طيب أردوغان')).toEqual([]);
  });
});

describe('findDates: options', () => {
  it('uses the normalized text the caller already has', () => {
    const original = 'وصل الوفد أمس، وتستأنف المحادثات في 23 و24 فبراير';
    expect(findDates(original, { reference: THURSDAY, normalized: normalizeArabic(original) })).toEqual(find(original));
  });

  it('refuses a reference that is not a calendar day', () => {
    expect(() => findDates('أمس', { reference: '2026-02-30' })).toThrow(/YYYY-MM-DD/u);
  });

  it('reads every mention of a paragraph in text order with original offsets', () => {
    const original = 'شرع مفاوضون أوكرانيون وروس في جولة ثانية من المحادثات، اليوم (الأربعاء)، بعد أن قال زيلينسكي إن روسيا ' +
      'استغلت هدنة الأسبوع الماضي. يذكر أن الجولة الأولى عُقدت يومي 23 و24 يناير، على أن تجتمع الوفود لاحقاً.';
    const mentions = find(original, '2026-02-04');
    expect(mentions.map((m) => [m.text, m.kind, m.date ?? null])).toEqual([
      ['اليوم', 'relative', '2026-02-04'],
      ['الأربعاء', 'weekday', '2026-02-04'],
      ['الأسبوع الماضي', 'relative', '2026-01-26'],
      ['23 و24 يناير', 'range', '2026-01-23'],
      ['لاحقاً', 'vague', null],
    ]);
    for (const mention of mentions) expect(original.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('findDates: a weekday picks the year of an undated day and month', () => {
  const window = { from: 2022, to: 2026 };

  it('dates "الثلاثاء 29 مارس" in the one year of the window where 29 March is a Tuesday', () => {
    const [mention] = findDates('انتهت الجلسة يوم الثلاثاء 29 مارس في إسطنبول.', { yearWindow: window });
    expect(mention).toMatchObject({ kind: 'date', date: '2022-03-29', yearStated: false });
  });

  it('gives no date when no year or two years of the window fit the weekday', () => {
    // 10 March 2025 was a Monday, but so was 10 March 2031: only a window holding one of them decides.
    expect(findDates('يوم الاثنين 10 مارس', { yearWindow: { from: 2022, to: 2031 } })[0]?.date).toBeUndefined();
    expect(findDates('يوم الاثنين 29 مارس', { yearWindow: window })[0]?.date).toBeUndefined();
  });

  it('leaves a day and month without a weekday undated, and needs a window', () => {
    expect(findDates('في 29 مارس', { yearWindow: window })[0]?.date).toBeUndefined();
    expect(findDates('يوم الثلاثاء 29 مارس')[0]?.date).toBeUndefined();
  });
});
