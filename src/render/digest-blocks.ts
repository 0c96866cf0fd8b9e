/**
 * The daily digest laid out as blocks in one language: the day in three lines, negotiations,
 * battlefield, statements and sources, each section saying so when it has nothing.
 */
import type { Battlefield, Digest, Headline, Lang, Negotiations } from '../digest/types.ts';
import type { Block } from './document.ts';
import { claimsText, figureSubject, groupLine, groupsLine, tallyBlocks, tallyRowLine, valueLine } from './figure-phrases.ts';
import { formatRange, nameOf, perClaimant, type TextOptions } from './format.ts';
import { TEMPLATES } from './labels.ts';
import {
  delegationLine, nextStepLine, outcomeLine, outcomeSaysWhat, partyPositionsLine, roundLine, statementLines, stickingPointLine, storyLines,
} from './talks-phrases.ts';

const endWith = (text: string, lang: Lang): string => (/[.!?؟»)]$/.test(text) ? text : `${text}${TEMPLATES[lang].stop}`);

/** One line of "the day in three lines". */
export function headlineText(headline: Headline, lang: Lang, options: TextOptions = {}): string {
  const t = TEMPLATES[lang];
  switch (headline.kind) {
    case 'round': {
      // In the day's three lines, an outcome that says nothing but its kind in this language is left to the sections below.
      const outcomes = headline.outcomes.filter((o) => outcomeSaysWhat(o, lang, options)).map((o) => outcomeLine(o, lang, { ...options, sources: false }));
      const tail = outcomes.length > 0 ? `${t.clauseSep}${t.outcomes}: ${outcomes.join(t.clauseSep)}` : '';
      return endWith(`${t.talks}: ${roundLine(headline.round, lang, { sources: false, brief: true })}${tail}`, lang);
    }
    case 'tally':
      return endWith(tallyRowLine(headline.tally, headline.row, lang), lang);
    case 'strike': {
      const { launched, intercepted } = headline;
      const sameClaimant = intercepted !== undefined && (intercepted.claimant.id ?? intercepted.claimant.asWritten) === (launched.claimant.id ?? launched.claimant.asWritten);
      const first = `${valueLine(launched, lang)}${sameClaimant || !intercepted ? '' : `${t.listSep}${perClaimant(launched.claimant, launched.claimantKind, lang)}`}`;
      const second = intercepted ? `${t.clauseSep}${valueLine(intercepted, lang)}` : '';
      const last = intercepted ?? launched;
      return endWith(`${t.strikes}: ${first}${second}${t.listSep}${perClaimant(last.claimant, last.claimantKind, lang)}`, lang);
    }
    case 'casualties': {
      const parts = headline.claims.map((c) => `${figureSubject(c, lang, { place: false })}: ${claimsText({ claims: [c], conflicting: false }, lang)}`);
      return endWith(`${t.casualties} — ${nameOf(headline.place, lang)}: ${parts.join(t.clauseSep)}`, lang);
    }
    case 'outcome':
      return endWith(`${t.outcome}: ${outcomeLine(headline.outcome, lang, { ...options, sources: false })}`, lang);
    case 'next_step':
      return endWith(`${t.nextStep}: ${nextStepLine(headline.step, lang, { ...options, sources: false })}`, lang);
  }
}

function listOrNothing(items: readonly string[], lang: Lang): Block {
  return items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: TEMPLATES[lang].nothing };
}

/** The negotiations section (shared with nothing else: the talks status has its own layout). */
export function negotiationBlocks(negotiations: Negotiations, lang: Lang, options: TextOptions = {}): Block[] {
  const t = TEMPLATES[lang];
  const developments = negotiations.developments.map((d) => (d.kind === 'round' ? roundLine(d.round, lang) : outcomeLine(d.outcome, lang, options)));
  const blocks: Block[] = [{ kind: 'heading', text: t.negotiations }];
  const sections: [string, string[]][] = [
    [t.developments, developments],
    [t.delegations, negotiations.delegations.map((d) => delegationLine(d, lang))],
    [t.positions, negotiations.positions.map((p) => partyPositionsLine(p, lang))],
    [t.stickingPoints, negotiations.stickingPoints.map((p) => stickingPointLine(p, lang))],
    [t.nextStep, negotiations.nextSteps.map((s) => nextStepLine(s, lang, options))],
  ];
  if (sections.every(([, items]) => items.length === 0)) return [...blocks, listOrNothing([], lang)];
  for (const [title, items] of sections) if (items.length > 0) blocks.push({ kind: 'subheading', text: title }, { kind: 'list', items });
  return blocks;
}

/** The battlefield section: tally table, strikes, casualties by place, the other side's claims, other figures. */
export function battlefieldBlocks(battlefield: Battlefield, lang: Lang): Block[] {
  const t = TEMPLATES[lang];
  const blocks: Block[] = [{ kind: 'heading', text: t.battlefield }];
  if (battlefield.tally) blocks.push(...tallyBlocks(battlefield.tally, lang));
  const sections: [string, string[]][] = [
    [t.strikes, battlefield.strikes.map((g) => groupLine(g, lang))],
    [t.casualties, battlefield.casualties.map((p) => `${p.place ? nameOf(p.place, lang) : t.noPlace}: ${groupsLine(p.groups, lang, { place: false })}`)],
    [t.otherSide, battlefield.otherSideClaims.map((g) => groupLine(g, lang))],
    [t.otherFigures, battlefield.otherFigures.map((g) => groupLine(g, lang))],
  ];
  if (!battlefield.tally && sections.every(([, items]) => items.length === 0)) return [...blocks, listOrNothing([], lang)];
  for (const [title, items] of sections) if (items.length > 0) blocks.push({ kind: 'subheading', text: title }, { kind: 'list', items });
  return blocks;
}

/** The whole digest as blocks; English shows the articles' Arabic words only with `arabicQuotes`. */
export function digestBlocks(digest: Digest, lang: Lang, options: TextOptions = {}): Block[] {
  const t = TEMPLATES[lang];
  const talks = digest.sections !== 'figures';
  const figures = digest.sections !== 'talks';
  const headlines = digest.headlines.filter((h) => (h.kind === 'tally' || h.kind === 'strike' || h.kind === 'casualties' ? figures : talks));
  return [
    { kind: 'title', text: `${t.digestTitle} — ${formatRange(digest.since, digest.until, lang) ?? digest.until}` },
    { kind: 'heading', text: t.threeLines },
    listOrNothing(headlines.map((h) => headlineText(h, lang, options)), lang),
    ...(talks ? negotiationBlocks(digest.negotiations, lang, options) : []),
    ...(figures ? battlefieldBlocks(digest.battlefield, lang) : []),
    ...(talks ? [{ kind: 'heading', text: t.statements } as const, listOrNothing(statementLines(digest.statements, lang, options), lang)] : []),
    { kind: 'heading', text: t.sources },
    listOrNothing(storyLines(digest.stories, lang, options), lang),
  ];
}
