/**
 * The Russia–Ukraine pack: the war and the peace talks, 2022–2026. The data files are checked once,
 * here, at import; a mistake in any of them stops start-up with every problem listed.
 */
import { parsePack, type Pack } from '../schema.ts';
import { cues } from './cues.ts';
import { givenNames } from './given-names.ts';
import { glossary } from './glossary.ts';
import { ignore } from './ignore.ts';
import { issues } from './issues.ts';
import { metrics } from './metrics.ts';
import { organizations } from './organizations.ts';
import { parties } from './parties.ts';
import { people } from './people.ts';
import { places } from './places.ts';
import { titles } from './titles.ts';

/** The validated Russia–Ukraine pack. */
export const russiaUkrainePack: Pack = parsePack({
  id: 'russia_ukraine',
  en: 'Russia–Ukraine war and peace talks',
  ar: 'الحرب الروسية الأوكرانية ومحادثات السلام',
  // The full-scale invasion.
  since: '2022-02-24',
  // The General Staff in Kyiv publishes the tally; Russia's claims are the other side's.
  tallyParty: 'ukraine',
  parties,
  people,
  titles,
  places,
  organizations,
  metrics,
  issues,
  cues,
  ignore,
  givenNames,
  glossary,
});
