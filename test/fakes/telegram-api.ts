import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, User, UserFromGetMe } from 'grammy/types';
import { createFaultQueue } from './faults.ts';
import { boolField, intField, jsonField, parseParams, randomHex, readBody, sendJson, type Params } from './http-body.ts';
import {
  commandsKeyOf, createFloodGate, createMethods, tooManyRequests,
  type Answer, type FloodLimits, type MethodState, type RegisteredCommands, type SentMessage,
} from './telegram-methods.ts';
import { chatNotFound, createTelegramModel, failure, type AddChatSpec, type FakeChat, type MemberRights, type MemberStatus, type TelegramFailure, type TelegramModel } from './telegram-model.ts';
import { buildCallbackQuery, buildChannelPost, buildMyChatMember, buildUserMessage, type NewUpdate, type UserSendsSpec } from './telegram-updates.ts';

export type { AddChatSpec, FakeChat, FloodLimits, MemberRights, MemberStatus, RegisteredCommands, SentMessage, UserSendsSpec };

/**
 * A local Telegram Bot API server on 127.0.0.1 that grammY cannot tell from the real one, for
 * the Telegram adapter's end-to-end tests. Point grammY at it with
 * `new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } })`.
 */
export type TelegramFault =
  | { readonly kind: 'retry_after'; readonly seconds: number }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'kicked' }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'migrated'; readonly toChatId: number }
  | { readonly kind: 'server_error'; readonly status?: 500 | 502 | 503 | 504 }
  | { readonly kind: 'drop' };

export type FakeTelegramOptions = {
  readonly botId?: number;
  readonly botUsername?: string;
  readonly floodLimits?: FloodLimits;
  /** Longest time a getUpdates call is held, whatever its `timeout` asks (default 1000 ms), to keep tests fast. */
  readonly longPollCapMs?: number;
  /** The clock for message dates, records and flood windows (default Date.now). */
  readonly now?: () => number;
};

/** Every call the server received, whatever its answer; `status` is 0 for a dropped connection. */
export type RecordedRequest = { readonly method: string; readonly params: Params; readonly at: number; status: number };

/** One attempt to POST an update to the webhook: the receiver's HTTP status, or the network error. */
export type WebhookDelivery = { readonly update_id: number; readonly status?: number; readonly error?: string };

export type WebhookState = { readonly url: string; readonly secret_token?: string; readonly allowed_updates?: string[]; readonly max_connections?: number };

export type FakeTelegram = {
  readonly token: string;
  /** For grammY's `client.apiRoot` (no trailing slash). */
  readonly apiRoot: string;
  /** For grammY's `botInfo`, so `bot.init()` needs no getMe. */
  readonly botInfo: UserFromGetMe;
  readonly model: TelegramModel;
  readonly sent: SentMessage[];
  readonly requests: RecordedRequest[];
  readonly callbackAnswers: Params[];
  /** Commands registered by setMyCommands, keyed by scope and language (see commandsFor). */
  readonly commands: Map<string, RegisteredCommands>;
  readonly webhook: WebhookState | undefined;
  readonly webhookDeliveries: WebhookDelivery[];
  /** sendMessage calls refused by the built-in flood limits. */
  readonly floodRefusals: number;
  /** Updates injected but not yet confirmed by a getUpdates offset (or delivered to the webhook). */
  readonly pendingUpdates: number;
  addChat(spec: AddChatSpec): FakeChat;
  addUser(user: Partial<User> & { readonly id: number }): User;
  setMember(chatId: number, userId: number, status: MemberStatus, rights?: MemberRights): void;
  commandsFor(scope?: { type: string; chat_id?: number; user_id?: number }, languageCode?: string): RegisteredCommands['commands'] | undefined;
  injectUpdate(update: NewUpdate): Update;
  userSends(spec: UserSendsSpec): Update;
  channelPost(spec: { readonly chat: number; readonly text: string }): Update;
  userPresses(spec: { readonly chat: number; readonly from?: number; readonly data: string; readonly messageId?: number }): Update;
  /** Change the bot's status in a chat and inject the `my_chat_member` update Telegram would send. */
  changeBotStatus(chatId: number, status: MemberStatus, options?: { readonly rights?: MemberRights; readonly by?: number }): Update;
  /** Upgrade a group: it refuses sends with migrate_to_chat_id from now on; the supergroup inherits members. */
  migrateGroup(groupId: number, supergroupId: number): FakeChat;
  failNext(method: string, fault: TelegramFault, options?: { readonly chatId?: number | string; readonly times?: number }): void;
  /** Resolves when every webhook delivery started so far has finished. */
  webhookIdle(): Promise<void>;
  close(): Promise<void>;
};

const DEFAULT_ALLOWED = (type: string): boolean => type !== 'chat_member' && type !== 'message_reaction' && type !== 'message_reaction_count';
const WEBHOOK_CONFLICT = 'Conflict: can\'t use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first';
const POLL_CONFLICT = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';

function faultFailure(fault: Exclude<TelegramFault, { kind: 'drop' | 'server_error' }>, chat: FakeChat | undefined): TelegramFailure {
  switch (fault.kind) {
    case 'retry_after':
      return tooManyRequests(fault.seconds);
    case 'blocked':
      return failure(403, 'Forbidden: bot was blocked by the user');
    case 'kicked':
      return failure(403, `Forbidden: bot was kicked from the ${chat?.type === 'supergroup' || chat?.type === 'channel' ? chat.type : 'group'} chat`);
    case 'not_found':
      return chatNotFound();
    case 'migrated':
      return failure(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: fault.toChatId });
  }
}

/** Start the fake on an ephemeral port of 127.0.0.1. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const now = options.now ?? Date.now;
  const botId = options.botId ?? 123456;
  const token = `${botId}:TEST-${randomHex(12)}`;
  const botInfo: UserFromGetMe = {
    id: botId, is_bot: true, first_name: 'Mujaz Test', username: options.botUsername ?? 'mujaz_test_bot',
    can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false,
    has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
  };
  const model = createTelegramModel({ id: botId, is_bot: true, first_name: botInfo.first_name, username: botInfo.username });
  const state: MethodState = {
    model, now, sent: [], commands: new Map(), callbackIds: new Set(), callbackAnswers: [], flood: createFloodGate(options.floodLimits),
  };
  const methods = createMethods(state);
  const requests: RecordedRequest[] = [];
  const faults = createFaultQueue<TelegramFault>();
  const queue: Update[] = [];
  const deliveries = new Set<Promise<unknown>>();
  const webhookDeliveries: WebhookDelivery[] = [];
  let nextUpdateId = 1;
  let allowedUpdates: string[] = [];
  let webhook: WebhookState | undefined;
  let waiter: { wake(): void; terminate(): void } | undefined;
  const longPollCapMs = options.longPollCapMs ?? 1000;

  const isAllowed = (update: Update): boolean => {
    const type = Object.keys(update).find((key) => key !== 'update_id') ?? '';
    return allowedUpdates.length === 0 ? DEFAULT_ALLOWED(type) : allowedUpdates.includes(type);
  };

  function deliver(update: Update, hook: WebhookState): void {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (hook.secret_token !== undefined) headers['x-telegram-bot-api-secret-token'] = hook.secret_token;
    const delivery = fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update) })
      .then(async (res) => {
        await res.arrayBuffer();
        webhookDeliveries.push({ update_id: update.update_id, status: res.status });
        const index = queue.indexOf(update);
        if (res.ok && index >= 0) queue.splice(index, 1);
      })
      // A failed delivery stays pending, as in Telegram; the test sees it in webhookDeliveries and pendingUpdates.
      .catch((error: unknown) => webhookDeliveries.push({ update_id: update.update_id, error: String(error) }))
      .finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
  }

  function injectUpdate(update: NewUpdate): Update {
    const full: Update = { update_id: nextUpdateId, ...update };
    nextUpdateId += 1;
    const callbackId = full.callback_query?.id;
    if (callbackId !== undefined) state.callbackIds.add(callbackId);
    queue.push(full);
    if (webhook !== undefined) deliver(full, webhook);
    else waiter?.wake();
    return full;
  }

  function getUpdates(params: Params, res: ServerResponse): Answer | Promise<Answer> {
    if (webhook !== undefined) return failure(409, WEBHOOK_CONFLICT);
    const offset = intField(params.offset);
    if (offset !== undefined && offset > 0) while (queue.length > 0 && (queue[0] as Update).update_id < offset) queue.shift();
    if (offset !== undefined && offset < 0) queue.splice(0, Math.max(0, queue.length + offset));
    const allowed = jsonField(params.allowed_updates);
    if (Array.isArray(allowed)) allowedUpdates = allowed.map(String);
    const limit = Math.min(100, Math.max(1, intField(params.limit) ?? 100));
    const pick = (): Answer => ({ result: queue.filter(isAllowed).slice(0, limit) });
    const timeoutMs = Math.min((intField(params.timeout) ?? 0) * 1000, longPollCapMs);
    if (queue.some(isAllowed) || timeoutMs <= 0) return pick();
    waiter?.terminate();
    return new Promise<Answer>((resolve) => {
      const finish = (answer: () => Answer): void => {
        clearTimeout(timer);
        if (waiter === entry) waiter = undefined;
        resolve(answer());
      };
      const entry = { wake: () => finish(pick), terminate: () => finish(() => failure(409, POLL_CONFLICT)) };
      const timer = setTimeout(entry.wake, timeoutMs);
      waiter = entry;
      // The client went away (grammY's bot.stop() aborts the pending call).
      res.on('close', entry.wake);
    });
  }

  function setWebhook(params: Params): Answer {
    const url = typeof params.url === 'string' ? params.url : '';
    if (boolField(params.drop_pending_updates) === true) queue.length = 0;
    if (url === '') {
      webhook = undefined;
      return { result: true };
    }
    if (!/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url)) {
      return failure(400, 'Bad Request: bad webhook: the fake Telegram delivers only to http(s)://127.0.0.1');
    }
    const allowed = jsonField(params.allowed_updates);
    const secret = typeof params.secret_token === 'string' ? params.secret_token : undefined;
    const max = intField(params.max_connections);
    webhook = { url, ...(secret === undefined ? {} : { secret_token: secret }), ...(Array.isArray(allowed) ? { allowed_updates: allowed.map(String) } : {}), ...(max === undefined ? {} : { max_connections: max }) };
    if (Array.isArray(allowed)) allowedUpdates = allowed.map(String);
    for (const update of queue) deliver(update, webhook);
    return { result: true };
  }

  const control: Record<string, (params: Params, res: ServerResponse) => Answer | Promise<Answer>> = {
    getMe: () => ({ result: botInfo }),
    getUpdates,
    setWebhook,
    deleteWebhook: (params) => {
      if (boolField(params.drop_pending_updates) === true) queue.length = 0;
      webhook = undefined;
      return { result: true };
    },
    getWebhookInfo: () => ({ result: { url: webhook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.length, ...(webhook === undefined ? {} : webhook) } }),
  };
  const handlers = new Map<string, { name: string; run: (params: Params, res: ServerResponse) => Answer | Promise<Answer> }>();
  for (const [name, run] of Object.entries({ ...methods, ...control })) handlers.set(name.toLowerCase(), { name, run });

  const answer = (res: ServerResponse, record: RecordedRequest | undefined, outcome: Answer): void => {
    const status = 'error_code' in outcome ? outcome.error_code : 200;
    if (record !== undefined) record.status = status;
    if (!res.destroyed) sendJson(res, status, 'error_code' in outcome ? { ok: false, ...outcome } : { ok: true, result: outcome.result });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const match = /^\/bot([^/]*)\/(?:test\/)?([A-Za-z]+)$/.exec(url.pathname);
    if (match === null) return answer(res, undefined, failure(404, 'Not Found'));
    if (match[1] !== token) return answer(res, undefined, failure(401, 'Unauthorized'));
    const handler = handlers.get((match[2] as string).toLowerCase());
    let params: Params;
    try {
      params = parseParams(req.headers['content-type'], body, url.searchParams);
    } catch (error) {
      return answer(res, undefined, failure(400, `Bad Request: can't parse JSON: ${(error as Error).message}`));
    }
    const record: RecordedRequest = { method: handler?.name ?? (match[2] as string), params, at: now(), status: 0 };
    requests.push(record);
    if (handler === undefined) return answer(res, record, failure(404, 'Not Found'));
    const fault = faults.take(handler.name, params);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'server_error') {
      const status = fault.status ?? 500;
      record.status = status;
      // Telegram answers 500 in JSON; a 502/503/504 comes from its proxy as an HTML page.
      if (status === 500) return answer(res, record, failure(500, 'Internal Server Error'));
      res.writeHead(status, { 'content-type': 'text/html' }).end(`<html><body><h1>${status} ${STATUS_CODES[status] ?? 'Error'}</h1></body></html>`);
      return;
    }
    if (fault !== undefined) return answer(res, record, faultFailure(fault, model.resolveChat(params.chat_id)));
    answer(res, record, await handler.run(params, res));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    token,
    apiRoot: `http://127.0.0.1:${port}`,
    botInfo,
    model,
    sent: state.sent,
    requests,
    callbackAnswers: state.callbackAnswers,
    commands: state.commands,
    get webhook() {
      return webhook;
    },
    webhookDeliveries,
    get floodRefusals() {
      return state.flood.refusals;
    },
    get pendingUpdates() {
      return queue.length;
    },
    addChat: (spec) => model.addChat(spec),
    addUser: (user) => model.addUser(user),
    setMember: (chatId, userId, status, rights) => model.setMember(chatId, userId, status, rights),
    commandsFor(scope = { type: 'default' }, languageCode = '') {
      const chatId = scope.chat_id === undefined ? '' : String(scope.chat_id);
      const userId = scope.user_id === undefined ? '' : String(scope.user_id);
      return state.commands.get(commandsKeyOf(scope.type, chatId, userId, languageCode))?.commands;
    },
    injectUpdate,
    userSends: (spec) => injectUpdate(buildUserMessage(model, Math.floor(now() / 1000), spec)),
    channelPost: (spec) => injectUpdate(buildChannelPost(model, Math.floor(now() / 1000), spec)),
    userPresses: (spec) => injectUpdate(buildCallbackQuery(model, Math.floor(now() / 1000), spec)),
    changeBotStatus: (chatId, status, extra = {}) => injectUpdate(buildMyChatMember(model, Math.floor(now() / 1000), { chat: chatId, status, ...extra })),
    migrateGroup(groupId, supergroupId) {
      const group = model.chats.get(groupId);
      if (group?.type !== 'group') throw new Error(`fake Telegram: ${groupId} is not a group`);
      const supergroup = model.addChat({ id: supergroupId, type: 'supergroup', title: group.title });
      for (const userId of model.users.keys()) {
        const member = model.membership(groupId, userId);
        if (member !== undefined) model.setMember(supergroupId, userId, member.status, member.rights);
      }
      group.migratedTo = supergroupId;
      return supergroup;
    },
    failNext(method, fault, { chatId, times = 1 } = {}) {
      const wanted = chatId === undefined ? undefined : String(model.resolveChat(chatId)?.id ?? chatId);
      faults.add(method, fault, (params) => wanted === undefined || String(model.resolveChat(params.chat_id)?.id ?? params.chat_id) === wanted, times);
    },
    async webhookIdle() {
      while (deliveries.size > 0) await Promise.all([...deliveries]);
    },
    async close() {
      waiter?.wake();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
