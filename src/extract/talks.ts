/**
 * Talks facts from one article: rounds, delegations, outcomes, positions, sticking points and next
 * steps (statements are read by statements.ts). Each sentence is scanned once for every talks cue
 * (talks-sentence.ts); rounds are read first, because what a sentence says about delegations and
 * outcomes depends on whether it tells of this round, of earlier talks, or of a meeting of two people.
 */
import { evidenceOf, type ArticleView, type ExtractionContext } from './article-view.ts';
import type { TalksFact } from './facts.ts';
import { readDelegations } from './talks-delegations.ts';
import { talksLexiconOf } from './talks-lexicon.ts';
import { readNextSteps, readOutcomes } from './talks-outcomes.ts';
import { readPositions, readStickingPoints } from './talks-positions.ts';
import { readRoundMentions, type ArticleFrame } from './talks-round-mentions.ts';
import { gatherRounds } from './talks-rounds.ts';
import { readSentence } from './talks-sentence.ts';

/**
 * Every talks fact an article states, with its evidence. Use on any article: one with no talks cue
 * costs a single scan per sentence and yields nothing.
 */
export function extractTalks(view: ArticleView, context: ExtractionContext): TalksFact[] {
  const lexicon = talksLexiconOf(context.pack);
  const views = view.title ? [view.title, ...view.sentences] : view.sentences;
  const sentences = views.map((sentence) => readSentence(lexicon, sentence));
  const reference = view.article.publishedDate;
  const frame: ArticleFrame = reference !== undefined ? { reference } : {};
  const lead = new Set(sentences.slice(0, view.title ? 2 : 1));
  const reading = gatherRounds(sentences.map((sentence) => {
    const { mentions, people } = readRoundMentions(lexicon, sentence, frame);
    return { sentence, mentions, people };
  }), reference, lead, lexicon.unions);
  const facts: TalksFact[] = reading.rounds.map(({ sentence, ...round }) => ({ ...round, evidence: evidenceOf(view, sentence.view) }));
  const article = { view, context, lexicon, sentences, reading, frame };
  return facts.concat(readDelegations(article), readOutcomes(article), readPositions(article), readStickingPoints(article), readNextSteps(article));
}
