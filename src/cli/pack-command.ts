import type { Pack } from '../packs/schema.ts';
import type { CliContext, Command } from './command.ts';

/** What an operator (and the corpus scorer) needs to see of the pack: ids, names, spellings, dated roles. */
function describePack(pack: Pack) {
  return {
    ...(pack.since ? { since: pack.since } : {}),
    parties: pack.parties.map((p) => ({
      id: p.id, en: p.en, ar: p.ar, forms: p.forms, adjectives: p.adjectives, metonyms: p.metonyms,
      ...(p.opponent ? { opponent: p.opponent } : {}), ...(p.union ? { union: true } : {}),
    })),
    people: pack.people.map((p) => ({ id: p.id, en: p.en, ar: p.ar, party: p.party, gender: p.gender, forms: p.forms, givenNames: p.givenNames, roles: p.roles })),
    titles: pack.titles.map((t) => ({ id: t.id, en: t.en, ar: t.ar, party: t.party, forms: t.forms, ...(t.person ? { person: t.person } : {}) })),
    places: pack.places.map((p) => ({ id: p.id, en: p.en, ar: p.ar, kind: p.kind, forms: p.forms, ...(p.country ? { country: p.country } : {}) })),
    organizations: pack.organizations.map((o) => ({ id: o.id, en: o.en, ar: o.ar, kind: o.kind, forms: o.forms, ...(o.party ? { party: o.party } : {}) })),
    issues: pack.issues.map((i) => ({ id: i.id, en: i.en, ar: i.ar, forms: i.forms })),
    givenNames: pack.givenNames,
    glossary: pack.glossary,
  };
}

function roleSpan(role: { from?: string | undefined; to?: string | undefined }): string {
  if (!role.from && !role.to) return '';
  return ` (${role.from ?? '…'} – ${role.to ?? 'now'})`;
}

function printPack(context: CliContext, pack: Pack): void {
  const { out } = context;
  if (pack.since) { out(`since ${pack.since} (undated articles' days and roles are read from this day on)`); out(''); }
  out(`parties (${pack.parties.length})`);
  for (const p of pack.parties) out(`  ${p.id.padEnd(20)} ${p.en} — ${p.ar}${p.union ? ' (a union of states)' : ''}`);
  out(''); out(`people (${pack.people.length})`);
  for (const p of pack.people) {
    out(`  ${p.id.padEnd(20)} ${p.en} — ${p.forms.join('، ')} [${p.party}]`);
    for (const role of p.roles) out(`  ${''.padEnd(20)}   ${role.en}${roleSpan(role)}`);
  }
  out(''); out(`titles (${pack.titles.length})`);
  for (const t of pack.titles) out(`  ${t.id.padEnd(20)} ${t.en} — ${t.forms[0]}${t.person ? ` → ${t.person}` : ''}`);
  out(''); out(`places (${pack.places.length})`);
  for (const p of pack.places) out(`  ${p.id.padEnd(20)} ${p.en} (${p.kind}) — ${p.forms.join('، ')}`);
  out(''); out(`given names (${pack.givenNames.length}): a person the pack does not list is read by one of these and a surname`);
  out(`  ${pack.givenNames.join('، ')}`);
  out(''); out(`glossary (${pack.glossary.length}): the English of common nouns an unnamed claimant is called by`);
  for (const g of pack.glossary) out(`  ${g.ar} — ${g.en}`);
}

/** `mujaz pack [--json]`: the domain pack the engine reads with — parties, people with dated roles, titles, places. */
export const packCommand: Command = {
  name: 'pack',
  summary: 'list what the engine knows: parties, people (English names, spellings, dated roles), titles, places, given names',
  usage: 'mujaz pack [--json]',
  options: { json: { type: 'boolean' } },
  optionHelp: {
    json: 'the pack as JSON',
  },
  examples: ['mujaz pack', 'MUJAZ_PACK=russia_ukraine mujaz pack --json'],
  allowPositionals: false,
  async run(context, values) {
    if (values.json) context.out(JSON.stringify(describePack(context.config.pack)));
    else printPack(context, context.config.pack);
    return 0;
  },
};
