/**
 * The talks as sentences: rounds, delegations, outcomes, positions, sticking points, next steps,
 * statements and the source list. Text the articles wrote (quotes, outcome wording, titles) is
 * kept as written and, in English output, marked as Arabic.
 */
import type {
  DelegationView, Lang, NextStepView, OutcomeView, PartyPositions, PositionView, RoundView, StatementView,
  StickingPointView, Story,
} from '../digest/types.ts';
import { toFormKey } from '../packs/form-key.ts';
import { formatDay, formatNumber, formatRange, joinList, nameOf, quoted, sourcesRef } from './format.ts';
import { agreeingVerb } from './verb-agreement.ts';
import {
  DATE_BASIS_LABELS, FORMAT_LABELS, ISSUE_LABELS, NEXT_STEP_LABELS, OUTCOME_LABELS, ROLE_LABELS, ROUND_STATUS_LABELS,
  PARTICIPLE_VERBS, SPEECH_VERBS, STANCE_LABELS, TEMPLATES, VAGUE_TIME_LABELS,
} from './labels.ts';

/** "Round 2" / "الجولة 2", or "A round of talks" when no number is known. */
export function roundName(round: RoundView, lang: Lang): string {
  const t = TEMPLATES[lang];
  return round.number !== undefined ? `${t.round} ${formatNumber(round.number)}` : t.aRound;
}

/** A round in one line: name, venue, dates, format, parties, mediators, status and sources. */
export function roundLine(round: RoundView, lang: Lang, options: { readonly sources?: boolean; readonly brief?: boolean } = {}): string {
  const t = TEMPLATES[lang];
  const where = [round.venue ? nameOf(round.venue, lang) : undefined, formatRange(round.startDate, round.endDate, lang)]
    .filter((p): p is string => p !== undefined);
  const how = [round.format ? FORMAT_LABELS[round.format][lang] : undefined, round.direct === undefined ? undefined : round.direct ? t.direct : t.indirect]
    .filter((p): p is string => p !== undefined);
  const parts = [roundName(round, lang)];
  if (where.length > 0) parts.push(joinList(where, lang));
  if (how.length > 0) parts.push(joinList(how, lang));
  if (round.parties.length > 0 && options.brief !== true) parts.push(`${t.parties}: ${joinList(round.parties.map((p) => nameOf(p, lang)), lang)}`);
  if (round.mediators.length > 0 && options.brief !== true) parts.push(`${t.mediators}: ${joinList(round.mediators.map((p) => nameOf(p, lang)), lang)}`);
  parts.push(ROUND_STATUS_LABELS[round.status][lang]);
  const line = parts.join(' — ');
  return options.sources === false ? line : `${line} ${sourcesRef(round.sources, lang)}`;
}

/** "Ukraine: Rustem Umerov, head of delegation (rounds 1, 2)". */
export function delegationLine(delegation: DelegationView, lang: Lang): string {
  const t = TEMPLATES[lang];
  const rounds = delegation.rounds.length === 0 ? ''
    : delegation.rounds.length === 1 ? ` (${t.round.toLowerCase()} ${formatNumber(delegation.rounds[0] ?? 0)})`
      : ` (${t.rounds}: ${joinList(delegation.rounds.map(formatNumber), lang)})`;
  return `${nameOf(delegation.side, lang)}: ${nameOf(delegation.person, lang)}${t.listSep}${ROLE_LABELS[delegation.role][lang]}${rounds} ${sourcesRef(delegation.sources, lang)}`;
}

/** "Prisoner exchange (Russia, Ukraine): 157 for 157". Outcomes without numbers keep their wording. */
export function outcomeLine(outcome: OutcomeView, lang: Lang, options: { readonly sources?: boolean } = {}): string {
  const t = TEMPLATES[lang];
  const parties = outcome.parties.length > 0 ? ` (${joinList(outcome.parties.map((p) => nameOf(p, lang)), lang)})` : '';
  const numbers = [
    outcome.perSide !== undefined ? `${formatNumber(outcome.perSide)} ${t.forEach} ${formatNumber(outcome.perSide)}` : undefined,
    outcome.total !== undefined ? `${formatNumber(outcome.total)} ${t.inAll}` : undefined,
  ].filter((p): p is string => p !== undefined);
  const detail = numbers.length > 0 ? `: ${joinList(numbers, lang)}` : outcome.text !== '' ? `: ${quoted(outcome.text, lang)}` : '';
  const line = `${OUTCOME_LABELS[outcome.type][lang]}${parties}${detail}`;
  return options.sources === false ? line : `${line} ${sourcesRef(outcome.sources, lang)}`;
}

/** An issue's name: the pack's, the renderer's table, else the id. */
function issueName(position: Pick<PositionView, 'issue'>, lang: Lang): string {
  const fallback = position.issue.id !== undefined ? ISSUE_LABELS[position.issue.id] : undefined;
  return nameOf(position.issue, lang, fallback);
}

/** "demands: withdrawal from Donbas (2 reports: #1, #2)", under its party. */
export function positionLine(position: PositionView, lang: Lang): string {
  const stance = STANCE_LABELS[position.stance][lang];
  return `${stance}: ${issueName(position, lang)} ${sourcesRef(position.sources, lang)}`;
}

/** "Russia — demands: …; insists on: …". */
export function partyPositionsLine(entry: PartyPositions, lang: Lang): string {
  return `${nameOf(entry.party, lang)} — ${entry.positions.map((p) => positionLine(p, lang)).join(TEMPLATES[lang].clauseSep)}`;
}

export function stickingPointLine(point: StickingPointView, lang: Lang): string {
  return `${issueName(point, lang)} ${sourcesRef(point.sources, lang)}`;
}

/** When a next step is due: its date, its vague timing, the timing as written, or "no date given". */
function whenText(step: NextStepView, lang: Lang): string {
  const t = TEMPLATES[lang];
  if (step.date !== undefined) return `${t.on} ${formatDay(step.date, lang)}`;
  const vague = step.vague !== undefined ? VAGUE_TIME_LABELS[step.vague]?.[lang] : undefined;
  if (vague !== undefined) return vague;
  if (step.whenText !== undefined) return quoted(step.whenText, lang);
  return t.noDate;
}

/** "New round of talks — in the coming weeks (1 report: #4)". */
export function nextStepLine(step: NextStepView, lang: Lang, options: { readonly sources?: boolean } = {}): string {
  const line = `${NEXT_STEP_LABELS[step.what][lang]} — ${whenText(step, lang)}`;
  return options.sources === false ? line : `${line} ${sourcesRef(step.sources, lang)}`;
}

const PARTICIPLE_KEYS: ReadonlyMap<string, string> = new Map(Object.entries(PARTICIPLE_VERBS).map(([participle, finite]) => [toFormKey(participle), finite]));

/** The finite verb of a participle of speech (مشددا → شدد، مؤكدة → أكدت), if `verb` is one. */
function finiteOfParticiple(verb: string): string | undefined {
  const written = toFormKey(verb);
  // The participle as written first: the و of "واصفا" is its own letter, not "and".
  for (const key of [written, written.replace(/^[وف]/u, '')]) {
    const masculine = PARTICIPLE_KEYS.get(key);
    if (masculine !== undefined) return masculine;
    const feminine = /[هة]$/u.test(key) ? PARTICIPLE_KEYS.get(`${key.slice(0, -1)}ا`) : undefined;
    if (feminine !== undefined) return `${feminine}ت`;
  }
  return undefined;
}

/** The verb without a leading conjunction (وقال → قال) when what remains is a known speech verb, and its English. */
export function speechVerb(verb: string): { readonly ar: string; readonly en: string } {
  // A quote signed by its speaker with no verb ("“…”، أندري يرماك") reads as said.
  if (verb.trim() === '') return { ar: 'قال', en: 'said' };
  const finite = finiteOfParticiple(verb);
  if (finite !== undefined) return speechVerb(finite);
  const key = toFormKey(verb);
  const known = (k: string): string | undefined => SPEECH_VERBS[k] ?? (k.endsWith('ت') ? SPEECH_VERBS[k.slice(0, -1)] : undefined);
  const direct = known(key);
  if (direct !== undefined) return { ar: verb.trim(), en: direct };
  if (/^[وف]/.test(key)) {
    const stripped = known(key.slice(1));
    if (stripped !== undefined) return { ar: verb.trim().slice(1), en: stripped };
  }
  return { ar: verb.trim(), en: 'said' };
}

/**
 * Arabic: "قال دميتري بيسكوف: «…»"; English: "Dmitry Peskov said: (in Arabic) «…»". Reported speech
 * reads as the article's own sentence, without quotation marks: "قال دميتري بيسكوف إن …";
 * "Dmitry Peskov said (reported, in Arabic): إن …".
 */
export function statementLine(statement: StatementView, lang: Lang): string {
  const written = speechVerb(statement.verb);
  // The article's verb agreed with the article's subject; the line puts it before this speaker (قال بيسكوف، قالت زاخاروفا).
  const verb = { ar: agreeingVerb(written.ar, statement.speakerGender), en: written.en };
  const speaker = nameOf(statement.speaker, lang);
  const said = statement.form === 'reported'
    ? (lang === 'ar' ? `${verb.ar} ${speaker} ${statement.quote}` : `${speaker} ${verb.en} ${TEMPLATES.en.reportedInArabic}: ${statement.quote}`)
    : (lang === 'ar' ? `${verb.ar} ${speaker}: ${quoted(statement.quote, lang)}` : `${speaker} ${verb.en}: ${quoted(statement.quote, lang)}`);
  return `${said} ${sourcesRef(statement.sources, lang)}`;
}

/** One line per article of each story: "#1 — AFP — «title» — 5 February 2026 (date stated) — id 908d… — seeds/000.txt". */
export function storyLines(stories: readonly Story[], lang: Lang): string[] {
  return stories.flatMap((story) => story.articles.map((article) => {
    const parts = [`#${story.number}`];
    if (article.outlet !== undefined) parts.push(article.outlet);
    if (article.title !== undefined) parts.push(quoted(article.title, lang));
    const basis = DATE_BASIS_LABELS[article.dateBasis][lang];
    parts.push(article.publishedDate !== undefined ? `${formatDay(article.publishedDate, lang)} (${basis})` : basis);
    parts.push(article.id, article.source);
    return parts.join(' — ');
  }));
}
