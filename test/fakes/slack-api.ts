import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultQueue, createFloodWindow, toRetrySeconds, type FloodWindow } from './faults.ts';
import { jsonField, parseParams, randomHex, readBody, sendJson, type Params } from './http-body.ts';
import { checkBlocks } from './slack-blocks.ts';

export { postSlackEvent, postSlashCommand, signSlackRequest, createSigningSecret } from './slack-signing.ts';

/**
 * A local Slack Web API on 127.0.0.1 for the Slack adapter's end-to-end tests, driven by the real
 * `@slack/web-api` WebClient (and Bolt's App): `new WebClient(fake.botToken, { slackApiUrl:
 * fake.apiUrl })`. API errors are HTTP 200 with `{ ok: false, error }`, rate limits HTTP 429
 * with Retry-After, exactly as Slack answers.
 *
 * The bot token is built at run time as "xoxb-fake_<hex>": it keeps the bot-token prefix an
 * adapter may check, while the "_" after four characters keeps it from matching secret
 * scanners' `xox[abposr]-[0-9A-Za-z-]{10,}`.
 */
export type SlackErrorCode = 'not_in_channel' | 'channel_not_found' | 'is_archived' | 'account_inactive' | 'token_revoked' | 'invalid_auth' | 'msg_too_long' | 'ratelimited';

export type SlackFault =
  | { readonly kind: 'rate_limited'; readonly retryAfter: number }
  | { readonly kind: 'error'; readonly error: SlackErrorCode }
  | { readonly kind: 'server_error'; readonly status: number }
  | { readonly kind: 'drop' };

export type FakeSlackOptions = {
  readonly teamId?: string;
  readonly botUserId?: string;
  readonly botId?: string;
  /** chat.postMessage per channel per second (Slack: about 1, with short bursts). */
  readonly floodLimits?: { readonly perChannelPerSecond?: number };
  /** The clock for timestamps and flood windows (default Date.now). */
  readonly now?: () => number;
};

export type SlackChannelSpec = { readonly id: string; readonly name: string; readonly members: readonly string[]; readonly archived?: boolean; readonly isPrivate?: boolean };
export type SlackChannel = { readonly id: string; readonly name: string; readonly members: Set<string>; archived: boolean; readonly isPrivate: boolean; readonly isIm: boolean };
export type SlackUserSpec = { readonly id: string; readonly name?: string; readonly isAdmin?: boolean; readonly isOwner?: boolean; readonly isBot?: boolean; readonly deleted?: boolean; readonly tz?: string };

export type PostedMessage = {
  readonly channel: string;
  readonly text: string | undefined;
  readonly blocks: unknown[] | undefined;
  readonly thread_ts: string | undefined;
  /** The message a threaded reply answers, when it was posted through this fake. */
  readonly parent: PostedMessage | undefined;
  readonly ts: string;
  /** Every other parameter (unfurl_links, mrkdwn, reply_broadcast, metadata…), booleans and JSON decoded. */
  readonly options: Params;
  readonly at: number;
};
export type EphemeralMessage = { readonly channel: string; readonly user: string; readonly text: string | undefined; readonly blocks: unknown[] | undefined; readonly thread_ts: string | undefined; readonly message_ts: string; readonly at: number };
export type ResponseUrlPost = { readonly id: string; readonly response_type: string | undefined; readonly replace_original: boolean | undefined; readonly delete_original: boolean | undefined; readonly text: string | undefined; readonly blocks: unknown[] | undefined; readonly body: Params; readonly at: number };
export type SlackRequest = { readonly method: string; readonly params: Params; readonly at: number; status: number };

export type FakeSlack = {
  readonly botToken: string;
  /** For `slackApiUrl` ('http://127.0.0.1:PORT/api/'). */
  readonly apiUrl: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly channels: Map<string, SlackChannel>;
  readonly posted: PostedMessage[];
  readonly ephemeral: EphemeralMessage[];
  readonly responses: ResponseUrlPost[];
  /** Every API call (token removed), whatever its answer; `status` 0 for a dropped connection. */
  readonly requests: SlackRequest[];
  readonly floodRefusals: number;
  /** A channel the bot is a member of only when `members` lists `fake.botUserId`. */
  addChannel(spec: SlackChannelSpec): SlackChannel;
  addUser(spec: SlackUserSpec): void;
  /** A response_url on this server; what is POSTed to it lands in `responses` (at most 5 uses, as in Slack). */
  responseUrl(id: string): string;
  /** From now on every call with the bot token answers `token_revoked`. */
  revokeToken(): void;
  failNext(method: string, fault: SlackFault, options?: { readonly channel?: string; readonly times?: number }): void;
  close(): Promise<void>;
};

type Answer = { readonly status?: number; readonly headers?: Record<string, string>; readonly body: Params };
const ok = (body: Params = {}): Answer => ({ body: { ok: true, ...body } });
const fail = (error: string, extra: Params = {}): Answer => ({ body: { ok: false, error, ...extra } });
const MAX_TEXT = 40_000;

/** WebClient form-encodes everything: give booleans and JSON back their types (ids and ts stay strings). */
function fromForm(value: unknown): unknown {
  if (value === 'true' || value === 'false') return value === 'true';
  return typeof value === 'string' && /^[[{]/.test(value) ? jsonField(value) : value;
}
const RESPONSE_URL_USES = 5;

/** Start the fake on an ephemeral port of 127.0.0.1. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const now = options.now ?? Date.now;
  const teamId = options.teamId ?? 'T0MUJAZ';
  const botUserId = options.botUserId ?? 'U0MUJAZBOT';
  const botId = options.botId ?? 'B0MUJAZ';
  const botToken = `${['xo', 'xb-'].join('')}fake_${randomHex(12)}`;
  const channels = new Map<string, SlackChannel>();
  const users = new Map<string, Required<SlackUserSpec>>();
  const posted: PostedMessage[] = [];
  const ephemeral: EphemeralMessage[] = [];
  const responses: ResponseUrlPost[] = [];
  const requests: SlackRequest[] = [];
  const responseUses = new Map<string, number>();
  const faults = createFaultQueue<SlackFault>();
  const floods = new Map<string, FloodWindow>();
  let floodRefusals = 0;
  let revoked = false;
  let tsSeq = 0;

  const addUser = (spec: SlackUserSpec): void => {
    users.set(spec.id, { name: spec.id.toLowerCase(), isAdmin: false, isOwner: false, isBot: false, deleted: false, tz: 'Asia/Riyadh', ...spec });
  };
  addUser({ id: botUserId, name: 'mujaz', isBot: true });
  const nextTs = (): string => {
    tsSeq += 1;
    return `${Math.floor(now() / 1000)}.${String(tsSeq).padStart(6, '0')}`;
  };
  const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
  const blocksOf = (value: unknown): unknown[] | undefined => {
    const parsed = jsonField(value);
    return Array.isArray(parsed) ? parsed : undefined;
  };

  /** A channel by id or name; a user id opens (or finds) the app's DM with that user, as Slack does. */
  function resolveChannel(value: unknown): SlackChannel | undefined {
    const id = str(value)?.replace(/^#/, '');
    if (id === undefined) return undefined;
    const found = channels.get(id) ?? [...channels.values()].find((channel) => channel.name === id);
    if (found !== undefined || !users.has(id)) return found;
    const im: SlackChannel = { id: `D${id.replace(/^[UW]/, '')}`, name: id, members: new Set([id, botUserId]), archived: false, isPrivate: true, isIm: true };
    channels.set(im.id, im);
    return im;
  }

  /** Shared checks of postMessage and postEphemeral; a channel when the message may go there. */
  function messageTarget(params: Params): SlackChannel | Answer {
    const channel = resolveChannel(params.channel);
    if (channel === undefined) return fail('channel_not_found');
    if (channel.archived) return fail('is_archived');
    if (!channel.members.has(botUserId)) return fail('not_in_channel');
    if (str(params.text) === undefined && params.blocks === undefined && params.attachments === undefined) return fail('no_text');
    const refusal = checkBlocks(params.blocks);
    if (refusal !== undefined) return fail(refusal.error, { errors: refusal.errors, response_metadata: { messages: refusal.errors.map((e) => `[ERROR] ${e}`) } });
    if ((str(params.text) ?? '').length > MAX_TEXT) return fail('msg_too_long');
    return channel;
  }

  function conversationShape(channel: SlackChannel): Params {
    return {
      id: channel.id, name: channel.name, name_normalized: channel.name, created: 1_700_000_000,
      is_channel: !channel.isPrivate && !channel.isIm, is_group: channel.isPrivate && !channel.isIm, is_im: channel.isIm,
      is_private: channel.isPrivate, is_archived: channel.archived, is_member: channel.members.has(botUserId), num_members: channel.members.size,
    };
  }

  const methods: Record<string, (params: Params) => Answer> = {
    'auth.test': () => ok({ url: 'https://mujaz-test.slack.com/', team: 'Mujaz Test', user: 'mujaz', team_id: teamId, user_id: botUserId, bot_id: botId, is_enterprise_install: false }),
    'chat.postMessage': (params) => {
      const channel = messageTarget(params);
      if ('body' in channel) return channel;
      const flood = options.floodLimits?.perChannelPerSecond;
      if (flood !== undefined) {
        const window = floods.get(channel.id) ?? createFloodWindow(flood, 1000);
        floods.set(channel.id, window);
        const wait = window.wait(now());
        if (wait > 0) {
          floodRefusals += 1;
          return { status: 429, headers: { 'retry-after': String(toRetrySeconds(wait)) }, body: { ok: false, error: 'ratelimited' } };
        }
        window.record(now());
      }
      const threadTs = str(params.thread_ts);
      const { channel: _channel, text, blocks, thread_ts: _thread, ...rest } = params;
      const extra = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, fromForm(value)]));
      const message: PostedMessage = {
        channel: channel.id, text: str(text), blocks: blocksOf(blocks), thread_ts: threadTs,
        parent: threadTs === undefined ? undefined : posted.find((m) => m.channel === channel.id && m.ts === threadTs),
        ts: nextTs(), options: extra, at: now(),
      };
      posted.push(message);
      return ok({
        channel: channel.id, ts: message.ts,
        message: { type: 'message', text: message.text ?? '', user: botUserId, bot_id: botId, team: teamId, ts: message.ts, ...(message.blocks ? { blocks: message.blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) },
      });
    },
    'chat.postEphemeral': (params) => {
      const channel = messageTarget(params);
      if ('body' in channel) return channel;
      const user = str(params.user);
      if (user === undefined || !users.has(user)) return fail('user_not_found');
      if (!channel.members.has(user)) return fail('user_not_in_channel');
      const messageTs = nextTs();
      ephemeral.push({ channel: channel.id, user, text: str(params.text), blocks: blocksOf(params.blocks), thread_ts: str(params.thread_ts), message_ts: messageTs, at: now() });
      return ok({ message_ts: messageTs });
    },
    'conversations.info': (params) => {
      const channel = resolveChannel(params.channel);
      return channel === undefined ? fail('channel_not_found') : ok({ channel: conversationShape(channel) });
    },
    'conversations.join': (params) => {
      const channel = resolveChannel(params.channel);
      if (channel === undefined) return fail('channel_not_found');
      if (channel.isPrivate) return fail('method_not_supported_for_channel_type');
      if (channel.archived) return fail('is_archived');
      channel.members.add(botUserId);
      return ok({ channel: conversationShape(channel) });
    },
    'users.info': (params) => {
      const user = users.get(str(params.user) ?? '');
      if (user === undefined) return fail('user_not_found');
      return ok({
        user: {
          id: user.id, team_id: teamId, name: user.name, real_name: user.name, deleted: user.deleted, tz: user.tz,
          is_admin: user.isAdmin, is_owner: user.isOwner, is_primary_owner: false, is_bot: user.isBot, is_app_user: false,
          profile: { real_name: user.name, display_name: user.name },
        },
      });
    },
  };

  function respond(res: ServerResponse, record: SlackRequest | undefined, answer: Answer): void {
    const status = answer.status ?? 200;
    if (record !== undefined) record.status = status;
    if (!res.destroyed) sendJson(res, status, answer.body, answer.headers);
  }

  function applyFault(req: IncomingMessage, res: ServerResponse, record: SlackRequest, fault: SlackFault): void {
    switch (fault.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'rate_limited':
        respond(res, record, { status: 429, headers: { 'retry-after': String(fault.retryAfter) }, body: { ok: false, error: 'ratelimited' } });
        return;
      case 'server_error':
        record.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'text/plain' }).end('upstream error');
        return;
      case 'error':
        respond(res, record, fail(fault.error));
        return;
    }
  }

  function handleResponseUrl(id: string, params: Params, res: ServerResponse): void {
    const uses = responseUses.get(id) ?? 0;
    if (uses >= RESPONSE_URL_USES) {
      respond(res, undefined, { status: 404, body: { ok: false, error: 'used_url' } });
      return;
    }
    const refusal = checkBlocks(params.blocks);
    if (refusal !== undefined) {
      respond(res, undefined, { status: 400, body: { ok: false, error: refusal.error, errors: refusal.errors } });
      return;
    }
    responseUses.set(id, uses + 1);
    const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined);
    responses.push({
      id, response_type: str(params.response_type), replace_original: flag(params.replace_original), delete_original: flag(params.delete_original),
      text: str(params.text), blocks: blocksOf(params.blocks), body: params, at: now(),
    });
    respond(res, undefined, ok());
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    let params: Params;
    try {
      params = parseParams(req.headers['content-type'], body, url.searchParams);
    } catch {
      return respond(res, undefined, fail('invalid_json'));
    }
    const responseId = /^\/response\/([^/]+)$/.exec(url.pathname)?.[1];
    if (responseId !== undefined) {
      const fault = faults.take('response_url', params);
      const record: SlackRequest = { method: 'response_url', params, at: now(), status: 0 };
      return fault === undefined ? handleResponseUrl(decodeURIComponent(responseId), params, res) : applyFault(req, res, record, fault);
    }
    const method = /^\/api\/([A-Za-z.]+)$/.exec(url.pathname)?.[1] ?? '';
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? str(params.token);
    const { token: _token, ...visible } = params;
    const record: SlackRequest = { method, params: visible, at: now(), status: 0 };
    requests.push(record);
    const fault = faults.take(method, params);
    if (fault !== undefined) return applyFault(req, res, record, fault);
    const run = methods[method];
    if (run === undefined) return respond(res, record, fail('unknown_method'));
    if (token === undefined || token === '') return respond(res, record, fail('not_authed'));
    if (token !== botToken) return respond(res, record, fail('invalid_auth'));
    if (revoked) return respond(res, record, fail('token_revoked'));
    respond(res, record, run(params));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { ok: false, error: 'fatal_error', detail: String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    botToken, apiUrl: `${origin}/api/`, teamId, botUserId, botId, channels, posted, ephemeral, responses, requests,
    get floodRefusals() {
      return floodRefusals;
    },
    addChannel(spec) {
      const channel: SlackChannel = { id: spec.id, name: spec.name, members: new Set(spec.members), archived: spec.archived ?? false, isPrivate: spec.isPrivate ?? false, isIm: false };
      channels.set(channel.id, channel);
      for (const member of spec.members) if (!users.has(member)) addUser({ id: member });
      return channel;
    },
    addUser,
    responseUrl: (id) => `${origin}/response/${encodeURIComponent(id)}`,
    revokeToken() {
      revoked = true;
    },
    failNext(method, fault, { channel, times = 1 } = {}) {
      faults.add(method, fault, (params) => channel === undefined || str(params.channel) === channel || resolveChannel(params.channel)?.id === channel, times);
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
