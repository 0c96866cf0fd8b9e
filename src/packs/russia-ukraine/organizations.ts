/** Every organization the pack knows: claimants and official bodies, then agencies and outlets. */
import type { OrganizationInput } from '../schema.ts';
import { bodies } from './organizations-bodies.ts';
import { media } from './organizations-media.ts';

/** All organizations. */
export const organizations: OrganizationInput[] = [...bodies, ...media];
