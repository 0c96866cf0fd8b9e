/**
 * Talks facts from one article: rounds, delegations, outcomes, positions, sticking points and next
 * steps (statements are read by statements.ts). Each sentence is scanned once for every talks cue
 * (talks/sentence.ts); rounds are read first, because what a sentence says about delegations and
 * outcomes depends on whether it tells of this round, of earlier talks, or of a meeting of two people.
 */
import { evidenceOf, type ArticleView, type ExtractionContext } from '../sentence/article-view.ts';
import type { TalksFact } from '../facts.ts';
import { readDelegations } from './delegations.ts';
import { talksLexiconOf } from './lexicon.ts';
import { readNextSteps, readOutcomes } from './outcomes.ts';
import { readPositions, readStickingPoints } from './positions.ts';
import { readRoundMentions, type ArticleFrame } from './round-mentions.ts';
import { gatherRounds } from './rounds.ts';
import { readSentence } from './sentence.ts';

const ARABIC_WORD = /[\u0621-\u064a]/u;
/** Words a sentence needs to be the article's lead. */
const LEAD_WORDS = 5;

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
  // The title and the first sentence of news: page debris before it ("[ad_1]", an outlet's name) is no lead.
  const first = sentences.slice(view.title ? 1 : 0).find((ts) => ts.words.words.filter((word) => !word.punct && ARABIC_WORD.test(word.text)).length >= LEAD_WORDS);
  const lead = new Set([...(view.title ? [sentences[0]!] : []), ...(first ? [first] : [])]);
  const reading = gatherRounds(sentences.map((sentence) => {
    const { mentions, people } = readRoundMentions(lexicon, sentence, frame);
    return { sentence, mentions, people };
  }), reference, lead, lexicon.unions);
  const facts: TalksFact[] = reading.rounds.map(({ sentence, ...round }) => ({ ...round, evidence: evidenceOf(view, sentence.view) }));
  const article = { view, context, lexicon, sentences, reading, frame };
  return facts.concat(readDelegations(article), readOutcomes(article), readPositions(article), readStickingPoints(article), readNextSteps(article));
}
