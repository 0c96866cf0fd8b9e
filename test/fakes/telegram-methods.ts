import type { BotCommand, MessageEntity } from 'grammy/types';
import { createFloodWindow, toRetrySeconds, type FloodWindow } from './faults.ts';
import { boolField, intField, jsonField, type Params } from './http-body.ts';
import { parseTelegramHtml } from './telegram-html.ts';
import { chatNotFound, failure, type FakeChat, type TelegramFailure, type TelegramModel } from './telegram-model.ts';

/**
 * The fake Telegram's Bot API methods other than polling and webhooks: sendMessage with
 * Telegram's validation and flood limits, bot commands, chat and member queries, callback
 * answers. Each method takes the request's params and answers a result or a Bot API failure.
 */
export type Answer = { readonly result: unknown } | TelegramFailure;

export type FloodLimits = {
  /** Messages per second to one chat (Telegram: about 1). */
  readonly perChatPerSecond?: number;
  /** Messages per minute to one group or supergroup (Telegram: 20). */
  readonly perGroupPerMinute?: number;
  /** Messages per second over all chats (Telegram: about 30). */
  readonly globalPerSecond?: number;
};

/** One message the fake accepted. `text` is what the client sent; `plainText` what users would see. */
export type SentMessage = {
  readonly chat_id: number;
  readonly message_id: number;
  readonly text: string;
  readonly plainText: string;
  readonly entities: MessageEntity[];
  readonly parse_mode: string | undefined;
  readonly message_thread_id: number | undefined;
  /** Every other parameter: link_preview_options, disable_web_page_preview, reply_parameters, reply_markup… */
  readonly options: Params;
  readonly at: number;
};

export type RegisteredCommands = { readonly scope: Params; readonly language_code: string; readonly commands: BotCommand[] };

export type MethodState = {
  readonly model: TelegramModel;
  readonly now: () => number;
  readonly sent: SentMessage[];
  readonly commands: Map<string, RegisteredCommands>;
  readonly callbackIds: Set<string>;
  readonly callbackAnswers: Params[];
  readonly flood: FloodGate;
};

export const MAX_MESSAGE_LENGTH = 4096;
const MESSAGE_PARAMS = new Set(['chat_id', 'text', 'parse_mode', 'message_thread_id']);
const SCOPES = new Set(['default', 'all_private_chats', 'all_group_chats', 'all_chat_administrators', 'chat', 'chat_administrators', 'chat_member']);

export type FloodGate = { wait(chat: FakeChat, now: number): number; record(chat: FakeChat, now: number): void; refusals: number };

/** Sliding windows for the configured flood limits; `wait` is 0 when a message may go now. */
export function createFloodGate(limits: FloodLimits | undefined): FloodGate {
  const global = limits?.globalPerSecond === undefined ? undefined : createFloodWindow(limits.globalPerSecond, 1000);
  const perChat = new Map<number, FloodWindow>();
  const perGroup = new Map<number, FloodWindow>();
  const windowsFor = (chat: FakeChat): FloodWindow[] => {
    const windows: FloodWindow[] = global === undefined ? [] : [global];
    if (limits?.perChatPerSecond !== undefined) {
      const window = perChat.get(chat.id) ?? createFloodWindow(limits.perChatPerSecond, 1000);
      perChat.set(chat.id, window);
      windows.push(window);
    }
    if (limits?.perGroupPerMinute !== undefined && (chat.type === 'group' || chat.type === 'supergroup')) {
      const window = perGroup.get(chat.id) ?? createFloodWindow(limits.perGroupPerMinute, 60_000);
      perGroup.set(chat.id, window);
      windows.push(window);
    }
    return windows;
  };
  return {
    refusals: 0,
    wait: (chat, now) => Math.max(0, ...windowsFor(chat).map((window) => window.wait(now))),
    record: (chat, now) => windowsFor(chat).forEach((window) => { window.record(now); }),
  };
}

export const tooManyRequests = (seconds: number): TelegramFailure =>
  failure(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds });

function resolveTarget(state: MethodState, params: Params): FakeChat | TelegramFailure {
  if (params.chat_id === undefined || params.chat_id === '') return failure(400, 'Bad Request: chat_id is empty');
  return state.model.resolveChat(params.chat_id) ?? chatNotFound();
}

const isFailure = (value: unknown): value is TelegramFailure =>
  typeof value === 'object' && value !== null && 'error_code' in value;

function sendMessage(state: MethodState, params: Params): Answer {
  const { model } = state;
  const chat = resolveTarget(state, params);
  if (isFailure(chat)) return chat;
  const refusal = model.sendRefusal(chat);
  if (refusal !== undefined) return refusal;
  const text = typeof params.text === 'string' ? params.text : '';
  const parseMode = typeof params.parse_mode === 'string' && params.parse_mode !== '' ? params.parse_mode : undefined;
  let plainText = text;
  let entities = Array.isArray(jsonField(params.entities)) ? (jsonField(params.entities) as MessageEntity[]) : [];
  if (parseMode === 'HTML') {
    const parsed = parseTelegramHtml(text);
    if (!parsed.ok) return failure(400, `Bad Request: can't parse entities: ${parsed.error}`);
    ({ text: plainText, entities } = parsed.value);
  } else if (parseMode !== undefined && parseMode !== 'MarkdownV2' && parseMode !== 'Markdown') {
    return failure(400, 'Bad Request: unsupported parse_mode');
  }
  if (plainText.trim() === '') return failure(400, 'Bad Request: message text is empty');
  if (plainText.length > MAX_MESSAGE_LENGTH) return failure(400, 'Bad Request: message is too long');
  const threadId = intField(params.message_thread_id);
  if (threadId !== undefined && !(chat.isForum ? chat.topics.has(threadId) : chat.messageIds.has(threadId))) {
    return failure(400, 'Bad Request: message thread not found');
  }
  const reply = jsonField(params.reply_parameters) as { message_id?: unknown; chat_id?: unknown; allow_sending_without_reply?: unknown } | undefined;
  const replyTo = intField(reply?.message_id ?? params.reply_to_message_id);
  if (replyTo !== undefined) {
    const replyChat = reply?.chat_id === undefined ? chat : model.resolveChat(reply.chat_id);
    const allow = boolField(reply?.allow_sending_without_reply ?? params.allow_sending_without_reply) === true;
    if (replyChat?.messageIds.has(replyTo) !== true && !allow) return failure(400, 'Bad Request: message to be replied not found');
  }
  const now = state.now();
  const wait = state.flood.wait(chat, now);
  if (wait > 0) {
    state.flood.refusals += 1;
    return tooManyRequests(toRetrySeconds(wait));
  }
  state.flood.record(chat, now);
  const messageId = model.nextMessageId(chat);
  const chatShape = model.toChat(chat);
  const options = Object.fromEntries(Object.entries(params).filter(([key]) => !MESSAGE_PARAMS.has(key)));
  state.sent.push({ chat_id: chat.id, message_id: messageId, text, plainText, entities, parse_mode: parseMode, message_thread_id: threadId, options, at: now });
  const preview = jsonField(params.link_preview_options);
  return {
    result: {
      message_id: messageId,
      ...(chat.type === 'channel' ? { sender_chat: chatShape } : { from: model.bot }),
      chat: chatShape,
      date: Math.floor(now / 1000),
      text: plainText,
      ...(entities.length > 0 ? { entities } : {}),
      ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: chat.isForum }),
      ...(typeof preview === 'object' && preview !== null ? { link_preview_options: preview } : {}),
      ...(replyTo === undefined ? {} : { reply_to_message: { message_id: replyTo, date: Math.floor(now / 1000), chat: chatShape } }),
    },
  };
}

function commandsKey(state: MethodState, params: Params): { key: string; scope: Params; language: string } | TelegramFailure {
  const scope = (jsonField(params.scope) ?? { type: 'default' }) as Params;
  const language = typeof params.language_code === 'string' ? params.language_code : '';
  if (typeof scope.type !== 'string' || !SCOPES.has(scope.type)) return failure(400, 'Bad Request: wrong bot command scope type specified');
  if (language !== '' && !/^[a-z]{2}$/.test(language)) return failure(400, 'Bad Request: invalid language code specified');
  let chatId = '';
  if (scope.type.startsWith('chat')) {
    const chat = state.model.resolveChat(scope.chat_id);
    if (chat === undefined) return chatNotFound();
    chatId = String(chat.id);
  }
  const userId = scope.type === 'chat_member' ? String(intField(scope.user_id) ?? '') : '';
  return { key: commandsKeyOf(scope.type, chatId, userId, language), scope, language };
}

/** The key under which commands are stored for a scope and language (see FakeTelegram.commandsFor). */
export function commandsKeyOf(scopeType: string, chatId: string, userId: string, language: string): string {
  return [scopeType, chatId, userId, language].join('|');
}

function setMyCommands(state: MethodState, params: Params): Answer {
  const commands = jsonField(params.commands);
  if (!Array.isArray(commands)) return failure(400, 'Bad Request: parameter "commands" must be an array of BotCommand');
  if (commands.length > 100) return failure(400, 'Bad Request: too many commands specified');
  for (const item of commands as Array<Partial<BotCommand>>) {
    if (typeof item.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(item.command)) return failure(400, 'Bad Request: BOT_COMMAND_INVALID');
    if (typeof item.description !== 'string' || item.description.trim() === '' || item.description.length > 256) {
      return failure(400, 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
  const where = commandsKey(state, params);
  if (isFailure(where)) return where;
  if (commands.length === 0) state.commands.delete(where.key);
  else state.commands.set(where.key, { scope: where.scope, language_code: where.language, commands: commands as BotCommand[] });
  return { result: true };
}

function chatQuery(state: MethodState, params: Params, answer: (chat: FakeChat) => Answer): Answer {
  const chat = resolveTarget(state, params);
  if (isFailure(chat)) return chat;
  return state.model.accessRefusal(chat) ?? answer(chat);
}

/** The Bot API methods of this file, by their canonical names. */
export function createMethods(state: MethodState): Record<string, (params: Params) => Answer> {
  const { model } = state;
  return {
    sendMessage: (params) => sendMessage(state, params),
    setMyCommands: (params) => setMyCommands(state, params),
    getMyCommands: (params) => {
      const where = commandsKey(state, params);
      return isFailure(where) ? where : { result: state.commands.get(where.key)?.commands ?? [] };
    },
    deleteMyCommands: (params) => {
      const where = commandsKey(state, params);
      if (isFailure(where)) return where;
      state.commands.delete(where.key);
      return { result: true };
    },
    getChat: (params) => chatQuery(state, params, (chat) => ({ result: model.toChatFullInfo(chat) })),
    getChatMember: (params) =>
      chatQuery(state, params, (chat) => {
        const userId = intField(params.user_id);
        if (userId === undefined || !model.users.has(userId)) return failure(400, 'Bad Request: user not found');
        return { result: model.toChatMember(chat.id, userId) };
      }),
    getChatAdministrators: (params) =>
      chatQuery(state, params, (chat) =>
        chat.type === 'private' ? failure(400, 'Bad Request: there are no administrators in the private chat') : { result: model.administrators(chat.id) },
      ),
    answerCallbackQuery: (params) => {
      const id = typeof params.callback_query_id === 'string' ? params.callback_query_id : '';
      if (!state.callbackIds.delete(id)) return failure(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
      state.callbackAnswers.push(params);
      return { result: true };
    },
  };
}
