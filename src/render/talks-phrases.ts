/**
 * The talks as sentences: rounds, delegations, outcomes, positions, sticking points, next steps,
 * statements and the source list. Text the articles wrote (quotes, outcome wording, titles) is
 * kept as written in Arabic output; English output tells what it is about instead, and shows the
 * Arabic words, marked as Arabic, only when asked to (TextOptions).
 */
import type {
  DelegationView, DigestArticle, Lang, NextStepView, OutcomeView, PartyPositions, PositionView, RoundView, Sources,
  StatementView, StickingPointView, Story,
} from '../digest/types.ts';
import { toFormKey } from '../packs/form-key.ts';
import { formatDay, formatNumber, formatRange, joinList, nameOf, quoted, showsArabic, sourcesRef, type TextOptions } from './format.ts';
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

/** "Prisoner exchange (Russia, Ukraine): 157 for 157". Outcomes without numbers keep their wording (English: the issues it names). */
export function outcomeLine(outcome: OutcomeView, lang: Lang, options: { readonly sources?: boolean } & TextOptions = {}): string {
  const t = TEMPLATES[lang];
  const parties = outcome.parties.length > 0 ? ` (${joinList(outcome.parties.map((p) => nameOf(p, lang)), lang)})` : '';
  const numbers = [
    outcome.perSide !== undefined ? `${formatNumber(outcome.perSide)} ${t.forEach} ${formatNumber(outcome.perSide)}` : undefined,
    outcome.total !== undefined ? `${formatNumber(outcome.total)} ${t.inAll}` : undefined,
  ].filter((p): p is string => p !== undefined);
  const issues = (outcome.issues ?? []).map((issue) => nameOf(issue, lang));
  const detail = numbers.length > 0 ? `: ${joinList(numbers, lang)}`
    : outcome.text !== '' && showsArabic(lang, options) ? `: ${quoted(outcome.text, lang)}`
      : issues.length > 0 ? ` — ${TEMPLATES[lang].on} ${joinList(issues, lang)}`
        : outcome.text !== '' ? ` — ${TEMPLATES.en.detailsInArabic}` : '';
  const line = `${OUTCOME_LABELS[outcome.type][lang]}${parties}${detail}`;
  return options.sources === false ? line : `${line} ${sourcesRef(outcome.sources, lang)}`;
}

/** Whether an outcome's line says what it is beyond its kind: numbers, parties, issues, or the wording where it is shown. */
export function outcomeSaysWhat(outcome: OutcomeView, lang: Lang, options: TextOptions = {}): boolean {
  return outcome.perSide !== undefined || outcome.total !== undefined || (outcome.issues ?? []).length > 0 || outcome.parties.length > 0
    || (outcome.text !== '' && showsArabic(lang, options));
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

/** When a next step is due: its date, its vague timing, the timing as written (English: said to be in Arabic), or "no date given". */
function whenText(step: NextStepView, lang: Lang, options: TextOptions): string {
  const t = TEMPLATES[lang];
  if (step.date !== undefined) return `${t.on} ${formatDay(step.date, lang)}`;
  const vague = step.vague !== undefined ? VAGUE_TIME_LABELS[step.vague]?.[lang] : undefined;
  if (vague !== undefined) return vague;
  if (step.whenText !== undefined) return showsArabic(lang, options) ? quoted(step.whenText, lang) : TEMPLATES.en.timingInArabic;
  return t.noDate;
}

/** "New round of talks — in the coming weeks (1 report: #4)". */
export function nextStepLine(step: NextStepView, lang: Lang, options: { readonly sources?: boolean } & TextOptions = {}): string {
  const line = `${NEXT_STEP_LABELS[step.what][lang]} — ${whenText(step, lang, options)}`;
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
 * Arabic: "قال دميتري بيسكوف: «…»"; English with the Arabic asked for: "Dmitry Peskov said: (in Arabic)
 * «…»". Reported speech reads as the article's own sentence, without quotation marks: "قال دميتري
 * بيسكوف إن …"; "Dmitry Peskov said (reported, in Arabic): إن …". English without the Arabic tells
 * what the words are about (aboutLine), or nothing when nothing was read.
 */
export function statementLine(statement: StatementView, lang: Lang, options: TextOptions = {}): string {
  const written = speechVerb(statement.verb);
  // The article's verb agreed with the article's subject; the line puts it before this speaker (قال بيسكوف، قالت زاخاروفا).
  const verb = { ar: agreeingVerb(written.ar, statement.speakerGender), en: written.en };
  const speaker = nameOf(statement.speaker, lang);
  if (!showsArabic(lang, options)) return `${sentenceCase(speaker)} ${verb.en} — ${aboutLine(statement) ?? TEMPLATES.en.wordsInArabic} ${sourcesRef(statement.sources, lang)}`;
  const said = statement.form === 'reported'
    ? (lang === 'ar' ? `${verb.ar} ${speaker} ${statement.quote}` : `${speaker} ${verb.en} ${TEMPLATES.en.reportedInArabic}: ${statement.quote}`)
    : (lang === 'ar' ? `${verb.ar} ${speaker}: ${quoted(statement.quote, lang)}` : `${speaker} ${verb.en}: ${quoted(statement.quote, lang)}`);
  return `${said} ${sourcesRef(statement.sources, lang)}`;
}

/** An English line starts with a capital even when its subject is "the Kremlin" or "reports". */
const sentenceCase = (text: string): string => text.replace(/^[a-z]/u, (first) => first.toUpperCase());

/** What a statement is about, in English: "about the talks; issues: Territory; stance: rejects; tone: positive"; undefined when nothing was read. */
export function aboutLine(statement: StatementView): string | undefined {
  const about = statement.about;
  if (!about) return undefined;
  const issueIds = new Set(about.issues.map((issue) => issue.id));
  // "وقف إطلاق النار" is both an outcome and an issue: said once, as the issue.
  const subjects = about.subjects.filter((subject) => !issueIds.has(subject)).map((subject) => SUBJECT_LABELS[subject]);
  const parts = [
    subjects.length > 0 ? `about ${joinList(subjects, 'en')}` : undefined,
    about.issues.length > 0 ? `issues: ${joinList(about.issues.map((issue) => nameOf(issue, 'en')), 'en')}` : undefined,
    about.stance !== undefined ? `stance: ${STANCE_LABELS[about.stance].en}` : undefined,
    about.tone !== undefined ? `tone: ${about.tone}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The subjects of a statement as an English reader says them. */
const SUBJECT_LABELS: Readonly<Record<NonNullable<StatementView['about']>['subjects'][number], string>> = {
  talks: 'the talks', prisoner_exchange: 'a prisoner exchange', bodies_return: 'the return of bodies', agreement: 'an agreement',
  ceasefire: 'a ceasefire', resumed_channel: 'resumed contacts',
};

/**
 * The statements section. English without the Arabic: a line per statement whose subject was read,
 * then one line per speaker for the rest ("Volodymyr Zelensky — 4 more statements, words in Arabic
 * only"), so a reader sees who spoke without lines that say nothing.
 */
export function statementLines(statements: readonly StatementView[], lang: Lang, options: TextOptions = {}): string[] {
  if (showsArabic(lang, options)) return statements.map((statement) => statementLine(statement, lang, options));
  const lines = statements.filter((statement) => aboutLine(statement) !== undefined).map((statement) => statementLine(statement, lang, options));
  const rest = new Map<string, StatementView[]>();
  for (const statement of statements) {
    if (aboutLine(statement) !== undefined) continue;
    const name = nameOf(statement.speaker, lang);
    rest.set(name, [...(rest.get(name) ?? []), statement]);
  }
  for (const [name, said] of rest) {
    const count = said.length === 1 ? TEMPLATES.en.oneMoreStatement : `${formatNumber(said.length)} ${TEMPLATES.en.moreStatements}`;
    lines.push(`${sentenceCase(name)} — ${count} ${sourcesRef(mergeSources(said.map((s) => s.sources)), lang)}`);
  }
  return lines;
}

/** The sources of several lines as one reference: every story and article once. */
function mergeSources(all: readonly Sources[]): Sources {
  const stories = [...new Set(all.flatMap((s) => s.stories))].sort((a, b) => a - b);
  const articleIds = [...new Set(all.flatMap((s) => s.articleIds))];
  return { reports: stories.length, articles: articleIds.length, stories, articleIds };
}

/** An article's address when it has one on the web; a file path is the operator's business, not the reader's. */
export function webAddressOf(article: Pick<DigestArticle, 'source'>): string | undefined {
  return /^https?:\/\//iu.test(article.source) ? article.source : undefined;
}

/** Who published an article: its outlet, else the host of its address; undefined for a local file with no outlet. */
export function publisherOf(article: Pick<DigestArticle, 'outlet' | 'source'>): string | undefined {
  if (article.outlet !== undefined && article.outlet.trim() !== '') return article.outlet.trim();
  const address = webAddressOf(article);
  return address === undefined ? undefined : /^https?:\/\/(?:www\.)?([^/:?#]+)/iu.exec(address)?.[1];
}

/**
 * One line per article of each story: "#1 — AFP — «title» — 5 February 2026 (date stated) — id 908d… —
 * https://…". English shows the Arabic title only when asked to; a file path is never shown.
 */
export function storyLines(stories: readonly Story[], lang: Lang, options: TextOptions = {}): string[] {
  return stories.flatMap((story) => story.articles.map((article) => {
    const parts = [`#${story.number}`];
    const publisher = publisherOf(article);
    if (publisher !== undefined) parts.push(publisher);
    if (article.title !== undefined && showsArabic(lang, options)) parts.push(quoted(article.title, lang));
    const basis = DATE_BASIS_LABELS[article.dateBasis][lang];
    parts.push(article.publishedDate !== undefined ? `${formatDay(article.publishedDate, lang)} (${basis})` : basis);
    parts.push(article.id);
    const address = webAddressOf(article);
    if (address !== undefined) parts.push(address);
    return parts.join(' — ');
  }));
}
