/** Everyone the pack knows, split by side into files of a readable size. */
import type { PersonInput } from '../schema.ts';
import { russianPeople } from './people-russia.ts';
import { ukrainianPeople } from './people-ukraine.ts';
import { americanPeople } from './people-us.ts';
import { worldPeople } from './people-world.ts';

/** All people. */
export const people: PersonInput[] = [...ukrainianPeople, ...russianPeople, ...americanPeople, ...worldPeople];
