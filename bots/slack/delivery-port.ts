/**
 * The Slack delivery port: posts the outbox's briefings with chat.postMessage, one part per call,
 * and says what Slack answered in the worker's terms. Retrying is the outbox's job: the WebClient
 * given here must be built with `retryConfig: { retries: 0 }` and `rejectRateLimitedCalls: true`,
 * or a 429 would be waited out (and a 5xx retried for half an hour) inside a single send.
 */
import { webApi } from '@slack/bolt';
import { scrubSecrets, type DeliveryPart, type DeliveryPort, type Destination, type SendOutcome } from '../../src/index.ts';
import type { SlackMessage } from './slack-blocks.ts';
import { briefingMessages } from './content.ts';

/** The part of the Web API this port uses (a WebClient, or a stand-in in tests). */
export type SlackPoster = Pick<webApi.WebClient, 'chat'>;

/** What a stored part carries: the message exactly as it will be posted. */
export type SlackPartPayload = SlackMessage;

/** Where a posted part landed: part 0's ts is the thread every later part replies under. */
export type SlackReference = { readonly channel: string; readonly ts: string };

/** The channel is gone or closed to the app: pause this subscription, with the reason. */
const destinationErrors = new Set([
  'channel_not_found', 'not_in_channel', 'is_archived', 'restricted_action', 'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel', 'restricted_action_non_threadable_channel', 'ekm_access_denied', 'team_access_not_granted',
]);

/**
 * Slack refused the app itself: every channel would fail the same way, so no subscription is
 * paused (scope 'platform'): the rows wait while an operator fixes the token. `account_inactive`
 * is here too: with a bot token Slack sends it when the app's bot user or the workspace is
 * deactivated, which is not a fact about one channel.
 */
const platformErrors = new Set(['token_revoked', 'invalid_auth', 'not_authed', 'account_inactive', 'token_expired', 'missing_scope', 'not_allowed_token_type', 'no_permission', 'org_login_required']);

/**
 * What Slack's answer means for the outbox. Rate limits carry Slack's Retry-After; a refused
 * channel pauses its subscription; a refused token waits for an operator; everything else
 * (5xx, network errors, a message Slack would not take as rendered) is retried with backoff.
 */
export function classifySlackError(error: unknown): SendOutcome {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { kind: 'retry_after', seconds: Math.max(1, error.retryAfter), reason: `slack: rate limited (429), retry after ${error.retryAfter}s` };
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error);
    if (code === 'ratelimited' || code === 'rate_limited') return { kind: 'retry_after', seconds: 1, reason: `slack: ${code}` };
    if (destinationErrors.has(code)) return { kind: 'permanent', scope: 'destination', reason: `slack: ${code}` };
    if (platformErrors.has(code)) return { kind: 'permanent', scope: 'platform', reason: `slack: ${code} (check SLACK_BOT_TOKEN and the app's installation)` };
    return { kind: 'transient', reason: `slack: ${code}` };
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return { kind: 'transient', reason: `slack: HTTP ${error.statusCode}${error.statusMessage ? ` ${error.statusMessage}` : ''}` };
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return { kind: 'transient', reason: `slack: request failed (${scrubSecrets(error.original?.message ?? error.message)})` };
  }
  return { kind: 'transient', reason: `slack: ${scrubSecrets(error instanceof Error ? error.message : String(error))}` };
}

function isSlackMessage(value: unknown): value is SlackMessage {
  const candidate = value as Partial<SlackMessage> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.text === 'string' && Array.isArray(candidate.blocks);
}

function threadOf(context: { readonly partIndex: number; readonly first?: unknown }, destination: Destination): string | undefined {
  const first = context.first as Partial<SlackReference> | undefined;
  if (context.partIndex > 0 && typeof first?.ts === 'string') return first.ts;
  return destination.threadId;
}

/**
 * Create the Slack delivery port over a WebClient. Parts after the first are posted as thread
 * replies under part 0 (or under the subscription's own thread when it names one).
 */
export function createSlackDeliveryPort(client: SlackPoster, command = '/briefing'): DeliveryPort {
  return {
    platform: 'slack',
    renderParts(briefing): DeliveryPart[] {
      return briefingMessages(briefing, command).map((message) => ({ body: message.text, payload: message satisfies SlackPartPayload }));
    },
    async sendPart(destination, part, context) {
      const message: SlackMessage = isSlackMessage(part.payload) ? part.payload : { text: part.body, blocks: [] };
      const threadTs = threadOf(context, destination);
      try {
        const answer = await client.chat.postMessage({
          channel: destination.chatId,
          text: message.text,
          ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
          // Briefings cite articles: a wall of link previews would bury them; names stay text.
          unfurl_links: false,
          unfurl_media: false,
          link_names: false,
        });
        const reference: SlackReference = { channel: answer.channel ?? destination.chatId, ts: answer.ts ?? '' };
        return { kind: 'accepted', reference };
      } catch (error) {
        return classifySlackError(error);
      }
    },
  };
}
