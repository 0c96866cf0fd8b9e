import { describe, expect, it } from 'vitest';
import { parseRecordFile, parseTextArticle } from '../../src/ingest/article-file.ts';
import { isIsoDate } from '../../src/text/calendar.ts';

describe('parseTextArticle', () => {
  it('reads a date line at the start, even with the body on the same line', () => {
    const record = parseTextArticle('a.txt', ' date 2026-02-05 أعلنت موسكو الخميس عن تقدم.\n\nوقال المفاوض.');
    expect(record.publishedDate).toBe('2026-02-05');
    expect(record.body.startsWith('أعلنت موسكو')).toBe(true);
  });

  it('reads a date line on its own line', () => {
    const record = parseTextArticle('a.txt', 'date 2025-12-31\nخبر عاجل عن المحادثات.');
    expect(record.publishedDate).toBe('2025-12-31');
    expect(record.body).toBe('خبر عاجل عن المحادثات.');
  });

  it('refuses a date line that is not a calendar day', () => {
    expect(() => parseTextArticle('a.txt', 'date 2026-02-30 نص')).toThrow(/not a calendar day/);
  });

  it('leaves an article without a date line undated', () => {
    expect(parseTextArticle('a.txt', 'نص بلا تاريخ.').publishedDate).toBeUndefined();
  });

  it('removes stray markdown images and keeps link text', () => {
    const record = parseTextArticle('a.txt', '![]()\nأعلن [الكرملين](https://example.com/k) أن المحادثات مفيدة.');
    expect(record.body).toBe('أعلن الكرملين أن المحادثات مفيدة.');
    expect(record.repairs).toContain('stray markdown removed');
  });

  it('takes a short unpunctuated first line as the title', () => {
    const record = parseTextArticle('a.txt', 'واشنطن وموسكو تستأنفان الحوار العسكري\n\nقررت الولايات المتحدة وروسيا استئناف الحوار.');
    expect(record.title).toBe('واشنطن وموسكو تستأنفان الحوار العسكري');
  });

  it('does not take a full sentence as the title', () => {
    expect(parseTextArticle('a.txt', 'أعلن الكرملين أن المحادثات مفيدة.\nوأضاف أن الوفود ستلتقي.').title).toBeUndefined();
  });

  it('does not take the first half of a wrapped lead as the title', () => {
    expect(parseTextArticle('a.txt', 'اجتمع ممثلون عن البلدين\n، أمس، في العاصمة القطرية.\nوقال مصدر إن الاجتماع استمر ساعتين.').title).toBeUndefined();
  });

  it('converts HTML to text and keeps paragraphs', () => {
    const record = parseTextArticle('a.html', '<html><head><title>عنوان الخبر</title><script>x()</script></head><body><nav>القائمة</nav><p>الفقرة الأولى &amp; الثانية.</p><p>فقرة أخرى.</p></body></html>');
    expect(record.body).toBe('الفقرة الأولى & الثانية.\n\nفقرة أخرى.');
    expect(record.title).toBe('عنوان الخبر');
    expect(record.repairs).toContain('HTML converted to text');
  });
});

describe('parseRecordFile', () => {
  it('reads a JSON array of records with outlet, title and a timestamp', () => {
    const { records, refusals } = parseRecordFile('f.json', JSON.stringify([
      { url: 'https://example.com/a', outlet: 'المثال', title: 'عنوان', published: '2026-02-05T09:30:00+03:00', body: 'نص الخبر.' },
    ]), 'json');
    expect(refusals).toEqual([]);
    expect(records[0]).toMatchObject({ source: 'https://example.com/a', outlet: 'المثال', title: 'عنوان', publishedDate: '2026-02-05', body: 'نص الخبر.' });
  });

  it('refuses a record missing its body, names it, and keeps the others', () => {
    const text = [JSON.stringify({ title: 'بلا نص' }), JSON.stringify({ body: 'نص سليم.' }), '{not json'].join('\n');
    const { records, refusals } = parseRecordFile('f.ndjson', text, 'ndjson');
    expect(records).toHaveLength(1);
    expect(refusals).toEqual([
      { source: 'f.ndjson:1', reason: 'record refused: "body" is missing (the article text)' },
      { source: 'f.ndjson:3', reason: 'is not valid JSON; each line of an .ndjson file is one record' },
    ]);
  });

  it('refuses a malformed published date with the expected form', () => {
    const { refusals } = parseRecordFile('f.json', JSON.stringify({ body: 'نص.', published: '5/2/2026' }), 'json');
    expect(refusals[0]?.reason).toMatch(/"published" must be a date or timestamp such as 2026-02-05/);
  });

  it('refuses a file that is not JSON at all', () => {
    expect(() => parseRecordFile('f.json', '{oops', 'json')).toThrow(/not valid JSON/);
  });
});

describe('isIsoDate, as the date line of an article file reads it', () => {
  it.each([['2026-02-05', true], ['2024-02-29', true], ['2026-02-29', false], ['2026-13-01', false], ['26-02-05', false]])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
