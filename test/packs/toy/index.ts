/**
 * A toy second pack: an invented war between Zandar and Korim, talks in an invented city, one tally
 * category. It borrows the Arabic cue words of the Russia–Ukraine pack (they are the language's, not
 * that war's) and adds nothing to src/: a pack is data, and this folder is all there is to it.
 */
import { parsePack, type Pack } from '../../../src/packs/schema.ts';
import { cues } from '../../../src/packs/russia-ukraine/cues.ts';

export const toyPack: Pack = parsePack({
  id: 'zandar_korim',
  en: 'Zandar–Korim war and talks',
  ar: 'حرب زاندار وكوريم ومحادثاتهما',
  since: '2030-03-01',
  tallyParty: 'zandar',
  parties: [
    { id: 'zandar', en: 'Zandar', ar: 'زاندار', forms: ['زاندار'], adjectives: ['زانداري', 'زاندارية'], metonyms: [], opponent: 'korim' },
    { id: 'korim', en: 'Korim', ar: 'كوريم', forms: ['كوريم'], adjectives: ['كوريمي', 'كوريمية'], metonyms: [], opponent: 'zandar' },
  ],
  people: [
    { id: 'tilo', en: 'Mark Tilo', ar: 'مارك تيلو', forms: ['تيلو'], givenNames: ['مارك'], party: 'zandar' },
    { id: 'dara', en: 'Sami Dara', ar: 'سامي دارا', forms: ['دارا'], givenNames: ['سامي'], party: 'korim' },
  ],
  titles: [],
  places: [{ id: 'lumar', en: 'Lumar', ar: 'لومار', forms: ['لومار'], kind: 'venue' }],
  organizations: [
    { id: 'zandar_staff', en: 'Zandar General Staff', ar: 'هيئة أركان جيش زاندار', forms: ['هيئة أركان جيش زاندار'], party: 'zandar', kind: 'military' },
  ],
  metrics: [{ id: 'boats', en: 'boats', ar: 'القوارب', forms: ['قارب', 'قاربا', 'قوارب', 'زورق', 'زوارق'] }],
  issues: [],
  cues,
});
