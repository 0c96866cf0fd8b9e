import { describe, expect, it } from 'vitest';
import { inferArticleDate, statedDayOf } from '../../src/ingest/date-inference.ts';

describe('statedDayOf: the day an undated text gives itself', () => {
  it('reads a full date given as today, with a weekday that agrees', () => {
    expect(statedDayOf('قال المتحدث اليوم الثلاثاء (17 فبراير/شباط 2026) إن الوفدين وصلا إلى جنيف.')).toMatchObject({ date: '2026-02-17' });
    expect(statedDayOf('أعلنت الوزارة اليوم الأربعاء 18 فبراير 2026 أن الجولة انتهت.')?.evidence).toMatch(/اليوم الأربعاء 18 فبراير 2026/u);
  });

  it('refuses a today whose weekday contradicts the date', () => {
    expect(statedDayOf('قال المتحدث اليوم الخميس (17 فبراير 2026) إن الوفدين وصلا.')).toBeUndefined();
  });

  it('reads a dateline alone on its line when the text names no weekday, or weekdays that agree', () => {
    expect(statedDayOf('محادثات في جنيف\n\n17 فبراير 2026\n\nوصل الوفدان إلى المدينة السويسرية لبحث الخطة.')).toMatchObject({ date: '2026-02-17' });
    expect(statedDayOf('وكالات\n2026-02-17 | 09:40\nوصل الوفدان الثلاثاء إلى جنيف.')).toMatchObject({ date: '2026-02-17' });
  });

  it('takes no banner date the text contradicts, and no date of another event', () => {
    // A page banner (the day the page was read) above an article that says "today, Thursday".
    expect(statedDayOf('السبت 12 أكتوبر 2024\nأخبار\nقال الجيش اليوم الخميس إن الهجوم صد.')).toBeUndefined();
    expect(statedDayOf('بدأت الحرب في 24 فبراير 2022، وقال الوزير إن المفاوضات مستمرة.')).toBeUndefined();
  });

  it('reads a numeric stamp beside other words when the text names its weekday as today', () => {
    // 2026-03-03 is a Tuesday.
    expect(statedDayOf('الرئيس يستقبل الوفد\nاستقبل الرئيس، اليوم الثلاثاء، الوفد الزائر في القصر.\n03.03.2026، وكالة الأنباء')).toMatchObject({ date: '2026-03-03' });
    // A stamp whose weekday is not the named today, and a date written out in words, date nothing.
    expect(statedDayOf('استقبل الرئيس، اليوم الأربعاء، الوفد الزائر.\n03.03.2026، وكالة الأنباء')).toBeUndefined();
    expect(statedDayOf('قال الوزير اليوم الخميس إن الحرب بدأت في 24 فبراير 2022، وكالة الأنباء')).toBeUndefined();
  });

  it('reads a date line with its clock time as the publication stamp, though the story names the day before', () => {
    // 2026-03-05 is a Thursday; the story tells what happened on Wednesday.
    expect(statedDayOf('الخميس 2026-03-05 08:45 ص\n\nالوزير: المحادثات ستستأنف\n\nقال الوزير الأربعاء إن الوفدين سيلتقيان مجددا.')).toMatchObject({ date: '2026-03-05' });
    // Its own weekday must still agree, and a banner without a time is still held to the story's weekdays.
    expect(statedDayOf('الجمعة 2026-03-05 08:45 ص\n\nقال الوزير الأربعاء إن الوفدين سيلتقيان.')).toBeUndefined();
    expect(statedDayOf('الخميس 2026-03-05\n\nقال الوزير الأربعاء إن الوفدين سيلتقيان.')).toBeUndefined();
  });

  it('refuses when two candidate days disagree', () => {
    expect(statedDayOf('1 يونيو 2024\nعنوان\n2 أغسطس 2023\nقال الوزير إن المفاوضات مستمرة.')).toBeUndefined();
  });
});

describe('inferArticleDate', () => {
  it('prefers the day the text states over a story mate', () => {
    const inference = inferArticleDate('أكد الوزير اليوم الثلاثاء 17 فبراير 2026 أن الجولة بدأت.', [{ articleId: 'a1', date: '2026-02-18' }], []);
    expect(inference).toMatchObject({ basis: 'inferred', date: '2026-02-17' });
  });

  it('reads "غدا الإثنين" as a Sunday article when it checks a dateline', () => {
    expect(statedDayOf('جولة مرتقبة\n6 مارس 2022\nوأعلن المفاوض أن الجولة الثالثة ستعقد غدا الإثنين.')).toMatchObject({ date: '2022-03-06' });
  });
});
