/**
 * What the Slack app shows from the engine: answers to questions (status, digest) and scheduled
 * briefings, as Block Kit messages. All of it goes through the one renderer in
 * slack-blocks.ts, so every article word is escaped and Arabic reads right-to-left.
 */
import { briefBlocks, briefingBlocks, digestBlocks, FULL_DIGEST_WORD, figuresStatusBlocks, talksStatusBlocks, type Block, type Briefing, type Engine, type Lang } from '../../src/index.ts';
import { toSlackMessages, type SlackMessage } from './slack-blocks.ts';
import type { Question } from './grammar.ts';
import { noNewsReply } from './messages.ts';

/** How a channel asks for a day's full digest, as the brief's last line tells it. */
function fullDigestCommand(command: string, day: string, lang: Lang): string {
  return `${command} digest ${day} ${FULL_DIGEST_WORD[lang]}`;
}

/** How a language lays out: Arabic lines carry a right-to-left mark. */
export function slackLayout(lang: Lang, maxBlocks = 50): { direction: 'rtl' | 'ltr'; maxBlocks: number } {
  return { direction: lang === 'ar' ? 'rtl' : 'ltr', maxBlocks };
}

/** The answer to a question as messages (room left for one block each), or a short reply when there is nothing to show. */
export async function answerQuestion(
  engine: Engine, question: Question, lang: Lang, today: string, command = '/briefing',
): Promise<{ readonly messages: SlackMessage[] } | { readonly reply: SlackMessage }> {
  let blocks: Block[];
  if (question.kind === 'status') {
    blocks = [
      ...(question.topic !== 'figures' ? talksStatusBlocks(await engine.talksStatus(today), lang) : []),
      ...(question.topic !== 'talks' ? figuresStatusBlocks(await engine.figuresStatus(today), lang) : []),
    ];
  } else {
    const days = await engine.newsDays();
    const day = question.day ?? days.find((known) => known <= today) ?? days[0];
    if (day === undefined || !days.includes(day)) return { reply: noNewsReply(day, days, lang) };
    const digest = { ...(await engine.digest({ since: day, until: day }, lang)), sections: question.sections ?? 'all' };
    // The brief unless the full digest is asked for; the brief says how to ask.
    const text = question.arabicQuotes === true ? { arabicQuotes: true } : {};
    blocks = question.full ? digestBlocks(digest, lang, text) : briefBlocks(digest, lang, { fullDigest: fullDigestCommand(command, day, lang), ...text });
  }
  return { messages: toSlackMessages(blocks, slackLayout(lang, 49)) };
}

/**
 * A scheduled briefing as Slack messages: the late notice first when it is late, then the brief of
 * its digest, which says how to ask `command` for the full one (or the one-line nothing-new
 * notice). The first message goes to the channel, the rest (if any) to its thread.
 */
export function briefingMessages(briefing: Briefing, command = '/briefing'): SlackMessage[] {
  const blocks = briefingBlocks(briefing, (digest) => fullDigestCommand(command, digest.until, briefing.lang));
  return toSlackMessages(blocks, slackLayout(briefing.lang));
}
