import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../bots/slack/grammar.ts';
import { parseDigestArgument, parseStatusArgument, parseSubscribeArguments } from '../../bots/telegram/arguments.ts';

/** What either adapter understood of a /subscribe, in one shape; "refused" when it said no. */
function telegramSubscribe(text: string) {
  const parsed = parseSubscribeArguments(text);
  if (!parsed.ok) return parsed.problem.code;
  const { localTime, timeZone, language, sections, detail, arabicQuotes } = parsed.value;
  return { localTime, timeZone, language, sections, detail, arabicQuotes };
}

function slackSubscribe(text: string) {
  const parsed = parseCommand(`subscribe ${text}`);
  if (!parsed.ok) return parsed.problem.code;
  if (parsed.request.kind !== 'subscribe') return 'another command';
  const { localTime, timeZone, lang, sections, detail, arabicQuotes } = parsed.request;
  return { localTime, timeZone, language: lang, sections, detail, arabicQuotes };
}

function telegramDigest(text: string) {
  const parsed = parseDigestArgument(text);
  return parsed.ok ? { day: parsed.value.day, full: parsed.value.full, arabicQuotes: parsed.value.arabicQuotes } : parsed.problem.code;
}

function slackDigest(text: string) {
  const parsed = parseCommand(`digest ${text}`.trim());
  if (!parsed.ok) return parsed.problem.code;
  if (parsed.request.kind !== 'digest') return 'another command';
  return { day: parsed.request.day, full: parsed.request.full === true, arabicQuotes: parsed.request.arabicQuotes };
}

function telegramStatus(text: string) {
  const parsed = parseStatusArgument(text);
  return parsed.ok ? { topic: parsed.value.sections, lang: parsed.value.language } : parsed.problem.code;
}

function slackStatus(text: string) {
  const parsed = parseCommand(`status ${text}`.trim());
  if (!parsed.ok) return parsed.problem.code;
  return parsed.request.kind === 'status' ? { topic: parsed.request.topic, lang: parsed.request.lang } : 'another command';
}

describe('Telegram and Slack read the same words the same way, and refuse with the same codes', () => {
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
    ['Mars'],
    ['07:30 Asia/Dubai Europe/Kyiv'],
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
    ['yesterday'],
    ['full full'],
  ])('digest %s', (input) => {
    expect(slackDigest(input)).toEqual(telegramDigest(input));
  });

  it.each([[''], ['talks'], ['الأرقام en'], ['ar'], ['weather'], ['talks figures']])('status %s', (input) => {
    expect(slackStatus(input)).toEqual(telegramStatus(input));
  });
});
