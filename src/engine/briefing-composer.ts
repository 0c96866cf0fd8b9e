import { tallyMove, talksChanges, type BriefChange } from '../digest/changes.ts';
import type { Digest } from '../digest/index.ts';
import { briefBlocks, type BriefOptions, type TextOptions } from '../render/index.ts';
import { digestBlocks } from '../render/digest-blocks.ts';
import { toPlainText, type Block } from '../render/document.ts';
import type { Briefing, BriefingComposer } from '../schedule/ports.ts';
import { lateNotice, nothingNewLine } from '../schedule/briefing-text.ts';
import type { Engine } from './engine.ts';

import type { BriefingDetail } from '../store/subscription-store.ts';

export type { BriefingDetail } from '../store/subscription-store.ts';

/**
 * What a briefing carries for the adapters to render: the digest of the news days it covers, how much
 * of it to show, whether an English one shows the Arabic quotes, and what moved in the talks since the
 * previous briefing.
 */
export type BriefingContent = {
  readonly digest: Digest;
  readonly detail?: BriefingDetail;
  readonly arabicQuotes?: true;
  readonly changes?: readonly BriefChange[];
};

/** A briefing's content as the digest composer wrote it (any field may be missing: nothing-new, another composer, an older outbox row). */
function contentOf(briefing: Briefing): Partial<BriefingContent> {
  const content = briefing.content as Partial<BriefingContent> | null | undefined;
  return content !== null && typeof content === 'object' ? content : {};
}

/** The brief's options for a briefing: how to ask for the full digest, what changed since the previous briefing, and the Arabic quotes if asked for. */
export function briefOptionsOf(briefing: Briefing, fullDigest: string): BriefOptions {
  const { changes } = contentOf(briefing);
  return { fullDigest, ...(Array.isArray(changes) && changes.length > 0 ? { changes } : {}), ...textOptionsOf(briefing) };
}

/** What a briefing's English shows of the articles' Arabic words (the subscription's choice). */
export function textOptionsOf(briefing: Briefing): TextOptions {
  return contentOf(briefing).arabicQuotes === true ? { arabicQuotes: true } : {};
}

/** The digest inside a briefing composed by `createDigestBriefingComposer` (undefined for nothing-new). */
export function digestOfBriefing(briefing: Briefing): Digest | undefined {
  return contentOf(briefing).digest ?? undefined;
}

/** Whether a briefing shows its digest in full; the brief otherwise (and for content stored before there was a choice). */
export function isFullBriefing(briefing: Briefing): boolean {
  return contentOf(briefing).detail === 'full';
}

/**
 * Briefings from the digest engine: everything new since the subscription's last delivered
 * briefing — the news days after `coveredUntil` up to the briefing's day — or, for a first
 * briefing, the latest news day. A news day is a day articles are dated, so an article dated
 * into an already-covered day is not sent again.
 */
export function createDigestBriefingComposer(engine: Engine, options: { readonly detail?: BriefingDetail } = {}): BriefingComposer {
  return async (request) => {
    const { subscription, coveredUntil, briefingDay, late } = request;
    // The subscription's own choice first, then the deployment's default.
    const detail = subscription.detail ?? options.detail ?? 'brief';
    const quotes = subscription.arabicQuotes === true && subscription.language === 'en' ? { arabicQuotes: true as const } : {};
    const base = { lang: subscription.language, sections: subscription.sections, late } as const;
    const days = (await engine.newsDays()).filter((day) => day <= briefingDay);
    const fresh = coveredUntil ? days.filter((day) => day > coveredUntil) : days.slice(0, 1);
    if (fresh.length === 0) return { ...base, nothingNew: true, content: null, ...(coveredUntil ? { coveredUntil } : {}) };
    const since = fresh[fresh.length - 1]!;
    const until = fresh[0]!;
    const digest = await engine.digest({ since, until }, subscription.language);
    // What moved since the previous briefing's last news day (a first briefing has none to compare).
    const changes: BriefChange[] = [];
    if (coveredUntil !== undefined) {
      changes.push(...talksChanges(await engine.talksStatus(coveredUntil), await engine.talksStatus(until)));
      const moved = tallyMove(await engine.figuresStatus(coveredUntil), await engine.figuresStatus(until));
      if (moved) changes.push(moved);
    }
    const content: BriefingContent = { digest: { ...digest, sections: subscription.sections }, detail, ...quotes, ...(changes.length > 0 ? { changes } : {}) };
    return { ...base, nothingNew: false, coveredUntil: until, content };
  };
}

/** The command that prints the full digest of a window of days (`program` as the reader runs it: `mujaz`, `npx mujaz`). */
export function cliFullDigest(window: { readonly since: string; readonly until: string }, program = 'mujaz'): string {
  const span = window.since === window.until ? `--date ${window.until}` : `--since ${window.since} --until ${window.until}`;
  return `${program} digest ${span} --full`;
}

/** A briefing as plain text: the same blocks Telegram and Slack send (briefingBlocks), for the console platform and `mujaz briefing`. */
export function renderBriefingText(briefing: Briefing): string {
  return toPlainText(briefingBlocks(briefing, (digest) => cliFullDigest(digest))).trimEnd();
}

/**
 * The blocks every platform sends for a briefing: the late notice first when it is late; then the
 * nothing-new line, the full digest, or the brief, whose last line is `fullDigest(digest)` (how this
 * platform asks for the full one); or, from a composer other than the digest one, its text in
 * paragraphs. Telegram and Slack both send these, each through its own renderer.
 */
export function briefingBlocks(briefing: Briefing, fullDigest: (digest: Digest) => string): Block[] {
  const late: Block[] = briefing.late ? [{ kind: 'paragraph', text: lateNotice(briefing.lang) }] : [];
  if (briefing.nothingNew) return [...late, { kind: 'paragraph', text: nothingNewLine(briefing.lang) }];
  const digest = digestOfBriefing(briefing);
  if (digest) {
    const body = isFullBriefing(briefing)
      ? digestBlocks(digest, briefing.lang, textOptionsOf(briefing))
      : briefBlocks(digest, briefing.lang, briefOptionsOf(briefing, fullDigest(digest)));
    return [...late, ...body];
  }
  const { content } = briefing;
  const text = typeof content === 'string' ? content : content === null || content === undefined ? '' : JSON.stringify(content, null, 2);
  const paragraphs = text.split(/\n\s*\n/u).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  return [...late, ...paragraphs.map((paragraph) => ({ kind: 'paragraph', text: paragraph }) as const)];
}
