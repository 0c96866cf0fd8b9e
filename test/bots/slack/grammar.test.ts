import { describe, expect, it } from 'vitest';
import { mentionText, parseCommand, questionText } from '../../../bots/slack/grammar.ts';

describe('parseCommand', () => {
  it('reads the subcommands with their arguments', () => {
    expect(parseCommand('status talks')).toEqual({ ok: true, request: { kind: 'status', topic: 'talks' } });
    expect(parseCommand('  STATUS   figures  en ')).toEqual({ ok: true, request: { kind: 'status', topic: 'figures', lang: 'en' } });
    expect(parseCommand('digest')).toEqual({ ok: true, request: { kind: 'digest' } });
    expect(parseCommand('digest 2026-02-05 en talks')).toEqual({ ok: true, request: { kind: 'digest', day: '2026-02-05', lang: 'en', sections: 'talks' } });
    expect(parseCommand('unsubscribe')).toEqual({ ok: true, request: { kind: 'unsubscribe' } });
    expect(parseCommand('settings en')).toEqual({ ok: true, request: { kind: 'settings', lang: 'en' } });
    expect(parseCommand('')).toEqual({ ok: true, request: { kind: 'help' } });
  });

  it('reads subscribe arguments in any order, normalising the time and the zone', () => {
    expect(parseCommand('subscribe 7:05 asia/dubai en figures')).toEqual({ ok: true, request: { kind: 'subscribe', localTime: '07:05', timeZone: 'Asia/Dubai', lang: 'en', sections: 'figures' } });
    expect(parseCommand('subscribe talks Europe/Kyiv')).toEqual({ ok: true, request: { kind: 'subscribe', timeZone: 'Europe/Kyiv', sections: 'talks' } });
    expect(parseCommand('subscribe')).toEqual({ ok: true, request: { kind: 'subscribe' } });
  });

  it('reads the choice of the brief or the full digest and of the Arabic quotes, in either language, once each', () => {
    expect(parseCommand('subscribe full quotes en')).toEqual({ ok: true, request: { kind: 'subscribe', detail: 'full', arabicQuotes: true, lang: 'en' } });
    // Among the arguments, "موجز" is the brief, not the digest subcommand.
    expect(parseCommand('اشتراك موجز noquotes')).toEqual({ ok: true, request: { kind: 'subscribe', detail: 'brief', arabicQuotes: false } });
    expect(parseCommand('subscribe كامل')).toEqual({ ok: true, request: { kind: 'subscribe', detail: 'full' } });
    expect(parseCommand('subscribe full brief')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'brief', command: 'subscribe' } });
    expect(parseCommand('digest 2026-02-05 quotes full en')).toEqual({ ok: true, request: { kind: 'digest', day: '2026-02-05', arabicQuotes: true, full: true, lang: 'en' } });
    expect(questionText({ kind: 'digest', day: '2026-02-05', arabicQuotes: true }, 'en')).toBe('digest 2026-02-05 quotes en');
  });

  it('accepts the Arabic words for subcommands and arguments', () => {
    expect(parseCommand('حالة المفاوضات')).toEqual({ ok: true, request: { kind: 'status', topic: 'talks' } });
    expect(parseCommand('اشتراك 06:45 Asia/Riyadh الأرقام')).toEqual({ ok: true, request: { kind: 'subscribe', localTime: '06:45', timeZone: 'Asia/Riyadh', sections: 'figures' } });
  });

  it('says what is wrong, with a suggestion, and in the language the user named', () => {
    expect(parseCommand('subscribe 07:30 Asia/Dubay en')).toEqual({ ok: false, problem: { code: 'unknown_zone', word: 'Asia/Dubay', suggestion: 'Asia/Dubai' }, lang: 'en' });
    expect(parseCommand('subscribe 25:00')).toEqual({ ok: false, problem: { code: 'bad_time', word: '25:00' } });
    expect(parseCommand('subscribe 07:30 08:00')).toEqual({ ok: false, problem: { code: 'unexpected', word: '08:00', command: 'subscribe' } });
    expect(parseCommand('subscribe Asia/Dubai Europe/Kyiv')).toMatchObject({ ok: false, problem: { code: 'unexpected', word: 'Europe/Kyiv' } });
    expect(parseCommand('statsu talks')).toEqual({ ok: false, problem: { code: 'unknown_command', word: 'statsu', suggestion: 'status' } });
    expect(parseCommand('weather')).toEqual({ ok: false, problem: { code: 'unknown_command', word: 'weather' } });
    expect(parseCommand('status')).toEqual({ ok: true, request: { kind: 'status', topic: 'all' } });
    expect(parseCommand('digest yesterday')).toEqual({ ok: false, problem: { code: 'bad_date', word: 'yesterday' } });
    expect(parseCommand('digest 2026-02-05 yesterday')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'yesterday', command: 'digest' } });
    expect(parseCommand('status weather')).toEqual({ ok: false, problem: { code: 'status_topic', word: 'weather' } });
    expect(parseCommand('status talks en now')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'now', command: 'status' }, lang: 'en' });
    expect(parseCommand('digest 2026-02-30')).toEqual({ ok: false, problem: { code: 'bad_date', word: '2026-02-30' } });
    expect(parseCommand('unsubscribe everyone')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'everyone', command: 'unsubscribe' } });
  });

  it('writes a question back as the words the share button carries, and reads them again', () => {
    expect(questionText({ kind: 'status', topic: 'figures' }, 'en')).toBe('status figures en');
    expect(questionText({ kind: 'digest', day: '2026-02-05', sections: 'talks' }, 'ar')).toBe('digest 2026-02-05 talks ar');
    expect(parseCommand(questionText({ kind: 'digest' }, 'ar'))).toEqual({ ok: true, request: { kind: 'digest', lang: 'ar' } });
    expect(questionText({ kind: 'digest', day: '2026-02-05', full: true }, 'en')).toBe('digest 2026-02-05 full en');
  });

  it('reads "full" (or كامل) after digest as the full digest instead of the brief, once', () => {
    expect(parseCommand('digest 2026-02-05 full')).toEqual({ ok: true, request: { kind: 'digest', day: '2026-02-05', full: true } });
    expect(parseCommand('الموجز كامل 2026-02-05')).toEqual({ ok: true, request: { kind: 'digest', day: '2026-02-05', full: true } });
    expect(parseCommand('digest full full')).toEqual({ ok: false, problem: { code: 'unexpected', word: 'full', command: 'digest' } });
  });
});

describe('mentionText', () => {
  it("removes the app's own mention and Slack's escapes, keeping other mentions", () => {
    expect(mentionText('<@U0BOT> status talks', 'U0BOT')).toBe('status talks');
    expect(mentionText('hey <@U0BOT|mujaz>  digest &lt;today&gt;', 'U0BOT')).toBe('hey digest <today>');
    expect(mentionText('<@U0OTHER> <@U0BOT> help', 'U0BOT')).toBe('<@U0OTHER> help');
  });
});
