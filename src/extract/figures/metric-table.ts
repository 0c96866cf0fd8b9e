/**
 * What a pack's tally categories mean to the figures reader: which one counts people (the headcount,
 * into which a bulletin's "killed and wounded soldiers" go) and which weapons each one counts (a
 * drone is a launch in a strike and a line of the tally). Built once per pack.
 */
import type { Pack } from '../../packs/schema.ts';
import type { TallyMetric } from '../facts.ts';

export type MetricTable = {
  /** Every tally category of the pack. */
  readonly tally: ReadonlySet<TallyMetric>;
  /** The category that counts people, if the pack has one. */
  readonly headcount: TallyMetric | undefined;
  /** Weapons cue label → the category that counts it. */
  readonly byWeapon: ReadonlyMap<string, TallyMetric>;
  /** Category → the weapons cue label that names it (its first). */
  readonly weaponOf: ReadonlyMap<TallyMetric, string>;
};

const tables = new WeakMap<Pack, MetricTable>();

export function metricTableOf(pack: Pack): MetricTable {
  let table = tables.get(pack);
  if (table === undefined) {
    const byWeapon = new Map<string, TallyMetric>();
    const weaponOf = new Map<TallyMetric, string>();
    for (const metric of pack.metrics) {
      for (const weapon of metric.weapons ?? []) byWeapon.set(weapon, metric.id);
      const first = metric.weapons?.[0];
      if (first !== undefined) weaponOf.set(metric.id, first);
    }
    table = { tally: new Set(pack.metrics.map((metric) => metric.id)), headcount: pack.metrics.find((metric) => metric.headcount)?.id, byWeapon, weaponOf };
    tables.set(pack, table);
  }
  return table;
}
