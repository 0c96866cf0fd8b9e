/**
 * Figures as sentences: every figure with its qualifier and who claims it, conflicting figures
 * side by side, and the tally as a table with its 24-hour changes labelled stated or computed.
 */
import type { DisplayName, FigureClaim, FigureGroup, Lang, Sources, Tally, TallyChange, TallyClaim, TallyRow } from '../digest/types.ts';
import { isTallyMetric } from '../extract/facts.ts';
import { addDays } from '../text/calendar.ts';
import type { Block } from './document.ts';
import { formatDay, formatSigned, formatValue, nameOf, perClaimant, sourcesRef } from './format.ts';
import { METRIC_LABELS, POPULATION_LABELS, QUALIFIER_LABELS, TEMPLATES } from './labels.ts';

/** The label of a figure's metric: the pack's name for tally categories (capitalized: it starts a cell or a clause), else the renderer's table. */
export function metricLabel(claim: Pick<FigureClaim, 'metric' | 'metricName'>, lang: Lang): string {
  const label = nameOf(claim.metricName, lang, METRIC_LABELS[claim.metric]);
  return lang === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

const nameKey = (name: DisplayName): string => name.id ?? name.asWritten ?? '';
const claimantKey = (claim: FigureClaim): string => nameKey(claim.claimant);
const sourcesKey = (claim: FigureClaim): string => claim.sources.articleIds.join(',');

/** "per X (2 reports: #1, #3)". */
export function attribution(claim: FigureClaim, lang: Lang): string {
  return `${perClaimant(claim.claimant, claim.claimantKind, lang)} ${sourcesRef(claim.sources, lang)}`;
}

/** What a figure counts, without its number: label, population, side, place, scope. */
export function figureSubject(claim: FigureClaim, lang: Lang, options: { readonly place?: boolean } = {}): string {
  const t = TEMPLATES[lang];
  const parts = [metricLabel(claim, lang) + (claim.population ? ` (${POPULATION_LABELS[claim.population][lang]})` : '')];
  if (claim.side) parts.push(`${t.side}: ${nameOf(claim.side, lang)}`);
  if (claim.place && options.place !== false) parts.push(nameOf(claim.place, lang));
  // Tally categories are cumulative by definition; saying so on every row would be noise.
  if (claim.scope === 'cumulative' && !isTallyMetric(claim.metric)) parts.push(t.sinceWarStart);
  if (claim.scope === 'daily') parts.push(t.in24h);
  return parts.join(' — ');
}

/** The claims of one subject: one value, or several side by side (flagged when they disagree). */
export function claimsText(group: Pick<FigureGroup, 'claims' | 'conflicting'>, lang: Lang): string {
  const t = TEMPLATES[lang];
  const values = group.claims.map((claim) => `${formatValue(claim.value, claim.qualifier, lang)}${t.listSep}${attribution(claim, lang)}`);
  return (group.conflicting ? `${t.conflicting}: ` : '') + values.join(' | ');
}

/** One figure group as a sentence: "Killed (civilians) — Donetsk: 8, per Ukrinform (1 report: #2)". */
export function groupLine(group: FigureGroup, lang: Lang, options: { readonly place?: boolean } = {}): string {
  const head = group.claims[0];
  return head ? `${figureSubject(head, lang, options)}: ${claimsText(group, lang)}` : '';
}

/**
 * Several groups in one line; when each has a single claim from the same claimant and sources,
 * the attribution is said once at the end ("Killed: 8; Injured: 21 — per Ukrinform (…)").
 */
export function groupsLine(groups: readonly FigureGroup[], lang: Lang, options: { readonly place?: boolean } = {}): string {
  const t = TEMPLATES[lang];
  const singles = groups.map((g) => (g.claims.length === 1 ? g.claims[0] : undefined));
  const first = singles[0];
  const shared = first !== undefined && singles.every((c) => c !== undefined && claimantKey(c) === claimantKey(first) && sourcesKey(c) === sourcesKey(first));
  if (!shared || groups.length < 2) return groups.map((g) => groupLine(g, lang, options)).join(t.clauseSep);
  const values = singles.map((c) => (c ? `${figureSubject(c, lang, options)}: ${formatValue(c.value, c.qualifier, lang)}` : ''));
  return `${values.join(t.clauseSep)} — ${attribution(first, lang)}`;
}

/** A claim with its value only, for headlines: "Drones launched: 183". */
export function valueLine(claim: FigureClaim, lang: Lang): string {
  return `${metricLabel(claim, lang)}: ${formatValue(claim.value, claim.qualifier, lang)}`;
}

/** A signed number with its qualifier: "+770", "about +1,000". */
function formatSignedValue(value: number, qualifier: string, lang: Lang): string {
  const label = QUALIFIER_LABELS[qualifier]?.[lang];
  return label ? `${label} ${formatSigned(value)}` : formatSigned(value);
}

/** A change as its signed value and its basis: ["+770", "stated"], ["+2,000", "computed since 3 February 2026"]. */
function changeParts(change: TallyChange, claim: FigureClaim, lang: Lang): { value: string; basis: string; daily: boolean } {
  const t = TEMPLATES[lang];
  if (change.basis === 'stated') {
    // The daily figure may come from another claimant than the total; then it says whose it is.
    const other = nameKey(change.claimant) !== nameKey(claim.claimant) ? `${t.listSep}${perClaimant(change.claimant, 'unknown', lang)}` : '';
    return { value: formatSignedValue(change.value, change.qualifier, lang), basis: `${t.stated}${other}`, daily: true };
  }
  // A difference over more than one day is not a 24-hour change; the basis says from when.
  const adjacent = change.since !== undefined && claim.day !== undefined && addDays(change.since, 1) === claim.day;
  const daily = change.since === undefined || adjacent;
  const basis = daily ? t.computed : `${t.computedSince}${lang === 'en' ? ' ' : ''}${formatDay(change.since as string, lang)}`;
  return { value: formatSigned(change.value), basis, daily };
}

/** The change cell: "+770 (stated)", "+2 (computed)", "+2,000 (computed since 3 February 2026)". */
export function changeText(change: TallyChange | undefined, claim: FigureClaim, lang: Lang): string {
  if (!change) return '';
  const { value, basis } = changeParts(change, claim, lang);
  return `${value} (${basis})`;
}

/** The change in a sentence: "(+770 in 24 hours, stated)". */
export function changeClause(change: TallyChange | undefined, claim: FigureClaim, lang: Lang): string {
  if (!change) return '';
  const t = TEMPLATES[lang];
  const { value, basis, daily } = changeParts(change, claim, lang);
  return ` (${value}${daily ? ` ${t.in24h}` : ''}${t.listSep}${basis})`;
}

/** The sources of the whole table when one claimant's figures all come from the same articles (the usual single bulletin). */
function sharedSources(tally: Tally): Sources | undefined {
  const claims = tally.rows.flatMap((r) => r.claims);
  const first = claims[0];
  return first && tally.claimants.length === 1 && claims.every((c) => sourcesKey(c) === sourcesKey(first)) ? first.sources : undefined;
}

/** The heading of the tally: "Losses of Russia per the Ukrainian General Staff (as of 5 February 2026) (2 reports: #2, #3)". */
export function tallyHeading(tally: Tally, lang: Lang): string {
  const t = TEMPLATES[lang];
  const who = tally.side ? `${t.lossesOf} ${nameOf(tally.side, lang)}` : t.tally;
  const claimant = tally.claimants.length === 1 ? tally.rows[0]?.claims[0] : undefined;
  const per = claimant ? ` ${perClaimant(claimant.claimant, claimant.claimantKind, lang)}` : '';
  const day = tally.day ? ` (${t.asOf} ${formatDay(tally.day, lang)})` : '';
  const sources = sharedSources(tally);
  return `${who}${per}${day}${sources ? ` ${sourcesRef(sources, lang)}` : ''}`;
}

function totalCell(claim: TallyClaim, tally: Tally, lang: Lang, shared: boolean): string {
  const t = TEMPLATES[lang];
  const value = formatValue(claim.value, claim.qualifier, lang);
  const per = tally.claimants.length === 1 ? '' : `${t.listSep}${perClaimant(claim.claimant, claim.claimantKind, lang)}`;
  return shared ? `${value}${per}` : `${value}${per} ${sourcesRef(claim.sources, lang)}`;
}

function rowCells(row: TallyRow, tally: Tally, lang: Lang, shared: boolean): string[] {
  const t = TEMPLATES[lang];
  const totals = row.claims.map((c) => totalCell(c, tally, lang, shared)).join(' | ');
  const changes = row.claims.map((c) => changeText(c.change, c, lang)).filter((c) => c !== '').join(' | ');
  return [metricLabel(row, lang), (row.conflicting ? `${t.conflicting}: ` : '') + totals, changes];
}

/** The tally as a heading and a table (category, total, 24-hour change). */
export function tallyBlocks(tally: Tally, lang: Lang): Block[] {
  const t = TEMPLATES[lang];
  const shared = sharedSources(tally) !== undefined;
  return [
    { kind: 'subheading', text: tallyHeading(tally, lang) },
    { kind: 'table', header: [t.category, t.total, t.change24h], rows: tally.rows.map((row) => rowCells(row, tally, lang, shared)) },
  ];
}

/** A tally row as a headline: "Losses of Russia — Personnel: 1,243,840 (+770 in 24 hours, stated), per the Ukrainian General Staff". */
export function tallyRowLine(tally: Tally, row: TallyRow, lang: Lang): string {
  const t = TEMPLATES[lang];
  const claim = row.claims[0];
  if (!claim) return '';
  const who = tally.side ? `${t.lossesOf} ${nameOf(tally.side, lang)} — ` : '';
  const change = changeClause(claim.change, claim, lang);
  const others = row.claims.slice(1).map((c) => `${formatValue(c.value, c.qualifier, lang)}${t.listSep}${perClaimant(c.claimant, c.claimantKind, lang)}`);
  const value = `${formatValue(claim.value, claim.qualifier, lang)}${change}${t.listSep}${perClaimant(claim.claimant, claim.claimantKind, lang)}`;
  return `${who}${metricLabel(row, lang)}: ${row.conflicting ? `${t.conflicting}: ` : ''}${[value, ...others].join(' | ')}`;
}
