import { describe, expect, it } from 'vitest';
import { parseArguments, parseRequest, questionText } from '../../src/schedule/request-grammar.ts';

const channels = { isChannel: (word: string) => word.startsWith('#') };

describe('the request grammar every platform shares', () => {
  it('reads a command word in English or Arabic, then its arguments in any order and any digits', () => {
    expect(parseRequest('subscribe en Asia/Riyadh 06:15 figures')).toEqual({ ok: true, request: { kind: 'subscribe', lang: 'en', timeZone: 'Asia/Riyadh', localTime: '06:15', sections: 'figures' } });
    expect(parseRequest('اشتراك ٠٦:١٥ Asia/Riyadh العربية')).toEqual({ ok: true, request: { kind: 'subscribe', localTime: '06:15', timeZone: 'Asia/Riyadh', lang: 'ar' } });
    expect(parseRequest('')).toEqual({ ok: true, request: { kind: 'help' } });
  });

  it('asks for both topics when status names none, and takes a language after the topic or alone', () => {
    expect(parseArguments('status', '')).toEqual({ ok: true, request: { kind: 'status', topic: 'all' } });
    expect(parseArguments('status', 'en')).toEqual({ ok: true, request: { kind: 'status', topic: 'all', lang: 'en' } });
    expect(parseArguments('status', 'figures ar')).toEqual({ ok: true, request: { kind: 'status', topic: 'figures', lang: 'ar' } });
    expect(parseArguments('status', 'rain')).toEqual({ ok: false, problem: { code: 'status_topic', word: 'rain' } });
    expect(parseArguments('status', 'talks figures')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'figures', command: 'status' } });
  });

  it("accepts another channel only in the platform's own syntax", () => {
    expect(parseArguments('subscribe', '#desk 09:00', channels)).toEqual({ ok: true, request: { kind: 'subscribe', channel: '#desk', localTime: '09:00' } });
    expect(parseArguments('unsubscribe', '#desk en', channels)).toEqual({ ok: true, request: { kind: 'unsubscribe', channel: '#desk', lang: 'en' } });
    expect(parseArguments('settings', '#desk #other', channels)).toEqual({ ok: false, problem: { code: 'unexpected', word: '#other', command: 'settings' } });
    // Without a channel syntax the word is no channel, and it does not look like a time zone either.
    expect(parseArguments('subscribe', '#desk 09:00')).toEqual({ ok: false, problem: { code: 'unexpected', word: '#desk', command: 'subscribe' } });
  });

  it('calls a word a time zone only when it looks like one, and suggests the nearest', () => {
    expect(parseArguments('subscribe', 'Europe/Kiev2')).toMatchObject({ ok: false, problem: { code: 'unknown_zone', word: 'Europe/Kiev2' } });
    expect(parseArguments('subscribe', 'Asia/Riyad')).toEqual({ ok: false, problem: { code: 'unknown_zone', word: 'Asia/Riyad', suggestion: 'Asia/Riyadh' } });
    expect(parseArguments('subscribe', 'tomorrow')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'tomorrow', command: 'subscribe' } });
  });

  it('takes a word the digest does not know as a day that could not be read', () => {
    expect(parseArguments('digest', 'today')).toEqual({ ok: false, problem: { code: 'bad_date', word: 'today' } });
    expect(parseArguments('digest', '2026-02-29')).toEqual({ ok: false, problem: { code: 'bad_date', word: '2026-02-29' } });
    expect(parseArguments('digest', '2028-02-29 talks en')).toEqual({ ok: true, request: { kind: 'digest', day: '2028-02-29', sections: 'talks', lang: 'en' } });
  });

  it('refuses a request longer than any a person types before reading a word of it', () => {
    const flood = `07:30 ${'Asia/Dubai'.repeat(100)}`;
    expect(parseArguments('subscribe', flood)).toEqual({ ok: false, problem: { code: 'unexpected', word: '07:30 Asia/DubaiAsia…', command: 'subscribe' } });
    expect(parseRequest(`status ${'x'.repeat(400)}`)).toMatchObject({ ok: false, problem: { code: 'unknown_command' } });
  });

  it('writes a question back as words it reads the same way again', () => {
    const question = { kind: 'digest', day: '2026-03-01', sections: 'figures', full: true, arabicQuotes: false } as const;
    const again = parseRequest(questionText(question, 'en'));
    expect(again).toEqual({ ok: true, request: { ...question, lang: 'en' } });
    expect(parseRequest(questionText({ kind: 'status', topic: 'all' }, 'ar'))).toEqual({ ok: true, request: { kind: 'status', topic: 'all', lang: 'ar' } });
  });
});
