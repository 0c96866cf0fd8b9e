import { describe, expect, it } from 'vitest';
import { parseDigestArgument } from '../../../bots/telegram/arguments.ts';

describe('parseDigestArgument', () => {
  it('reads a day and the word for the full digest, in either order and either language', () => {
    expect(parseDigestArgument('')).toEqual({ ok: true, value: { full: false } });
    expect(parseDigestArgument('2026-02-05')).toEqual({ ok: true, value: { day: '2026-02-05', full: false } });
    expect(parseDigestArgument('full 2026-02-05')).toEqual({ ok: true, value: { day: '2026-02-05', full: true } });
    expect(parseDigestArgument('2026-02-05 كامل')).toEqual({ ok: true, value: { day: '2026-02-05', full: true } });
  });

  it('refuses anything else, a word given twice, and a day that does not exist', () => {
    expect(parseDigestArgument('yesterday').ok).toBe(false);
    expect(parseDigestArgument('full full').ok).toBe(false);
    expect(parseDigestArgument('2026-02-30').ok).toBe(false);
  });
});
