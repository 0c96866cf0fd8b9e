/** All cue groups of the pack: talks and statements, then the war. */
import type { CuesInput } from '../schema.ts';
import { talksCues } from './cues-talks.ts';
import { warCues } from './cues-war.ts';

/** All cue groups. */
export const cues: CuesInput = { ...talksCues, ...warCues };
