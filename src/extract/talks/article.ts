/**
 * An article as every talks reader after the rounds sees it (delegations, outcomes, positions, next
 * steps): its sentences read once, the rounds found in them, and the day it is read from. Apart from
 * talks/sentence.ts, so the sentence readers never depend on the round readers built on them.
 */
import type { ArticleView, ExtractionContext } from '../sentence/article-view.ts';
import type { TalksLexicon } from './lexicon.ts';
import type { ArticleFrame } from './round-mentions.ts';
import type { RoundReading } from './rounds.ts';
import type { TalksSentence } from './sentence.ts';

/** An article as every talks reader after the rounds sees it. */
export type TalksArticle = {
  readonly view: ArticleView;
  readonly context: ExtractionContext;
  readonly lexicon: TalksLexicon;
  /** Title first, then the body, in order. */
  readonly sentences: readonly TalksSentence[];
  readonly reading: RoundReading;
  readonly frame: ArticleFrame;
};

