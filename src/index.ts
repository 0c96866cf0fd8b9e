/**
 * The public surface of the engine: the only module bots/ imports. Adapters get the engine,
 * the renderers, the configuration, the scheduling ports and the error hierarchy from here.
 */
export { loadConfig, type MujazConfig } from './config/config.ts';
export * from './errors.ts';
export { createEngine, type Engine, type EngineParts, type Lang } from './engine/engine.ts';
export { briefingBlocks, briefOptionsOf, createDigestBriefingComposer, digestOfBriefing, isFullBriefing, renderBriefingText, textOptionsOf, type BriefingContent, type BriefingDetail } from './engine/briefing-composer.ts';
export type { Digest, DigestSections, FiguresStatus, TalksStatus } from './digest/index.ts';
export * from './render/index.ts';
export { segmentsOf, type Block } from './render/document.ts';
export { digestBlocks } from './render/digest-blocks.ts';
export { briefBlocks, FULL_DIGEST_WORD, BRIEF_LINE_LENGTH, BRIEF_MAX_ITEMS, BRIEF_MAX_LENGTH, type BriefOptions } from './render/brief-blocks.ts';
export { figuresStatusBlocks, talksStatusBlocks } from './render/status-blocks.ts';
export { TEMPLATES } from './render/labels.ts';
export { russiaUkrainePack } from './packs/russia-ukraine/index.ts';
export { DEFAULT_PACK_ID, PACK_IDS, packById } from './packs/registry.ts';
export type { Pack } from './packs/schema.ts';
export { createSqliteArticleStore, openSqliteDatabase } from './store/sqlite/sqlite-store.ts';
export { createSqliteFactStore } from './store/sqlite/sqlite-fact-store.ts';
export type * from './schedule/ports.ts';
export { splitMessage, nothingNewLine, lateNotice } from './schedule/briefing-text.ts';
export { isCalendarDate } from './ingest/article-file.ts';
export type { BriefingLanguage, BriefingSections, SubscriptionDraft, SubscriptionStore } from './store/subscription-store.ts';
export { briefingChoiceOf, DETAIL_WORDS, QUOTES_WORDS } from './schedule/briefing-choices.ts';
export { languageWordOf, sectionsWordOf, timeWordOf, toAsciiDigits } from './schedule/request-words.ts';
export {
  parseArguments, parseRequest, questionText, REQUEST_COMMANDS,
  type GrammarOptions, type Question, type Request, type RequestCommand, type RequestParse, type RequestProblem,
} from './schedule/request-grammar.ts';
export { resolveLocalTime, resolveTimeZone, suggestTimeZone } from './schedule/time-zone.ts';
export { dueInstant, localDateOf, addDays as addCalendarDays } from './schedule/zoned-time.ts';
export { createLogger, scrubSecrets, silentLogger, type Logger, type LogFields } from './log.ts';
export type { RouteHandler } from './schedule/ops-server.ts';
export { editDistance } from './schedule/time-zone.ts';
export { runCli } from './cli/main.ts';
export type { Adapter, AdapterParts, DeliveryWiring } from './cli/serve-command.ts';
export { httpUrl, isSecureOrLocal } from './config/http-url.ts';
