import { describe, expect, it } from 'vitest';
import { toDraft } from '../../src/ingest/ingest-files.ts';

const ARABIC = 'عقدت الجولة الثانية من المحادثات الثلاثية في أبوظبي يومي الأربعاء والخميس.';
const ENGLISH = 'The second round of trilateral talks was held in Abu Dhabi on Wednesday and Thursday.';

const languageOf = (body: string, language?: string) =>
  toDraft({ source: 'https://news.test/a', body, repairs: [], ...(language !== undefined ? { language } : {}) }).language;

describe('the language an article is stored with', () => {
  it('is told from the text when the source declares none', () => {
    expect(languageOf(ARABIC)).toBe('ar');
    expect(languageOf(ENGLISH)).toBe('und');
  });

  it("keeps a declared language's primary subtag", () => {
    expect(languageOf(ARABIC, 'ar-EG')).toBe('ar');
    expect(languageOf(ENGLISH, 'en-GB')).toBe('en');
    expect(languageOf(ENGLISH, 'FR')).toBe('fr');
  });

  it('keeps another Arabic-script language the source declares', () => {
    expect(languageOf('مذاکرات صلح در ابوظبی ادامه دارد و هیئت‌ها دوباره دیدار کردند.', 'fa-IR')).toBe('fa');
  });

  it('trusts the Arabic script over a template default that says English', () => {
    expect(languageOf(ARABIC, 'en-US')).toBe('ar');
  });

  it('ignores a malformed declaration', () => {
    expect(languageOf(ENGLISH, 'english please')).toBe('und');
    expect(languageOf(ARABIC, '')).toBe('ar');
  });
});
