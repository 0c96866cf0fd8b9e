import { InputError } from '../errors.ts';
import { isIsoDate } from '../text/calendar.ts';
import { stringOption } from './command.ts';

type Values = Record<string, string | boolean | undefined>;

/** `--lang ar|en`, Arabic by default. */
export function langOption(values: Values): 'ar' | 'en' {
  const lang = stringOption(values, 'lang') ?? 'ar';
  if (lang !== 'ar' && lang !== 'en') throw new InputError(`--lang '${lang}' is not a language mujaz writes; use ar or en`);
  return lang;
}

/** A YYYY-MM-DD option (or positional), validated as a calendar day. */
export function dayOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new InputError(`${flag} '${value}' is not a day; write it as YYYY-MM-DD, e.g. 2026-02-05`);
  return value;
}

/** `--as-of`: a day, or a timestamp whose date part is taken. */
export function asOfOption(values: Values, today: string): string {
  const raw = stringOption(values, 'as-of');
  if (raw === undefined) return today;
  return dayOption(/^\d{4}-\d{2}-\d{2}T/u.test(raw) ? raw.slice(0, 10) : raw, '--as-of')!;
}

/** `--format`, from the allowed list. */
export function formatOption<T extends string>(values: Values, allowed: readonly T[], fallback: T): T {
  const format = stringOption(values, 'format') ?? fallback;
  if (!(allowed as readonly string[]).includes(format)) throw new InputError(`--format '${format}' is not one of ${allowed.join(', ')}`);
  return format as T;
}
