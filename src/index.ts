/**
 * The public surface of src/: the only module bots/ imports, and mujaz's API as a library. Grouped by
 * who needs it; anything not listed here is an internal of the engine and may change.
 */

// ── The engine: articles in, attributed facts, digests and statuses out ─────────────────────────────
export { createEngine, type Engine, type EngineParts, type Lang } from './engine/engine.ts';
export type { Digest, DigestSections, FiguresStatus, TalksStatus } from './digest/index.ts';
export { russiaUkrainePack } from './packs/russia-ukraine/index.ts';
export { DEFAULT_PACK_ID, PACK_IDS, packById } from './packs/registry.ts';
export type { Pack } from './packs/schema.ts';

// ── Rendering: platform-neutral blocks, which each adapter renders in its own format ───────────────
export { segmentsOf, type Block } from './render/document.ts';
export { digestBlocks } from './render/digest-blocks.ts';
export { briefBlocks, FULL_DIGEST_WORD, type BriefOptions } from './render/brief-blocks.ts';
export { figuresStatusBlocks, talksStatusBlocks } from './render/status-blocks.ts';
export { TEMPLATES } from './render/labels.ts';
export type { TextOptions } from './render/format.ts';
export { renderBriefMarkdown, renderBriefText, renderDigestMarkdown, renderDigestText, renderFiguresStatusMarkdown, renderFiguresStatusText, renderTalksStatusMarkdown, renderTalksStatusText } from './render/index.ts';

// ── The store: every port, opened together (SQLite is the embedded default) ─────────────────────────────────────────────────────────
export { openBackend, type Backend } from './store/backend.ts';
export type { ArticleStore } from './store/article-store.ts';
export type { FactStore, PackFactStore } from './store/fact-store.ts';
export type { FeedStore } from './store/feed-store.ts';
export type { BriefingDetail, BriefingSections, DeliveryStore, SubscriptionDraft, SubscriptionStore } from './store/subscription-store.ts';

// ── For adapters: what users type, scheduled briefings, delivery, and the contract `mujaz serve` runs ─
export {
  parseArguments, parseRequest, questionText, REQUEST_COMMANDS,
  type GrammarOptions, type Question, type Request, type RequestCommand, type RequestParse, type RequestProblem,
} from './schedule/request-grammar.ts';
export { briefingBlocks, createDigestBriefingComposer, renderBriefingText } from './engine/briefing-composer.ts';
export type * from './schedule/ports.ts';
export { resolveTimeZone } from './schedule/time-zone.ts';
export { nextDueAt, subscriptionView, wallClock, type SubscriptionView } from './schedule/subscription-view.ts';
export { dueInstant, localDateOf, addDays as addCalendarDays } from './schedule/zoned-time.ts';
export type { RouteHandler } from './schedule/ops-server.ts';
export type { Adapter, AdapterParts, DeliveryWiring } from './cli/serve-command.ts';
export { runCli } from './cli/main.ts';

// ── Configuration, logging and errors ───────────────────────────────────────────────────────────────
export { loadConfig, type MujazConfig } from './config/config.ts';
export { httpUrl, isSecureOrLocal } from './config/http-url.ts';
export { createLogger, scrubSecrets, silentLogger, type Logger, type LogFields } from './log.ts';
export * from './errors.ts';
