/**
 * The brief: the digest an analyst reads in a minute on a phone and forwards. One message on any
 * platform (Telegram counts 4096 characters after entities): the day in three short lines, then at
 * most ten items ranked by what matters, the outlets they come from, and one line saying how to get
 * the full digest. It is laid out from the same digest model as the full digest, so the two never
 * disagree; the full digest keeps everything.
 */
import type { BriefChange } from '../digest/changes.ts';
import type { Digest, DigestArticle, FigureGroup, Headline, Lang, RoundView, Sources, StatementView, Story } from '../digest/types.ts';
import { headlineText } from './digest-blocks.ts';
import type { Block, Link } from './document.ts';
import { groupLine, groupsLine, metricLabel, tallyRowLine } from './figure-phrases.ts';
import { formatDay, formatNumber, formatRange, nameOf, perClaimant, showsArabic, type TextOptions } from './format.ts';
import { ROUND_STATUS_LABELS, STANCE_LABELS, TEMPLATES } from './labels.ts';
import { aboutLine, nextStepLine, outcomeLine, outcomeSaysWhat, partyPositionsLine, publisherOf, roundLine, statementLine, webAddressOf } from './talks-phrases.ts';

/** How the brief is cut: what to tell the reader to ask for the full digest, and its budgets. */
export type BriefOptions = TextOptions & {
  /** The command that gives the full digest where the brief is read ("/digest 2026-02-05 full", "mujaz digest --full"). */
  readonly fullDigest: string;
  /** Items after the three lines. */
  readonly maxItems?: number;
  /** Characters of the whole brief as a reader sees it (Telegram counts 4096 after entities; room is left for markup and a late notice). */
  readonly maxLength?: number;
  /** What moved in the talks since the reader's previous brief (digest/changes.ts); shown first. */
  readonly changes?: readonly BriefChange[];
};

/** Lines of what changed since the previous brief. */
const MAX_CHANGES = 3;

/** The word that asks a chat command for the full digest instead of the brief, in the chat's language ("/digest 2026-02-05 كامل"). */
export const FULL_DIGEST_WORD: Readonly<Record<Lang, string>> = { ar: 'كامل', en: 'full' };

export const BRIEF_MAX_ITEMS = 10;
export const BRIEF_MAX_LENGTH = 3600;
/** A line of the day in three lines, and a quote inside an item, are cut to about this many characters. */
export const BRIEF_LINE_LENGTH = 200;
const QUOTE_LENGTH = 120;
/** Words a quote needs to say something on its own in a brief. */
const SAYS_SOMETHING_WORDS = 6;

const LABELS: Readonly<Record<Lang, { readonly title: string; readonly changes: string; readonly items: string; readonly full: string; readonly sources: string; readonly now: string; readonly was: string; readonly sinceDay: string }>> = {
  en: { title: 'Brief', changes: 'Since the last brief', items: 'What matters', full: 'Full digest', sources: 'Sources', now: 'now', was: 'was', sinceDay: 'since' },
  ar: { title: 'الموجز', changes: 'منذ الموجز السابق', items: 'أبرز ما ورد', full: 'الموجز الكامل', sources: 'المصادر', now: 'الآن', was: 'كانت', sinceDay: 'منذ' },
};

/** Tally categories a line of what changed names, after personnel. */
const MAX_TALLY_MOVES = 4;

/** One line of what changed. */
function changeLine(change: BriefChange, lang: Lang, options: TextOptions): string {
  const labels = LABELS[lang];
  switch (change.kind) {
    case 'tally': {
      const t = TEMPLATES[lang];
      const who = change.tally.side ? `${t.lossesOf} ${nameOf(change.tally.side, lang)}` : t.tally;
      const claimant = change.moves[0]?.row.claims[0];
      const per = claimant ? `${t.listSep}${perClaimant(claimant.claimant, claimant.claimantKind, lang)}` : '';
      const moves = change.moves.slice(0, MAX_TALLY_MOVES).map(({ row, by }, k) => {
        const now = k === 0 ? ` (${labels.now} ${formatNumber(row.claims[0]?.value ?? 0)})` : '';
        return `${metricLabel(row, lang)} +${formatNumber(by)}${now}`;
      });
      return `${who} ${labels.sinceDay} ${formatDay(change.since, lang)}${per}: ${moves.join(t.clauseSep)}`;
    }
    case 'new_round': return roundLine(change.round, lang, { sources: false, brief: true });
    case 'round_status': return `${roundLine(change.round, lang, { sources: false, brief: true })} (${labels.was}: ${ROUND_STATUS_LABELS[change.was][lang]})`;
    case 'new_outcome': return outcomeLine(change.outcome, lang, { ...options, sources: false });
    case 'next_step': return `${TEMPLATES[lang].nextStep}: ${nextStepLine(change.step, lang, { ...options, sources: false })}`;
    case 'new_position': {
      const was = change.was !== undefined ? ` (${labels.was}: ${STANCE_LABELS[change.was][lang]})` : '';
      return `${nameOf(change.party, lang)} — ${STANCE_LABELS[change.position.stance][lang]}: ${nameOf(change.position.issue, lang)}${was}`;
    }
  }
}

/** One candidate item: its line, how much it matters (lower first), how many reports tell it, and the digest's objects it tells. */
type Item = { readonly text: string; readonly rank: number; readonly reports: number; readonly stories: readonly number[]; readonly about: readonly object[] };

/** What matters first: talks outcomes and rounds, the tally, next steps, strikes and casualties, positions, statements, then earlier rounds recalled. */
const RANK = { outcome: 0, round: 1, tally: 1, nextStep: 2, figures: 3, otherSide: 4, position: 4, statement: 5, earlierRound: 6 } as const;

const length = (text: string): number => [...text].length;

/** `text` cut at a word to at most `max` characters, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (length(text) <= max) return text;
  const head = [...text].slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s،,؛;:.]+$/u, '')}…`;
}

const item = (text: string, rank: number, sources: Sources, about: object): Item => ({ text, rank, reports: sources.reports, stories: sources.stories, about: [about] });

/** Every line the brief could carry, before ranking. */
function candidates(digest: Digest, lang: Lang, options: TextOptions): Item[] {
  const items: Item[] = [];
  const talks = digest.sections !== 'figures';
  const figures = digest.sections !== 'talks';
  const { negotiations, battlefield } = digest;
  if (talks) {
    // An outcome that says nothing but its kind in this language ("Agreement — details in Arabic only") is left to the full digest.
    for (const outcome of negotiations.outcomes) if (outcomeSaysWhat(outcome, lang, options)) items.push(item(outcomeLine(outcome, lang, options), RANK.outcome, outcome.sources, outcome));
    const headlineRound = digest.headlines.find((h) => h.kind === 'round')?.round;
    for (const d of negotiations.developments) {
      if (d.kind !== 'round') continue;
      // The round the three lines tell, reported again in other words, is not said twice.
      if (headlineRound !== undefined && sameRoundTold(headlineRound, d.round)) continue;
      // A round that ended before the brief's days is recalled, not news.
      const earlier = (d.round.endDate ?? d.round.startDate ?? digest.since) < digest.since;
      items.push(item(roundLine(d.round, lang), earlier ? RANK.earlierRound : RANK.round, d.round.sources, d.round));
    }
    for (const step of negotiations.nextSteps) items.push(item(nextStepLine(step, lang, options), RANK.nextStep, step.sources, step));
    for (const entry of negotiations.positions) {
      const reports = Math.max(...entry.positions.map((p) => p.sources.reports));
      items.push({ text: partyPositionsLine(entry, lang), rank: RANK.position, reports, stories: [...new Set(entry.positions.flatMap((p) => p.sources.stories))], about: [entry] });
    }
    // A few quoted words ("رد فعل قوي") say less than a sentence: after the statements that say something.
    if (showsArabic(lang, options)) {
      for (const statement of digest.statements) {
        const rank = statement.quote.trim().split(/\s+/u).length < SAYS_SOMETHING_WORDS ? RANK.statement + 0.5 : RANK.statement;
        items.push(item(statementLine(clipQuote(statement), lang, options), rank, statement.sources, statement));
      }
    } else {
      // English: what a statement is about where that was read, then one line of who else spoke.
      for (const statement of digest.statements) {
        if (aboutLine(statement) !== undefined) items.push(item(statementLine(statement, lang, options), RANK.statement, statement.sources, statement));
      }
      const said = otherSpeakers(digest.statements.filter((statement) => aboutLine(statement) === undefined));
      if (said !== undefined) items.push(said);
    }
  }
  if (figures) {
    const { tally } = battlefield;
    const row = tally?.rows[0];
    if (tally && row) {
      const stories = [...new Set(row.claims.flatMap((claim) => claim.sources.stories))];
      items.push({ text: tallyRowLine(tally, row, lang), rank: RANK.tally, reports: Math.max(...row.claims.map((c) => c.sources.reports)), stories, about: [row] });
    }
    const groupItem = (groups: readonly FigureGroup[], rank: number, text: string): Item => {
      const claims = groups.flatMap((group) => group.claims);
      return { text, rank, reports: Math.max(...claims.map((c) => c.sources.reports)), stories: [...new Set(claims.flatMap((c) => c.sources.stories))], about: claims };
    };
    for (const group of battlefield.strikes) items.push(groupItem([group], RANK.figures, groupLine(group, lang)));
    for (const place of battlefield.casualties) {
      if (place.groups.length === 0) continue;
      items.push(groupItem(place.groups, RANK.figures, `${place.place ? nameOf(place.place, lang) : TEMPLATES[lang].noPlace}: ${groupsLine(place.groups, lang, { place: false })}`));
    }
    for (const group of battlefield.otherSideClaims) items.push(groupItem([group], RANK.otherSide, groupLine(group, lang)));
  }
  return items;
}

/**
 * The statements of an English brief nothing was read from, as one line of who spoke: "Also spoke
 * (words in Arabic only): Volodymyr Zelensky ×5, the Kremlin ×2, Yuri Ushakov". A translation would be
 * words nobody said.
 */
function otherSpeakers(statements: readonly StatementView[]): Item | undefined {
  if (statements.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const statement of statements) {
    const name = nameOf(statement.speaker, 'en');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const who = [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
  const stories = [...new Set(statements.flatMap((s) => s.sources.stories))].sort((a, b) => a - b);
  return {
    text: `Also spoke (words in Arabic only): ${who.join(', ')}`, rank: RANK.statement + 0.5,
    reports: Math.max(...statements.map((s) => s.sources.reports)), stories, about: [...statements],
  };
}

function clipQuote(statement: StatementView): StatementView {
  return { ...statement, quote: clip(statement.quote, QUOTE_LENGTH) };
}

/** Whether round `b` tells nothing the three lines' round `a` did not: the same venue, and days that meet (or none in `b`). */
function sameRoundTold(a: RoundView, b: RoundView): boolean {
  if (a.venue?.id === undefined || a.venue.id !== b.venue?.id) return false;
  if (b.startDate === undefined) return true;
  // A line that gives the days the three lines do not is more than a repeat.
  if (a.startDate === undefined) return false;
  return a.startDate <= (b.endDate ?? b.startDate) && b.startDate <= (a.endDate ?? a.startDate);
}

/** A line without its sources in parentheses at the end, to tell the same line twice. */
const withoutSources = (text: string): string => text.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[.]$/u, '').trim();

/** The digest's objects a line of the day in three lines tells: an item about any of them is not said again. */
function toldBy(headline: Headline): object[] {
  switch (headline.kind) {
    case 'round': return [headline.round, ...headline.outcomes];
    case 'tally': return [headline.row];
    case 'strike': return headline.intercepted ? [headline.launched, headline.intercepted] : [headline.launched];
    case 'casualties': return [...headline.claims];
    case 'outcome': return [headline.outcome];
    case 'next_step': return [headline.step];
  }
}

/** Items ranked: what matters most first, then the claim more outlets tell, then the order the digest gave. */
export function rankItems<T extends Pick<Item, 'rank' | 'reports'>>(items: readonly T[]): T[] {
  return items.map((value, index) => ({ value, index }))
    .sort((a, b) => a.value.rank - b.value.rank || b.value.reports - a.value.reports || a.index - b.index)
    .map(({ value }) => value);
}

/** Who told it: the outlet, else the host of its address, never a file path; the title's first words when nothing else names it. */
function outletOf(article: DigestArticle, lang: Lang): string | undefined {
  const publisher = publisherOf(article);
  if (publisher !== undefined) return publisher;
  // An Arabic title is no name for an English reader, and a page's stamp ("15.12.2025 08:52", "إعلان") no title.
  const title = article.title?.trim() ?? '';
  const words = title.split(/\s+/u).filter((word) => /\p{L}{2,}/u.test(word)).length;
  return words >= MIN_TITLE_WORDS && (lang === 'ar' || !ARABIC_LETTER.test(title)) ? `«${clip(title, 40)}»` : undefined;
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u;
/** Words of letters a title needs to name an article (not a date stamp or a single boilerplate word). */
const MIN_TITLE_WORDS = 3;

/**
 * "#1 AFP — #2 reuters.com": the stories the items cite, by who told them, each outlet's name a link
 * to its article where the article has a web address.
 */
function sourcesLine(stories: readonly Story[], cited: ReadonlySet<number>, lang: Lang): Block | undefined {
  const links: Link[] = [];
  // A story nothing names (a file with no outlet and no title) is left out: a bare number tells nothing.
  const parts = stories.filter((story) => cited.has(story.number)).flatMap((story) => {
    const outlets = new Map<string, string | undefined>();
    for (const article of story.articles) {
      const outlet = outletOf(article, lang);
      if (outlet !== undefined && outlets.get(outlet) === undefined) outlets.set(outlet, webAddressOf(article));
    }
    if (outlets.size === 0) return [];
    for (const [outlet, url] of outlets) if (url !== undefined) links.push({ text: outlet, url });
    return [`#${story.number} ${[...outlets.keys()].join(TEMPLATES[lang].listSep)}`];
  });
  if (parts.length === 0) return undefined;
  const text = `${LABELS[lang].sources}: ${parts.join(' — ')}`;
  return links.length > 0 ? { kind: 'paragraph', text, links } : { kind: 'paragraph', text };
}

/** Characters of blocks as a reader sees them (the plain text), for the length budget. */
function visibleLength(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.kind === 'list') total += block.items.reduce((sum, text) => sum + length(text) + 3, 0);
    else if (block.kind === 'table') total += block.rows.reduce((sum, row) => sum + row.reduce((s, cell) => s + length(cell) + 3, 0), 0);
    else total += length(block.text) + 2;
  }
  return total;
}

/** The brief of a digest as blocks in one language (see the module comment). */
export function briefBlocks(digest: Digest, lang: Lang, options: BriefOptions): Block[] {
  const labels = LABELS[lang];
  const maxItems = options.maxItems ?? BRIEF_MAX_ITEMS;
  const maxLength = options.maxLength ?? BRIEF_MAX_LENGTH;
  const talks = digest.sections !== 'figures';
  const figures = digest.sections !== 'talks';
  const text: TextOptions = options.arabicQuotes === undefined ? {} : { arabicQuotes: options.arabicQuotes };
  // A round's line names its first outcome that says something in this language; the others are items of their own.
  const shown = digest.headlines
    .filter((h) => (h.kind === 'tally' || h.kind === 'strike' || h.kind === 'casualties' ? figures : talks))
    .map((h) => (h.kind === 'round' ? { ...h, outcomes: h.outcomes.filter((o) => outcomeSaysWhat(o, lang, text)).slice(0, 1) } : h));
  const headlines = shown.map((h) => clip(headlineText(h, lang, text), BRIEF_LINE_LENGTH));
  const told = new Set(shown.flatMap(toldBy));
  const changes = (options.changes ?? [])
    .filter((change) => (change.kind === 'tally' ? figures : talks))
    .map((change) => changeLine(change, lang, text))
    .slice(0, MAX_CHANGES)
    .map((line) => clip(line, BRIEF_LINE_LENGTH));
  const head: Block[] = [
    { kind: 'title', text: `${labels.title} — ${formatRange(digest.since, digest.until, lang) ?? digest.until}` },
    // After what changed, the day's lines under their own heading, so the two lists do not run together.
    ...(changes.length > 0 ? [{ kind: 'heading', text: labels.changes } as const, { kind: 'list', items: changes } as const, { kind: 'heading', text: TEMPLATES[lang].threeLines } as const] : []),
    headlines.length > 0 ? { kind: 'list', items: headlines } : { kind: 'paragraph', text: TEMPLATES[lang].nothing },
  ];
  const full: Block = { kind: 'paragraph', text: `${labels.full}: ${options.fullDigest}` };
  const chosen: Item[] = [];
  // What changed is not said again as an item.
  const seen = new Set<string>(changes);
  for (const candidate of rankItems(candidates(digest, lang, text))) {
    if (chosen.length >= maxItems) break;
    const key = withoutSources(candidate.text);
    if (candidate.about.some((about) => told.has(about)) || seen.has(key)) continue;
    const next = [...chosen, candidate];
    if (visibleLength(layout(head, next, digest.stories, full, lang)) > maxLength) continue;
    seen.add(key);
    chosen.push(candidate);
  }
  return layout(head, chosen, digest.stories, full, lang);
}

function layout(head: readonly Block[], items: readonly Item[], stories: readonly Story[], full: Block, lang: Lang): Block[] {
  const blocks: Block[] = [...head];
  if (items.length > 0) blocks.push({ kind: 'heading', text: LABELS[lang].items }, { kind: 'list', items: items.map((i) => i.text) });
  const sources = sourcesLine(stories, new Set(items.flatMap((i) => i.stories)), lang);
  if (sources !== undefined) blocks.push(sources);
  blocks.push(full);
  return blocks;
}
