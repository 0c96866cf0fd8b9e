/**
 * The two ports the scheduler is built around. The digest engine implements BriefingComposer
 * (what a briefing says); each platform adapter implements DeliveryPort (how it gets there).
 * The scheduler never looks inside a briefing's content and never knows a platform's API.
 */
import type { BriefingLanguage, BriefingSections, Destination, Platform, Subscription } from '../store/subscription-store.ts';

/** Re-exported so an adapter needs only this module. */
export type { Destination, Platform, Subscription } from '../store/subscription-store.ts';

/** What the scheduler asks the composer for one subscription's briefing. */
export type BriefingRequest = {
  readonly subscription: Subscription;
  /** The subscriber's local day this briefing is for (`YYYY-MM-DD`); a late one keeps its own day. */
  readonly briefingDay: string;
  /** Last news day covered by this subscription's previous delivered briefing (none before the first). */
  readonly coveredUntil?: string;
  readonly asOf: Date;
  /** Sent after its time because mujaz was down or the platform refused for a while. */
  readonly late: boolean;
};

/** What the composer answers: the content (opaque here) and what it covers. */
export type Briefing = {
  /** The newest news day this briefing covers; the next one starts after it. */
  readonly coveredUntil?: string;
  /** True when there is nothing new since the request's coveredUntil. */
  readonly nothingNew: boolean;
  readonly lang: BriefingLanguage;
  readonly sections: BriefingSections;
  readonly late: boolean;
  /** The engine's structured digest model, opaque to the scheduler. */
  readonly content: unknown;
};

/** Compose what a subscription should receive now; the digest engine implements this. */
export type BriefingComposer = (request: BriefingRequest) => Promise<Briefing>;

/** One message of a briefing. JSON-serializable: it is stored so a resume re-sends exactly this. */
export type DeliveryPart = { readonly body: string; readonly payload?: unknown };

/** How a platform answered one message, classified so the worker knows to go on, wait, retry or stop. */
export type SendOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'retry_after'; readonly seconds: number; readonly reason: string }
  | { readonly kind: 'transient'; readonly reason: string }
  /**
   * Will not succeed by retrying. `scope: 'platform'` (a revoked token) is the bot's problem, not
   * the subscriber's: the row waits and no subscription is paused.
   */
  | { readonly kind: 'permanent'; readonly reason: string; readonly scope?: 'destination' | 'platform' }
  | { readonly kind: 'migrated'; readonly newDestination: string; readonly reason: string };

/** Where a part sits in its briefing, and what the platform answered for the earlier parts. */
export type SendContext = {
  readonly partIndex: number;
  readonly partCount: number;
  /** The reference the platform returned for part 0 (a Slack thread ts to reply under). */
  readonly first?: unknown;
  /** The reference of the part accepted just before this one. */
  readonly previous?: unknown;
};

/** What each adapter (Telegram, Slack, console) implements. */
export type DeliveryPort = {
  readonly platform: Platform;
  /** Render a briefing and split it to the platform's limits; called once per briefing, the parts are stored. */
  renderParts(briefing: Briefing, destination: Destination): DeliveryPart[];
  /** Send one part. Classify failures instead of throwing; a throw counts as transient. */
  sendPart(destination: Destination, part: DeliveryPart, context: SendContext): Promise<SendOutcome & { readonly reference?: unknown }>;
  /** True for group chats, which Telegram limits separately (about 20 messages a minute). */
  isGroup?(destination: Destination): boolean;
};
