/**
 * Wall-clock arithmetic in IANA zones, done with Intl and nothing else, as pure functions of
 * their inputs so DST behaviour is tested deterministically. The rule a subscriber relies on:
 * a briefing at local HH:MM is due at the earliest instant that reads HH:MM on that day; when the
 * day has no such instant (spring-forward gap) it is due at the first minute after it that exists.
 */
export type WallTime = { readonly year: number; readonly month: number; readonly day: number; readonly hour: number; readonly minute: number; readonly second: number };

const minuteMs = 60_000;
const dayMs = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `zone` at an instant. */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const values: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    // Some ICU versions print midnight as 24 even with h23.
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function naiveUtc(wall: Omit<WallTime, 'second'> & { second?: number }): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
}

/** The zone's offset from UTC at an instant, in milliseconds (Kyiv in summer: +3 h). */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return naiveUtc(wallTimeAt(whole, zone)) - whole;
}

/** The local calendar day at an instant, `YYYY-MM-DD`. */
export function localDateOf(instant: number, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  return `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/** A calendar day `count` days after `day` (negative for before). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) + count * dayMs).toISOString().slice(0, 10);
}

/** Every instant (at most two, on a fall-back day) at which `zone` reads the given wall time. */
export function instantsOf(wall: Omit<WallTime, 'second'>, zone: string): number[] {
  const naive = naiveUtc(wall);
  // The offsets in force around that wall time: before and after any transition near it.
  const offsets = new Set([offsetAt(naive - dayMs, zone), offsetAt(naive, zone), offsetAt(naive + dayMs, zone)]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = naive - offset;
    const reads = wallTimeAt(candidate, zone);
    if (reads.year === wall.year && reads.month === wall.month && reads.day === wall.day && reads.hour === wall.hour && reads.minute === wall.minute) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * When a briefing at `localTime` (`HH:MM`) on local day `day` is due in `zone`:
 * the first instant reading that time (so a repeated fall-back hour sends once), or, inside a
 * spring-forward gap, the first minute after it that exists (Kyiv 29 March 2026: 03:30 → 04:00).
 */
export function dueInstant(day: string, localTime: string, zone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = localTime.split(':').map(Number) as [number, number];
  const target = Date.UTC(year, month - 1, date, hour, minute);
  // Gaps are whole minutes and at most a day long (Samoa skipped 30 December 2011), so walking
  // minute by minute is exact and bounded; on ordinary days the first step answers.
  for (let step = 0; step <= 24 * 60; step++) {
    const wall = new Date(target + step * minuteMs);
    const instants = instantsOf(
      { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() },
      zone,
    );
    if (instants[0] !== undefined) return instants[0];
  }
  throw new RangeError(`no instant reads ${day} ${localTime} or the following day in ${zone}`);
}
