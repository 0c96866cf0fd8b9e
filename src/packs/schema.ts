/**
 * The shape of a domain pack: who and what the news talks about, every spelling the press uses,
 * and the cue words extractors look for. A pack is plain data checked here once, so adding a
 * spelling is a data edit and a typo in the data fails at start-up with every problem listed.
 */
import { z } from 'zod';
import { MujazError } from '../errors.ts';
import { toFormKey } from './form-key.ts';

/**
 * Figures the engine reads beyond a pack's tally, from the pack's cue groups (strikes, casualties,
 * outcomes): launches, interceptions, casualties, prisoners. A pack's own metrics are its tally
 * categories, and their ids must differ from these.
 */
export const EVENT_METRICS = [
  'drones_launched', 'missiles_launched', 'ballistic_missiles_launched', 'cruise_missiles_launched',
  'drones_intercepted', 'missiles_intercepted',
  'killed', 'injured', 'killed_or_injured', 'missing',
  'prisoners_exchanged', 'equipment_destroyed',
] as const;

/** Labels of the weapons cue group; a tally category may count what these name (metricSchema.weapons). */
export const WEAPON_LABELS = ['drones', 'shahed', 'missiles', 'ballistic', 'cruise', 'hypersonic', 'glide_bombs', 'shelling'] as const;

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (a-z, 0-9, _), starting with a letter');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');
/** A spelling as the press writes it; it must keep at least one letter or digit once folded. */
const form = z.string().trim().min(1).refine((value) => toFormKey(value) !== '', 'has no letter or digit once folded');
const forms = z.array(form).min(1, 'needs at least one spelling');
const names = { id, en: z.string().min(1), ar: z.string().min(1) };

/** A side or state: its names, its adjectives (الأوكراني، الروس) and its metonyms (كييف، الكرملين). */
export const partySchema = z.strictObject({
  ...names,
  forms,
  adjectives: z.array(form),
  metonyms: z.array(form),
  /** The party this one is at war with: whose losses "العدو" (the enemy) means in this party's bulletins. */
  opponent: id.optional(),
  /** A union of states (the EU, NATO): at a table it stands for several, so a count of sides cannot tell the format. */
  union: z.boolean().optional(),
});

/** A role held over a period; when `role` is a title id, the person holds that title then. */
export const roleSchema = z.strictObject({
  role: id,
  en: z.string().min(1),
  ar: z.string().min(1),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/**
 * A person. `forms` are surnames or whole names; `givenNames` are combined with every form by the
 * matcher so that "رستم عمروف" is one mention, while "عمروف" alone still matches.
 */
export const personSchema = z.strictObject({
  ...names,
  forms,
  givenNames: z.array(form).default([]),
  /** For the verb a line puts before the name: "قالت زاخاروفا", "قال بيسكوف". */
  gender: z.enum(['male', 'female']).default('male'),
  party: id,
  roles: z.array(roleSchema).default([]),
});

/** A role phrase (المتحدث باسم الكرملين); `person` is the holder at the pack's date, if one. */
export const titleSchema = z.strictObject({
  ...names,
  forms,
  party: id,
  person: id.optional(),
  negotiator: z.boolean().optional(),
});

/** venue: where talks are held; front: a town on the front line; region: an oblast or province. */
export const PLACE_KINDS = ['country', 'city', 'region', 'venue', 'front'] as const;
/** A place; `country` is a party id or the id of a place of kind country. */
export const placeSchema = z.strictObject({
  ...names,
  forms,
  kind: z.enum(PLACE_KINDS),
  country: id.optional(),
});

/** agency: a news agency; media: an outlet; military: a staff, ministry of defence or service. */
export const ORGANIZATION_KINDS = ['military', 'government', 'agency', 'media', 'international'] as const;
/** A body that claims or reports: a general staff, a ministry, a news agency, an international body. */
export const organizationSchema = z.strictObject({
  ...names,
  forms,
  party: id.optional(),
  kind: z.enum(ORGANIZATION_KINDS),
});

/**
 * A category of the cumulative loss tally (the General Staff's tanks, artillery …) under every name the
 * press uses for it. The pack lists them in the order its bulletin does, which is the order shown; the
 * first reported one heads the brief's tally line, so a pack lists its headcount first.
 */
export const metricSchema = z.strictObject({
  ...names,
  forms,
  /**
   * The tally's count of people (killed and wounded soldiers): casualty words about the opponent's
   * soldiers in a bulletin ("قتلى وجرحى العسكريين الروس") are read into it. At most one metric.
   */
  headcount: z.boolean().optional(),
  /** Weapons whose launches the press also counts in this category (drones: drones, shahed); the first names it. */
  weapons: z.array(z.enum(WEAPON_LABELS)).optional(),
});

/**
 * A disputed question in the talks (الانسحاب من دونباس، ضمانات أمنية) and the phrases that name it.
 * `near` lists place ids one of which must be mentioned close by (the same or the previous sentence)
 * for a phrase to name this issue: "سحب قواتها" is the Donbas withdrawal only beside دونباس/دونيتسك.
 */
export const issueSchema = z.strictObject({ ...names, forms, near: z.array(id).default([]) });

const phrases = z.array(form).min(1);
/** A labelled cue group: label → phrases. */
function group<const K extends string>(labels: readonly [K, ...K[]]) {
  return z.strictObject(Object.fromEntries(labels.map((label) => [label, phrases])) as { [L in K]: typeof phrases });
}

/** Cue words, grouped by what an extractor does with them; labels are the ids a match reports. */
export const cuesSchema = z.strictObject({
  /** قال، أعلنت، يؤكد… in every person, gender and tense the press uses. */
  speechVerbs: phrases,
  /** بحسب، وفق، نقلا عن… */
  attributionMarkers: phrases,
  talks: group(['negotiations', 'round', 'meeting', 'summit', 'working_group', 'delegation', 'call']),
  formats: group(['trilateral', 'bilateral', 'multilateral', 'direct', 'indirect', 'mediated']),
  /** Labels follow OutcomeFact['type']; bodies_return is reported as 'other'. */
  outcomes: group(['prisoner_exchange', 'bodies_return', 'agreement', 'ceasefire', 'resumed_channel']),
  /** Labels follow Stance. */
  stances: group(['demands', 'proposes', 'rejects', 'insists', 'accepts', 'offers']),
  stickingPoints: phrases,
  nextSteps: group(['new_round', 'meeting', 'prisoner_exchange']),
  /** Future-tense markers that make a sentence about talks a next step (ستعقد، من المقرر). */
  futureMarkers: phrases,
  /** Vague timing; the label is NextStepFact['vague']. */
  vagueTimes: group(['coming_days', 'coming_weeks', 'coming_months', 'near_future', 'soon', 'this_week', 'next_week', 'next_month']),
  tone: group(['positive', 'negative']),
  strikes: group(['launched', 'attacked', 'intercepted', 'destroyed', 'hit']),
  weapons: group(WEAPON_LABELS),
  casualties: group(['killed', 'injured', 'killed_or_injured', 'missing', 'captured']),
  /** Labels follow FigureFact['population']; children are civilians. */
  populations: group(['civilians', 'soldiers', 'people', 'children']),
  /** daily = the last 24 hours; cumulative = since the invasion began. */
  scopes: group(['daily', 'cumulative']),
});

/** A whole pack: the entities, the issues, the cue groups and the phrases to ignore. */
export const packSchema = z.strictObject({
  ...names,
  /**
   * The day the pack's story begins (a war's first day). A role held since then is held on any day of
   * it, and a day and month with a weekday but no year in an undated article is placed in a year from
   * then on.
   */
  since: isoDate.optional(),
  /**
   * The party whose military keeps the cumulative loss tally the figures section shows (the Ukrainian
   * General Staff's: ukraine). Claims of its opponent are the other side's: shown apart, never in the tally.
   */
  tallyParty: id.optional(),
  parties: z.array(partySchema).min(1),
  people: z.array(personSchema),
  titles: z.array(titleSchema),
  places: z.array(placeSchema),
  organizations: z.array(organizationSchema),
  metrics: z.array(metricSchema),
  issues: z.array(issueSchema),
  cues: cuesSchema,
  /**
   * Phrases that are never mentions, listed so that their words are not read as a shorter
   * spelling: "خطوط الدفاع الروسية" (defence lines) is not "الدفاع الروسية" (the ministry).
   */
  ignore: z.array(form).default([]),
  /**
   * Given names by which a person the pack does not list is still recognized, with the surname
   * that follows (open world): "أندريه غوروليوف" is a person though no entry names him. Only names
   * that are never a common Arabic word (not بيت، مات، دان، جو، مساعد).
   */
  givenNames: z.array(form).default([]),
  /**
   * Common nouns a claimant or speaker the pack does not list is named by, with their English
   * ("السلطات المحلية" → "the local authorities"), so the English digest says who in English. Display
   * only: extraction never reads them. A name neither the pack nor this list gives is transliterated.
   */
  glossary: z.array(z.strictObject({ ar: form, en: z.string().trim().min(1) })).default([]),
});

/** Types of validated pack data (after defaults), for the code that reads a pack. */
export type EventMetricId = (typeof EVENT_METRICS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type Party = z.infer<typeof partySchema>;
export type Role = z.infer<typeof roleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Title = z.infer<typeof titleSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Cues = z.infer<typeof cuesSchema>;
export type Pack = z.infer<typeof packSchema>;
/** What a data file writes (defaults may be left out). */
export type PartyInput = z.input<typeof partySchema>;
export type PersonInput = z.input<typeof personSchema>;
export type TitleInput = z.input<typeof titleSchema>;
export type PlaceInput = z.input<typeof placeSchema>;
export type OrganizationInput = z.input<typeof organizationSchema>;
export type MetricInput = z.input<typeof metricSchema>;
export type IssueInput = z.input<typeof issueSchema>;
export type CuesInput = z.input<typeof cuesSchema>;
export type PackInput = z.input<typeof packSchema>;

/** A pack whose data is wrong; `problems` lists every one, each naming the entry and the field. */
export class PackError extends MujazError {
  readonly problems: readonly string[];

  constructor(packId: string, problems: readonly string[]) {
    super('config_invalid', `invalid domain pack '${packId}' (fix the data file named by each entry):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let where = '';
  let node: unknown = data;
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const entryId = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      where += typeof entryId === 'string' ? `[${key}](${entryId})` : `[${key}]`;
    } else where += where === '' ? String(key) : `.${String(key)}`;
  }
  return where === '' ? '(pack)' : where;
}

function dateOrder(person: Person, problems: string[]): void {
  for (const role of person.roles) {
    if (role.from !== undefined && role.to !== undefined && role.from > role.to) {
      problems.push(`people(${person.id}).roles(${role.role}): 'from' ${role.from} is after 'to' ${role.to}`);
    }
  }
}

/** Ids, references and spellings: the checks a schema of one entry cannot make. */
function checkConsistency(pack: Pack): string[] {
  const problems: string[] = [];
  // Entity ids share one namespace, so a claimant id names one thing whatever its kind; issue ids
  // are another vocabulary (PositionFact.issue) and only need to be unique among issues.
  const namespaces: readonly (readonly [string, readonly { id: string }[]])[][] = [
    [['parties', pack.parties], ['people', pack.people], ['titles', pack.titles], ['places', pack.places],
      ['organizations', pack.organizations], ['metrics', pack.metrics]],
    [['issues', pack.issues]],
  ];
  for (const collections of namespaces) {
    const seen = new Map<string, string>();
    for (const [name, entries] of collections) {
      for (const entry of entries) {
        const earlier = seen.get(entry.id);
        if (earlier !== undefined) problems.push(`${name}(${entry.id}): duplicate id, already used in ${earlier}`);
        else seen.set(entry.id, name);
      }
    }
  }
  const partyIds = new Set(pack.parties.map((p) => p.id));
  const countryIds = new Set(pack.places.filter((p) => p.kind === 'country').map((p) => p.id));
  const needParty = (where: string, party: string | undefined): void => {
    if (party !== undefined && !partyIds.has(party)) problems.push(`${where}: party '${party}' is not a party id in this pack`);
  };
  for (const party of pack.parties) needParty(`parties(${party.id}).opponent`, party.opponent);
  for (const person of pack.people) {
    needParty(`people(${person.id})`, person.party);
    dateOrder(person, problems);
  }
  for (const title of pack.titles) {
    needParty(`titles(${title.id})`, title.party);
    if (title.person === undefined) continue;
    const holder = pack.people.find((p) => p.id === title.person);
    if (holder === undefined) problems.push(`titles(${title.id}): person '${title.person}' is not a person id in this pack`);
    else if (!holder.roles.some((role) => role.role === title.id)) problems.push(`titles(${title.id}): person '${title.person}' has no role '${title.id}' (add it to their roles with its dates)`);
  }
  for (const org of pack.organizations) needParty(`organizations(${org.id})`, org.party);
  const placeIds = new Set(pack.places.map((p) => p.id));
  for (const issue of pack.issues) {
    for (const place of issue.near) if (!placeIds.has(place)) problems.push(`issues(${issue.id}): near '${place}' is not a place id in this pack`);
  }
  for (const place of pack.places) {
    if (place.country !== undefined && !partyIds.has(place.country) && !countryIds.has(place.country)) {
      problems.push(`places(${place.id}): country '${place.country}' is neither a party id nor a place of kind country`);
    }
  }
  if (pack.tallyParty !== undefined && !partyIds.has(pack.tallyParty)) problems.push(`tallyParty: '${pack.tallyParty}' is not a party id in this pack`);
  const events: ReadonlySet<string> = new Set(EVENT_METRICS);
  for (const metric of pack.metrics) if (events.has(metric.id)) problems.push(`metrics(${metric.id}): the id of a figure the engine reads itself; choose another`);
  const headcounts = pack.metrics.filter((metric) => metric.headcount).map((metric) => metric.id);
  if (headcounts.length > 1) problems.push(`metrics: only one may be the headcount, not ${headcounts.join(', ')}`);
  const weaponOwner = new Map<string, string>();
  for (const metric of pack.metrics) {
    for (const weapon of metric.weapons ?? []) {
      const owner = weaponOwner.get(weapon);
      if (owner !== undefined) problems.push(`metrics(${metric.id}): weapon '${weapon}' is already counted by ${owner}`);
      else weaponOwner.set(weapon, metric.id);
    }
  }
  problems.push(...ambiguousForms(pack), ...ambiguousCues(pack.cues), ...ignoredForms(pack));
  return problems;
}

/**
 * A phrase listed apart from the entries that is also an entry's spelling: an ignored phrase would
 * silently hide that entry, and a given name would make that entry's mention a new person.
 */
function ignoredForms(pack: Pack): string[] {
  const listed = new Map<string, string>();
  for (const phrase of pack.givenNames) listed.set(toFormKey(phrase), `givenNames: '${phrase}'`);
  for (const phrase of pack.ignore) listed.set(toFormKey(phrase), `ignore: '${phrase}'`);
  const problems: string[] = [];
  const check = (where: string, list: readonly string[]): void => {
    for (const spelling of list) {
      const phrase = listed.get(toFormKey(spelling));
      if (phrase !== undefined) problems.push(`${phrase} is also a spelling of ${where}`);
    }
  };
  for (const p of pack.parties) check(`parties(${p.id})`, [...p.forms, ...p.adjectives, ...p.metonyms]);
  for (const p of pack.people) check(`people(${p.id})`, p.forms);
  for (const t of pack.titles) check(`titles(${t.id})`, t.forms);
  for (const p of pack.places) check(`places(${p.id})`, p.forms);
  for (const o of pack.organizations) check(`organizations(${o.id})`, o.forms);
  for (const m of pack.metrics) check(`metrics(${m.id})`, m.forms);
  return problems;
}

/** In a labelled cue group a phrase must mean one label ("تبادل" cannot be two outcomes). */
function ambiguousCues(cues: Cues): string[] {
  const problems: string[] = [];
  for (const [name, group] of Object.entries(cues)) {
    if (Array.isArray(group)) continue;
    const owner = new Map<string, string>();
    for (const [label, list] of Object.entries(group as Record<string, readonly string[]>)) {
      for (const phrase of list) {
        const key = toFormKey(phrase);
        const other = owner.get(key);
        if (other !== undefined && other !== label) problems.push(`cues.${name}.${label}: '${phrase}' is also under cues.${name}.${other}`);
        else owner.set(key, label);
      }
    }
  }
  return problems;
}

/** A spelling that folds to the same key in two entries of the same kind cannot be resolved. */
function ambiguousForms(pack: Pack): string[] {
  const problems: string[] = [];
  const check = (kind: string, entries: readonly { id: string; list: readonly string[] }[]): void => {
    const owner = new Map<string, string>();
    for (const entry of entries) {
      for (const spelling of entry.list) {
        const key = toFormKey(spelling);
        const other = owner.get(key);
        if (other !== undefined && other !== entry.id) problems.push(`${kind}(${entry.id}): spelling '${spelling}' is also a spelling of ${kind}(${other})`);
        else owner.set(key, entry.id);
      }
    }
  };
  check('parties', pack.parties.map((p) => ({ id: p.id, list: p.forms })));
  check('party adjectives', pack.parties.map((p) => ({ id: p.id, list: p.adjectives })));
  check('party metonyms', pack.parties.map((p) => ({ id: p.id, list: p.metonyms })));
  check('people', pack.people.map((p) => ({ id: p.id, list: p.forms })));
  check('titles', pack.titles.map((t) => ({ id: t.id, list: t.forms })));
  check('places', pack.places.map((p) => ({ id: p.id, list: p.forms })));
  check('organizations', pack.organizations.map((o) => ({ id: o.id, list: o.forms })));
  check('metrics', pack.metrics.map((m) => ({ id: m.id, list: m.forms })));
  check('issues', pack.issues.map((i) => ({ id: i.id, list: i.forms })));
  return problems;
}

/**
 * Validate pack data once, at start-up. Throws a PackError listing every problem: schema errors
 * (with the entry id), duplicate ids, dangling party/person references, spellings shared by two
 * entries of one kind, and missing metric categories.
 */
export function parsePack(data: unknown): Pack {
  const packId = data !== null && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : '?';
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    throw new PackError(packId, parsed.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`));
  }
  const problems = checkConsistency(parsed.data);
  if (problems.length > 0) throw new PackError(packId, problems);
  return parsed.data;
}
