/** The talks status and the figures status laid out as blocks in one language. */
import type { FiguresStatus, Lang, TalksStatus } from '../digest/types.ts';
import type { Block } from './document.ts';
import { tallyBlocks } from './figure-phrases.ts';
import { formatDay } from './format.ts';
import { TEMPLATES } from './labels.ts';
import {
  delegationLine, nextStepLine, outcomeLine, partyPositionsLine, roundLine, stickingPointLine, storyLines,
} from './talks-phrases.ts';

function section(title: string, items: readonly string[]): Block[] {
  return items.length > 0 ? [{ kind: 'heading', text: title }, { kind: 'list', items }] : [];
}

/** Talks status: the latest round and its delegations first, then the timeline, outcomes, positions and what comes next. */
export function talksStatusBlocks(status: TalksStatus, lang: Lang): Block[] {
  const t = TEMPLATES[lang];
  const latest = status.latestRound;
  return [
    { kind: 'title', text: `${t.talksTitle} — ${t.asOf} ${formatDay(status.asOf, lang)}` },
    { kind: 'heading', text: t.latestRound },
    latest
      ? { kind: 'list', items: [roundLine(latest, lang), ...latest.delegations.map((d) => delegationLine(d, lang))] }
      : { kind: 'paragraph', text: t.noRound },
    ...section(t.earlierRounds, status.earlierRounds.map((r) => roundLine(r, lang))),
    ...section(t.delegations, status.delegations.map((d) => delegationLine(d, lang))),
    ...section(t.outcomesSoFar, status.outcomes.map((o) => outcomeLine(o, lang))),
    ...section(t.positions, status.positions.map((p) => partyPositionsLine(p, lang))),
    ...section(t.stickingPoints, status.stickingPoints.map((p) => stickingPointLine(p, lang))),
    ...section(t.nextStep, status.nextSteps.map((s) => nextStepLine(s, lang))),
    ...section(t.sources, storyLines(status.stories, lang)),
  ];
}

/** Figures status: the latest tally with its changes, and the articles it comes from. */
export function figuresStatusBlocks(status: FiguresStatus, lang: Lang): Block[] {
  const t = TEMPLATES[lang];
  return [
    { kind: 'title', text: `${t.figuresTitle} — ${t.asOf} ${formatDay(status.asOf, lang)}` },
    ...(status.tally ? tallyBlocks(status.tally, lang) : [{ kind: 'paragraph', text: t.noTally } as const]),
    ...section(t.sources, storyLines(status.stories, lang)),
  ];
}
