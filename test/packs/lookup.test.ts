import { describe, expect, it } from 'vitest';
import { createPackIndex, rolesAt } from '../../src/packs/lookup.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const index = createPackIndex(russiaUkrainePack);

describe('createPackIndex', () => {
  it('resolves who held a title on the article date', () => {
    expect(index.holderOf('us_president', '2023-05-01')).toBe('biden');
    expect(index.holderOf('us_president', '2026-02-05')).toBe('trump');
    expect(index.holderOf('ua_defmin', '2024-06-01')).toBe('umerov');
    expect(index.holderOf('ua_defmin', '2025-08-01')).toBe('shmyhal');
    expect(index.holderOf('ua_chief_negotiator', '2022-03-29')).toBe('arakhamia');
    expect(index.holderOf('ru_head_of_delegation', '2025-06-02')).toBe('medinsky');
    expect(index.holderOf('ru_head_of_delegation', '2026-02-04')).toBe('kostyukov');
  });

  it('hands over on the day the successor starts', () => {
    expect(index.holderOf('ua_defmin', '2025-07-16')).toBe('umerov');
    expect(index.holderOf('ua_defmin', '2025-07-17')).toBe('shmyhal');
    expect(index.holderOf('ru_defmin', '2024-05-11')).toBe('shoigu');
    expect(index.holderOf('ru_defmin', '2024-05-14')).toBe('belousov');
  });

  it('falls back to the pack default without a date, and knows nobody before the known holders', () => {
    expect(index.holderOf('kremlin_spokesperson')).toBe('peskov');
    expect(index.holderOf('us_president', '2016-06-01')).toBeUndefined();
  });

  it('gives the party behind any mention', () => {
    expect(index.partyOf('person', 'umerov')).toBe('ukraine');
    expect(index.partyOf('organization', 'ua_general_staff')).toBe('ukraine');
    expect(index.partyOf('title', 'us_envoy')).toBe('united_states');
    expect(index.partyOf('party_metonym', 'russia')).toBe('russia');
    expect(index.partyOf('place', 'abu_dhabi')).toBe('uae');
    expect(index.partyOf('metric', 'tanks')).toBeUndefined();
  });

  it('lists the roles a person held on a day', () => {
    const umerov = index.person('umerov')!;
    expect(rolesAt(umerov, '2026-02-04').map((r) => r.role).sort()).toEqual(['ua_chief_negotiator', 'ua_nsdc_secretary']);
    expect(rolesAt(umerov, '2024-01-10').map((r) => r.role)).toEqual(['ua_defmin']);
  });
});
