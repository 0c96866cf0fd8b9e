/**
 * Hijri ↔ Gregorian by the tabular (arithmetic) Islamic calendar, "civil" epoch
 * (1 Muharram 1 AH = Friday 16 July 622 Julian) with the common 2-5-7-10-13-16-18-21-24-26-29 leap
 * cycle, the same arithmetic as the "Kuwaiti algorithm".
 *
 * Why tabular: it is exact arithmetic with no tables to age. The press follows Umm al-Qura or local
 * moon sighting, which can differ from it by a day (rarely two) around month starts; a digest only
 * needs the day within that tolerance (1 Ramadan 1447 is 2026-02-18 here, 2026-02-18/19 in practice).
 */
import { InputError } from '../errors.ts';
import { civilFromDays, isoToDays, toIsoDate, type IsoDate } from './calendar.ts';

/** A Hijri date; month 1 = Muharram … 12 = Dhu al-Hijja. */
export type HijriDay = { readonly year: number; readonly month: number; readonly day: number };

/** Days since 1970-01-01 of 1 Muharram 1 AH (civil epoch, Julian day number 1948440). */
const EPOCH_DAYS = 1948440 - 2440588;

/** True for the 11 leap years (355 days) of each 30-year cycle. */
export function isHijriLeapYear(year: number): boolean {
  return (((14 + 11 * year) % 30) + 30) % 30 < 11;
}

/** Length of a Hijri month in the tabular calendar: odd months 30, even 29, Dhu al-Hijja 30 in leap years. */
export function hijriMonthLength(year: number, month: number): number {
  if (month === 12) return isHijriLeapYear(year) ? 30 : 29;
  return month % 2 === 1 ? 30 : 29;
}

function hijriToDays(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + EPOCH_DAYS - 1;
}

/**
 * The Gregorian day of a Hijri date (tabular calendar). Day 30 of a 29-day month is accepted and
 * lands on the next month's first day, since a sighted month may have 30 days where the table has 29.
 */
export function hijriToGregorian(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new InputError(`not a Hijri date: year ${year}, month ${month}, day ${day}; months run 1-12 and days 1-30`);
  }
  const { year: y, month: m, day: d } = civilFromDays(hijriToDays(year, month, day));
  return toIsoDate(y, m, d);
}

/** The Hijri date (tabular calendar) of a Gregorian day. */
export function gregorianToHijri(date: IsoDate): HijriDay {
  const days = isoToDays(date);
  const year = Math.floor((30 * (days - EPOCH_DAYS) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((days - (29 + hijriToDays(year, 1, 1))) / 29.5) + 1);
  const day = days - hijriToDays(year, month, 1) + 1;
  return { year, month, day };
}

/** Days since 1970-01-01 of a Hijri date; for year inference, which compares distances. */
export function hijriDayCount(year: number, month: number, day: number): number {
  return hijriToDays(year, month, day);
}
