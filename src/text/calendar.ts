/**
 * Gregorian day arithmetic on 'YYYY-MM-DD' strings, through a day count since 1970-01-01 so no
 * `Date` object (and no time zone) is involved: an article's date is a calendar day, not an instant.
 */
import { InputError } from '../errors.ts';

/** A calendar day written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a Gregorian month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year, month and day name a real Gregorian day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a Gregorian day (Hinnant's days_from_civil, exact for all years). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The Gregorian day of a day count since 1970-01-01 (inverse of daysFromCivil). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Write a Gregorian day as 'YYYY-MM-DD'. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Read 'YYYY-MM-DD' into parts, or undefined when it is not a real day. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_SHAPE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/** Strict check: the shape 'YYYY-MM-DD' and a day that exists (2026-02-29 does not). */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

function requireIso(date: IsoDate): { year: number; month: number; day: number } {
  const parts = parseIsoDate(date);
  if (!parts) throw new InputError(`expected a calendar day written 'YYYY-MM-DD', got '${date}'; pass a real day such as '2026-02-05'`);
  return parts;
}

/** Day count since 1970-01-01 of an IsoDate; throws InputError on a malformed date. */
export function isoToDays(date: IsoDate): number {
  const { year, month, day } = requireIso(date);
  return daysFromCivil(year, month, day);
}

/** The IsoDate of a day count since 1970-01-01. */
export function daysToIso(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return toIsoDate(year, month, day);
}

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return daysToIso(isoToDays(date) + days);
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: IsoDate): number {
  return (((isoToDays(date) + 4) % 7) + 7) % 7;
}
