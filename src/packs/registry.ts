/**
 * The packs this build carries, by id. A pack is a folder beside russia-ukraine/ (data files and an
 * index.ts that validates them with parsePack) plus one line in PACKS; MUJAZ_PACK chooses which one a
 * deployment reads with (docs/packs.md).
 */
import { russiaUkrainePack } from './russia-ukraine/index.ts';
import type { Pack } from './schema.ts';

const PACKS: readonly Pack[] = [russiaUkrainePack];

/** The pack a deployment reads with when MUJAZ_PACK is unset. */
export const DEFAULT_PACK_ID = russiaUkrainePack.id;

/** The ids of every pack this build carries, in the order listed. */
export const PACK_IDS: readonly string[] = PACKS.map((pack) => pack.id);

/** The pack with this id, or undefined. */
export function packById(id: string): Pack | undefined {
  return PACKS.find((pack) => pack.id === id);
}
