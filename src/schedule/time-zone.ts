import { InputError } from '../errors.ts';

/**
 * Time-zone and local-time validation for subscriptions. Names are checked against the runtime's
 * own tz database (Intl), so what is accepted is exactly what the scheduler can compute with.
 */

/**
 * Names Intl accepts but `Intl.supportedValuesOf` does not list (it lists one canonical name
 * per zone, and ICU's canonical names lag renames such as Kiev → Kyiv).
 */
const extraNames = ['UTC', 'Etc/UTC', 'GMT', 'Europe/Kyiv', 'America/Nuuk', 'Pacific/Kanton', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Yangon', 'Asia/Ho_Chi_Minh', 'Atlantic/Faroe'];

let knownNames: readonly string[] | undefined;

/** Every zone name this runtime accepts, in its usual spelling. */
export function knownTimeZones(): readonly string[] {
  knownNames ??= [...new Set([...Intl.supportedValuesOf('timeZone'), ...extraNames.filter(isAcceptedByIntl)])].sort();
  return knownNames;
}

function isAcceptedByIntl(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    // A RangeError is Intl's way of saying "no such zone"; that is the answer, not a failure.
    return false;
  }
}

/** Optimal string alignment distance, case-insensitive: a typo of one or two letters is 1 or 2. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(s.length, t.length);
}

/**
 * Longer than any zone name with room for a typo (the longest is 30 characters): such a word is no
 * time zone, and comparing it with every zone would cost the process seconds (one chat message must
 * not stall everyone's briefings).
 */
const MAX_ZONE_NAME = 40;

/**
 * Abbreviations Intl takes as zones (EST is fixed at UTC−5 all year): each names several places or
 * ignores daylight saving, so a subscription names a place instead. The suggestion is the usual place.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  EST: 'America/New_York', EDT: 'America/New_York', CST: 'America/Chicago', CDT: 'America/Chicago', MST: 'America/Denver', MDT: 'America/Denver',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', HST: 'Pacific/Honolulu', CET: 'Europe/Berlin', CEST: 'Europe/Berlin', EET: 'Europe/Kyiv',
  EEST: 'Europe/Kyiv', WET: 'Europe/Lisbon', MET: 'Europe/Berlin', MSK: 'Europe/Moscow', GST: 'Asia/Dubai', AST: 'Asia/Riyadh', IST: 'Asia/Kolkata',
  UCT: 'UTC', ZULU: 'UTC', UNIVERSAL: 'UTC', Z: 'UTC',
};

/** The closest known zone name, when one is close enough to be what was meant. */
export function suggestTimeZone(name: string): string | undefined {
  const wanted = name.trim();
  if (wanted.length === 0 || wanted.length > MAX_ZONE_NAME) return undefined;
  const abbreviation = ABBREVIATIONS[wanted.toUpperCase()];
  if (abbreviation !== undefined) return abbreviation;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of knownTimeZones()) {
    // Compare the city part too, so "Dubay" finds Asia/Dubai without its region.
    const city = candidate.slice(candidate.lastIndexOf('/') + 1);
    const distance = Math.min(editDistance(wanted, candidate), wanted.includes('/') ? Number.POSITIVE_INFINITY : editDistance(wanted, city));
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(wanted.length / 4)) ? best.name : undefined;
}

/**
 * Validate a time-zone name and return it in its usual spelling ("asia/dubai" → "Asia/Dubai").
 * Throws an InputError that suggests the closest name: "unknown time zone 'Asia/Dubay' — did you
 * mean Asia/Dubai?".
 */
export function resolveTimeZone(name: string): string {
  const wanted = name.trim();
  if (wanted.length > MAX_ZONE_NAME) throw new InputError(`'${wanted.slice(0, 20)}…' is not a time zone — use an IANA name such as Europe/Kyiv or Asia/Dubai`);
  const exact = knownTimeZones().find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const abbreviation = ABBREVIATIONS[wanted.toUpperCase()];
  if (abbreviation !== undefined || (!wanted.includes('/') && /^[a-z]{2,5}\d?$/iu.test(wanted) && isAcceptedByIntl(wanted))) {
    throw new InputError(`'${wanted}' is an abbreviation, not a place (it may name several, or ignore daylight saving) — use an IANA name${abbreviation ? `, such as ${abbreviation}` : ' such as Europe/Kyiv or Asia/Dubai'}`);
  }
  // Old IANA names (Europe/Kiev) and Etc/GMT+3 are places Intl knows by another spelling.
  if (wanted !== '' && wanted.includes('/') && isAcceptedByIntl(wanted)) return new Intl.DateTimeFormat('en', { timeZone: wanted }).resolvedOptions().timeZone;
  const suggestion = suggestTimeZone(wanted);
  throw new InputError(
    `unknown time zone '${name}'${suggestion ? ` — did you mean ${suggestion}?` : ' — use an IANA name such as Europe/Kyiv or Asia/Dubai'}`,
  );
}

/** Validate a local time and return it as `HH:MM` ("7:30" → "07:30"). */
export function resolveLocalTime(text: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) throw new InputError(`'${text}' is not a time of day; write it as HH:MM, for example 07:30`);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
