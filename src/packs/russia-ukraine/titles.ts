/** Every role phrase the pack knows. */
import type { TitleInput } from '../schema.ts';
import { belligerentTitles } from './titles-belligerents.ts';
import { worldTitles } from './titles-world.ts';

/** All titles. */
export const titles: TitleInput[] = [...belligerentTitles, ...worldTitles];
