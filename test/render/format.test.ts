import { describe, expect, it } from 'vitest';
import {
  countReports, formatDay, formatNumber, formatRange, formatSigned, formatValue, nameOf, perClaimant, quoted, sourcesRef,
} from '../../src/render/format.ts';

describe('countReports', () => {
  it('agrees the Arabic noun with the number: 1 تقرير, 2 تقريران, 3–10 تقارير, 11+ تقريرا', () => {
    expect(countReports(1, 'ar')).toBe('1 تقرير');
    expect(countReports(2, 'ar')).toBe('2 تقريران');
    expect(countReports(3, 'ar')).toBe('3 تقارير');
    expect(countReports(10, 'ar')).toBe('10 تقارير');
    expect(countReports(11, 'ar')).toBe('11 تقريرا');
    expect(countReports(99, 'ar')).toBe('99 تقريرا');
  });

  it('uses the singular for round hundreds and the hundreds rules above them', () => {
    expect(countReports(100, 'ar')).toBe('100 تقرير');
    expect(countReports(103, 'ar')).toBe('103 تقارير');
    expect(countReports(111, 'ar')).toBe('111 تقريرا');
  });

  it('is singular for one report only in English', () => {
    expect(countReports(1, 'en')).toBe('1 report');
    expect(countReports(3, 'en')).toBe('3 reports');
  });
});

describe('formatNumber', () => {
  it('groups thousands with commas in Western digits', () => {
    expect(formatNumber(1243840)).toBe('1,243,840');
    expect(formatNumber(770)).toBe('770');
    expect(formatNumber(-12500)).toBe('-12,500');
    expect(formatNumber(2.5)).toBe('2.5');
  });

  it('signs changes and renders qualifiers in both languages', () => {
    expect(formatSigned(770)).toBe('+770');
    expect(formatSigned(-3)).toBe('-3');
    expect(formatValue(24000, 'approx', 'en')).toBe('about 24,000');
    expect(formatValue(24000, 'approx', 'ar')).toBe('نحو 24,000');
    expect(formatValue(125000, 'at_least', 'en')).toBe('more than 125,000');
    expect(formatValue(125000, 'at_least', 'ar')).toBe('أكثر من 125,000');
    expect(formatValue(10, 'at_most', 'en')).toBe('less than 10');
    expect(formatValue(10, 'at_most', 'ar')).toBe('أقل من 10');
    expect(formatValue(4245, 'exact', 'ar')).toBe('4,245');
  });
});

describe('formatDay and formatRange', () => {
  it('names the month in each language', () => {
    expect(formatDay('2026-02-05', 'en')).toBe('5 February 2026');
    expect(formatDay('2026-02-05', 'ar')).toBe('5 فبراير 2026');
  });

  it('collapses ranges within a month and spans months', () => {
    expect(formatRange('2026-01-23', '2026-01-24', 'en')).toBe('23–24 January 2026');
    expect(formatRange('2026-01-23', '2026-01-24', 'ar')).toBe('23–24 يناير 2026');
    expect(formatRange('2026-01-31', '2026-02-01', 'en')).toBe('31 January – 1 February 2026');
    expect(formatRange('2026-02-04', undefined, 'en')).toBe('4 February 2026');
    expect(formatRange(undefined, undefined, 'en')).toBeUndefined();
  });
});

describe('names, attribution and quotes', () => {
  it('says who claims a figure, with "the" for institutions only', () => {
    const staff = { id: 'ua_general_staff', en: 'Ukrainian General Staff', ar: 'هيئة الأركان العامة الأوكرانية' };
    expect(perClaimant(staff, 'organization', 'en')).toBe('per the Ukrainian General Staff');
    expect(perClaimant(staff, 'organization', 'ar')).toBe('بحسب هيئة الأركان العامة الأوكرانية');
    expect(perClaimant({ id: 'sputnik', en: 'Sputnik', ar: 'سبوتنيك' }, 'organization', 'en')).toBe('per Sputnik');
    expect(perClaimant({ id: 'kremlin', en: 'the Kremlin', ar: 'الكرملين' }, 'organization', 'en')).toBe('per the Kremlin');
    expect(perClaimant({ id: 'zelensky', en: 'Volodymyr Zelensky', ar: 'فولوديمير زيلينسكي' }, 'person', 'en')).toBe('per Volodymyr Zelensky');
  });

  it('marks Arabic wording in English output and keeps it as written', () => {
    expect(quoted('الحوار مستمر', 'en')).toBe('(in Arabic) «الحوار مستمر»');
    expect(quoted('الحوار مستمر', 'ar')).toBe('«الحوار مستمر»');
  });

  it('writes a name the pack does not give in English in Latin letters, and as written in Arabic', () => {
    expect(nameOf({ asWritten: 'السلطات الأوكرانية' }, 'en')).toBe('al-Sltat al-Ukrania');
    expect(nameOf({ asWritten: 'السلطات الأوكرانية', en: 'the Ukrainian authorities' }, 'en')).toBe('the Ukrainian authorities');
    expect(nameOf({ asWritten: 'السلطات الأوكرانية' }, 'ar')).toBe('السلطات الأوكرانية');
    expect(nameOf({ id: 'abu_dhabi' }, 'en')).toBe('abu dhabi');
  });

  it('references sources as reports, and articles when near-duplicates add copies', () => {
    expect(sourcesRef({ reports: 3, articles: 3, stories: [1, 2, 4], articleIds: [] }, 'en')).toBe('(3 reports: #1, #2, #4)');
    expect(sourcesRef({ reports: 2, articles: 3, stories: [2, 3], articleIds: [] }, 'ar')).toBe('(2 تقريران، 3 مقالات: #2، #3)');
  });
});
