/** Every place the pack knows. */
import type { PlaceInput } from '../schema.ts';
import { ukrainianPlaces } from './places-ukraine.ts';
import { worldPlaces } from './places-world.ts';

/** All places. */
export const places: PlaceInput[] = [...ukrainianPlaces, ...worldPlaces];
