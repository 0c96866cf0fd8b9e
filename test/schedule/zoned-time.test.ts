import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { editDistance, resolveLocalTime, resolveTimeZone, suggestTimeZone } from '../../src/schedule/time-zone.ts';
import { dueInstant, localDateOf, offsetAt } from '../../src/schedule/zoned-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('dueInstant', () => {
  it('is the instant that reads the local time on an ordinary day', () => {
    expect(iso(dueInstant('2026-02-06', '07:30', 'Asia/Dubai'))).toBe('2026-02-06T03:30:00.000Z');
    expect(iso(dueInstant('2026-02-06', '07:30', 'Europe/Kyiv'))).toBe('2026-02-06T05:30:00.000Z');
  });

  it('moves a time inside the spring-forward gap to the first minute after it (Kyiv, 29 March 2026)', () => {
    // 03:00–03:59 does not exist that night: the clocks go from 03:00 EET to 04:00 EEST at 01:00Z.
    expect(iso(dueInstant('2026-03-29', '03:00', 'Europe/Kyiv'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(dueInstant('2026-03-29', '03:30', 'Europe/Kyiv'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(dueInstant('2026-03-29', '02:59', 'Europe/Kyiv'))).toBe('2026-03-29T00:59:00.000Z');
  });

  it('takes the first of the two instants of a repeated fall-back hour (Kyiv, 25 October 2026)', () => {
    expect(iso(dueInstant('2026-10-25', '03:30', 'Europe/Kyiv'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(dueInstant('2026-10-25', '04:00', 'Europe/Kyiv'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles a gap and a repeat at midnight (Cairo and Beirut)', () => {
    expect(iso(dueInstant('2026-04-24', '00:30', 'Africa/Cairo'))).toBe('2026-04-23T22:00:00.000Z');
    expect(iso(dueInstant('2026-10-29', '23:30', 'Africa/Cairo'))).toBe('2026-10-29T20:30:00.000Z');
    expect(iso(dueInstant('2026-03-29', '00:15', 'Asia/Beirut'))).toBe('2026-03-28T22:00:00.000Z');
    expect(iso(dueInstant('2026-10-24', '23:30', 'Asia/Beirut'))).toBe('2026-10-24T20:30:00.000Z');
  });

  it('reads local days and offsets in far-apart zones', () => {
    const instant = Date.parse('2026-02-05T10:30:00Z');
    expect(localDateOf(instant, 'Pacific/Kiritimati')).toBe('2026-02-06');
    expect(localDateOf(instant, 'Pacific/Pago_Pago')).toBe('2026-02-04');
    expect(offsetAt(instant, 'Asia/Kathmandu')).toBe((5 * 60 + 45) * 60_000);
  });
});

describe('resolveTimeZone', () => {
  it('suggests the closest name for a typo', () => {
    expect(() => resolveTimeZone('Asia/Dubay')).toThrow("unknown time zone 'Asia/Dubay' — did you mean Asia/Dubai?");
    expect(() => resolveTimeZone('Europe/Kyev')).toThrow(/did you mean Europe\/K(yi|ie)v\?/);
    expect(() => resolveTimeZone('Mars/Olympus_Mons')).toThrow(InputError);
  });

  it('accepts aliases and fixes the case', () => {
    expect(resolveTimeZone('asia/dubai')).toBe('Asia/Dubai');
    expect(resolveTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(resolveTimeZone('Europe/Kiev')).toBe('Europe/Kiev');
    expect(resolveTimeZone('utc')).toBe('UTC');
  });

  it('refuses an abbreviation, which names no one place, and says which place is usually meant', () => {
    expect(() => resolveTimeZone('EST')).toThrow("'EST' is an abbreviation, not a place (it may name several, or ignore daylight saving) — use an IANA name, such as America/New_York");
    expect(() => resolveTimeZone('msk')).toThrow(/such as Europe\/Moscow/u);
    expect(() => resolveTimeZone('PST8PDT')).toThrow(/use an IANA name/u);
    expect(suggestTimeZone('CET')).toBe('Europe/Berlin');
    // UTC and GMT themselves are names, not abbreviations of a place.
    expect(resolveTimeZone('GMT')).toBe('GMT');
  });

  it('turns away a word far longer than any zone name before comparing it with every zone', () => {
    const long = `Asia/Dubai${'i'.repeat(4_000)}`;
    expect(suggestTimeZone(long)).toBeUndefined();
    expect(() => resolveTimeZone(long)).toThrow(/^'Asia\/Dubaiiiiiiiiiii…' is not a time zone/u);
  });

  it('measures a transposition as one edit', () => {
    expect(editDistance('Asia/Dubia', 'Asia/Dubai')).toBe(1);
  });
});

describe('resolveLocalTime', () => {
  it('normalises H:MM and refuses what is not a time of day', () => {
    expect(resolveLocalTime('7:30')).toBe('07:30');
    expect(() => resolveLocalTime('24:00')).toThrow(/not a time of day/);
    expect(() => resolveLocalTime('0730')).toThrow(/HH:MM/);
  });
});
