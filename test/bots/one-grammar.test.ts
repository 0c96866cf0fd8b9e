import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../bots/slack/grammar.ts';
import { parseDigestArgument, parseSubscribeArguments } from '../../bots/telegram/arguments.ts';

/** What either adapter understood of a /subscribe, in one shape; "refused" when it said no. */
function telegramSubscribe(text: string) {
  const parsed = parseSubscribeArguments(text);
  if (!parsed.ok) return 'refused';
  const { localTime, timeZone, language, sections, detail, arabicQuotes } = parsed.value;
  return { localTime, timeZone, language, sections, detail, arabicQuotes };
}

function slackSubscribe(text: string) {
  const parsed = parseCommand(`subscribe ${text}`);
  if (!parsed.ok || parsed.request.kind !== 'subscribe') return 'refused';
  const { localTime, timeZone, lang, sections, detail, arabicQuotes } = parsed.request;
  return { localTime, timeZone, language: lang, sections, detail, arabicQuotes };
}

function telegramDigest(text: string) {
  const parsed = parseDigestArgument(text);
  return parsed.ok ? { day: parsed.value.day, full: parsed.value.full, arabicQuotes: parsed.value.arabicQuotes } : 'refused';
}

function slackDigest(text: string) {
  const parsed = parseCommand(`digest ${text}`.trim());
  if (!parsed.ok || parsed.request.kind !== 'digest') return 'refused';
  return { day: parsed.request.day, full: parsed.request.full === true, arabicQuotes: parsed.request.arabicQuotes };
}

describe('Telegram and Slack read the same words the same way', () => {
  it.each([
    ['07:30 Asia/Dubai'],
    ['٠٧:٣٠ Asia/Dubai'],
    ['07.30 asia/dubai'],
    ['٦٫٤٥ Europe/Kyiv'],
    ['العربية المفاوضات 08:00'],
    ['english figures'],
    ['en الأرقام full quotes'],
    ['كامل noquotes الكل'],
    ['brief'],
    ['25:00'],
    ['Asia/Dubay'],
    ['07:30 08:00'],
    ['full brief'],
  ])('subscribe %s', (input) => {
    expect(slackSubscribe(input)).toEqual(telegramSubscribe(input));
  });

  it('accepts what a phone with an Arabic keyboard types, on both', () => {
    expect(slackSubscribe('٠٧:٣٠ Asia/Dubai العربية')).toEqual({ localTime: '07:30', timeZone: 'Asia/Dubai', language: 'ar', sections: undefined, detail: undefined, arabicQuotes: undefined });
  });

  it.each([
    ['2026-02-05'],
    ['٢٠٢٦-٠٢-٠٥'],
    ['2026-02-05 full'],
    ['كامل ٢٠٢٦-٠٢-٠٥ quotes'],
    [''],
    ['2026-02-30'],
  ])('digest %s', (input) => {
    expect(slackDigest(input)).toEqual(telegramDigest(input));
  });
});
