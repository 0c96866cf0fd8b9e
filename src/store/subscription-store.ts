/**
 * The subscription and outbox ports. Subscriptions say who gets a briefing, where and when; the
 * outbox holds one row per (subscription, briefing day) so that a briefing is created once,
 * whoever enqueues it, and survives a restart. Every method is asynchronous and every state
 * change is one transaction, so the PostgreSQL store can implement the same contract.
 */
/**
 * A platform's name, as its adapter declares it (`telegram`, `slack`): lower-case letters, digits and
 * `_`. No list of platforms lives in src/: an adapter brings its name, and `console` is built in.
 */
export type Platform = string;
/** The platform src/ provides itself: briefings printed to the command's output. */
export const CONSOLE_PLATFORM: Platform = 'console';

/** Where a briefing goes: a chat or channel id, and a thread or forum topic where one is given. */
export type Destination = { readonly chatId: string; readonly threadId?: string };
/** The language a briefing is written in. */
export type BriefingLanguage = 'ar' | 'en';
/** Which parts of the digest a subscriber wants. */
export type BriefingSections = 'talks' | 'figures' | 'all';
/** How much of the digest a briefing shows: the brief (one message) or the full digest. */
export type BriefingDetail = 'brief' | 'full';
/** What a day with nothing new sends: a one-line notice, or nothing at all. */
export type WhenEmpty = 'notice' | 'skip';
/** Active subscriptions are scheduled; paused ones keep their reason and are not. */
export type SubscriptionState = 'active' | 'paused';

/** What a user asks for; the store adds id, timestamps and state. */
export type SubscriptionDraft = {
  readonly platform: Platform;
  readonly destination: Destination;
  /** Local wall-clock time, `HH:MM`. */
  readonly localTime: string;
  /** A validated IANA time zone (see schedule/time-zone.ts). */
  readonly timeZone: string;
  readonly language: BriefingLanguage;
  readonly sections: BriefingSections;
  readonly whenEmpty: WhenEmpty;
  /** The brief or the full digest; absent: the deployment's default (MUJAZ_BRIEFING). */
  readonly detail?: BriefingDetail;
  /** An English subscription that also wants the articles' Arabic quotes, marked as Arabic (Arabic ones always get them). */
  readonly arabicQuotes?: boolean;
  readonly createdBy: string;
};

/** A stored subscription. */
export type Subscription = SubscriptionDraft & {
  readonly id: string;
  readonly createdAt: string;
  readonly state: SubscriptionState;
  readonly pausedReason?: string;
  /** When it was created or last resumed: briefings due before this are not owed. */
  readonly activeSince: string;
  readonly updatedAt: string;
};

/** Narrow `listSubscriptions` by state or platform. */
export type SubscriptionFilter = { readonly state?: SubscriptionState; readonly platform?: Platform };

/** The subscription port. */
export type SubscriptionStore = {
  addSubscription(draft: SubscriptionDraft, at: string, id?: string): Promise<Subscription>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  listSubscriptions(filter?: SubscriptionFilter): Promise<Subscription[]>;
  /** Delete it and its delivery history; false when there was none. */
  removeSubscription(id: string): Promise<boolean>;
  /** Pause with a reason and cancel its pending briefings (the next delivered one covers their news). */
  pauseSubscription(id: string, reason: string, at: string): Promise<Subscription | undefined>;
  resumeSubscription(id: string, at: string): Promise<Subscription | undefined>;
  /** A Telegram group became a supergroup: point the subscription at the new chat id. */
  moveDestination(id: string, chatId: string, at: string): Promise<void>;
  countSubscriptions(): Promise<Record<SubscriptionState, number>>;
  /** The instant up to which the scheduler has enqueued everything due (its watermark). */
  readSweptUntil(): Promise<string | undefined>;
  /** Cheap round-trip proving the store answers (for /healthz). */
  ping(): Promise<void>;
};

/**
 * pending → sending → delivered | skipped | failed; sending → pending (retry, release);
 * missed (due too long ago when the scheduler came back); cancelled (subscription paused).
 */
export type DeliveryState = 'pending' | 'sending' | 'delivered' | 'skipped' | 'failed' | 'missed' | 'cancelled';
/** Every delivery state, in lifecycle order (for counts and metrics). */
export const deliveryStates: readonly DeliveryState[] = ['pending', 'sending', 'delivered', 'skipped', 'failed', 'missed', 'cancelled'];

/** One briefing the scheduler found due. */
export type OutboxEntry = {
  readonly subscriptionId: string;
  /** The subscriber's local calendar day, `YYYY-MM-DD`: the idempotency key with the subscription. */
  readonly briefingDay: string;
  readonly dueAt: string;
  readonly state: 'pending' | 'missed';
  readonly late: boolean;
};

/** A rendered message, stored so that a resume re-sends exactly the same parts. */
export type StoredPart = { readonly body: string; readonly payload?: unknown };

/** One outbox row: a briefing for one subscription and day, and how its delivery stands. */
export type Delivery = {
  readonly id: string;
  readonly subscriptionId: string;
  readonly briefingDay: string;
  readonly dueAt: string;
  readonly enqueuedAt: string;
  readonly late: boolean;
  readonly state: DeliveryState;
  /** How many times a worker claimed it. */
  readonly attempts: number;
  /** Transient failures so far (bounded by the worker's maximum). */
  readonly failures: number;
  readonly nextAttemptAt: string;
  readonly parts?: readonly StoredPart[];
  /** Parts the platform accepted: a resume starts at this index. */
  readonly partsSent: number;
  readonly firstReference?: unknown;
  readonly lastReference?: unknown;
  readonly coveredUntil?: string;
  readonly lastError?: string;
  readonly deliveredAt?: string;
  readonly updatedAt: string;
};

/** A row a worker holds: the lease is its own until `leaseUntil` or until it lets go. */
export type ClaimedDelivery = Delivery & { readonly subscription: Subscription };

/** What a worker asks for when it claims rows. */
export type ClaimRequest = {
  /** Identifies the claiming worker; every later change must present it. */
  readonly token: string;
  readonly now: string;
  readonly leaseUntil: string;
  readonly limit: number;
  readonly platforms: readonly Platform[];
};

/** Narrow `listDeliveries` (the CLI's `mujaz deliveries`). */
export type DeliveryQuery = {
  readonly states?: readonly DeliveryState[];
  /** Rows due at or after this instant. */
  readonly since?: string;
  readonly subscriptionId?: string;
  readonly limit?: number;
};

/** The outbox port: idempotent enqueue, leased claims, and one transaction per state change. */
export type OutboxStore = {
  /**
   * Insert what is due, ignoring rows that exist (UNIQUE subscription and day), and advance the
   * scheduler's watermark in the same transaction. Counts only the rows actually created.
   */
  enqueueDeliveries(entries: readonly OutboxEntry[], at: string, sweptUntil: string): Promise<{ created: number; late: number; missed: number }>;
  /** Take up to `limit` ready rows (pending and due, or sending with an expired lease), oldest day first per subscription. */
  claimDeliveries(request: ClaimRequest): Promise<ClaimedDelivery[]>;
  /** Store the rendered parts once; later attempts resend exactly these. False when the row is no longer this worker's. */
  saveParts(id: string, token: string, parts: readonly StoredPart[], coveredUntil: string | undefined, at: string): Promise<boolean>;
  /**
   * Part `index` was accepted; `complete` when it was the last, which delivers the row in the same
   * transaction. False when the lease was lost to another worker (which then resumes after the last recorded part).
   */
  recordPartAccepted(id: string, token: string, change: { index: number; reference?: unknown; at: string; leaseUntil: string; complete: boolean }): Promise<boolean>;
  /** Back to pending until `nextAttemptAt`; `countFailure` for transient errors (not for a platform's retry_after). */
  retryDelivery(id: string, token: string, change: { nextAttemptAt: string; reason: string; countFailure: boolean; at: string }): Promise<void>;
  finishDelivery(id: string, token: string, change: { state: 'delivered' | 'skipped' | 'failed'; reason?: string; at: string }): Promise<void>;
  /** A permanent refusal: the row fails and the subscription pauses with the reason, in one transaction. */
  failAndPause(id: string, token: string, reason: string, at: string): Promise<void>;
  /** Let go of a row without counting an attempt against it (shutdown). */
  releaseDelivery(id: string, token: string, at: string): Promise<void>;
  /** The news day the subscription's last delivered briefing covered. */
  lastCoveredUntil(subscriptionId: string): Promise<string | undefined>;
  /** The earliest instant a row for these platforms becomes claimable, if any is waiting. */
  nextReadyAt(platforms: readonly Platform[]): Promise<string | undefined>;
  listDeliveries(query?: DeliveryQuery): Promise<Delivery[]>;
  countDeliveries(): Promise<Record<DeliveryState, number>>;
  lastDeliveredAt(): Promise<string | undefined>;
};

/** Both ports over one database, as `mujaz serve` uses them. */
export type DeliveryStore = SubscriptionStore & OutboxStore & { close(): Promise<void> };
