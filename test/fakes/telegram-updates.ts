import type { Chat, ChatMember, Message, MessageEntity, Update, User } from 'grammy/types';
import { randomHex } from './http-body.ts';
import { GROUP_ANONYMOUS_BOT, type FakeChat, type MemberRights, type MemberStatus, type TelegramModel } from './telegram-model.ts';

/**
 * Builders for the updates a test injects: what Telegram would send when a user writes to the
 * bot, an anonymous admin writes in a group, a channel posts, a button is pressed, or the bot is
 * added to or removed from a chat. Each returns an update without its `update_id`.
 */
export type NewUpdate = Omit<Update, 'update_id'>;

export type UserSendsSpec = {
  /** The chat id (the user id for a private chat); the chat must have been added. */
  readonly chat: number;
  /** The sender: a user id (created on first use) or user fields; defaults to the private chat's user. */
  readonly from?: number | (Partial<User> & { readonly id: number });
  readonly text: string;
  /** Forum topic (message_thread_id) the message is posted in. */
  readonly threadId?: number;
  /** Sent by an anonymous group admin: `from` is GroupAnonymousBot and `sender_chat` the group. */
  readonly anonymousAdmin?: boolean;
  /** Message id this one replies to. */
  readonly replyTo?: number;
};

function requireChat(model: TelegramModel, id: number): FakeChat {
  const chat = model.chats.get(id);
  if (chat === undefined) throw new Error(`fake Telegram: chat ${id} was not added; call addChat first`);
  return chat;
}

/** A `bot_command` entity when the text starts with "/cmd" or "/cmd@bot_name". */
export function commandEntities(text: string): MessageEntity[] {
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  return command === undefined ? [] : [{ type: 'bot_command', offset: 0, length: command.length }];
}

function nonChannel(chat: Chat): Exclude<Chat, Chat.ChannelChat> {
  if (chat.type === 'channel') throw new Error('fake Telegram: use channelPost for channels');
  return chat;
}

/** A user's (or an anonymous admin's) text message in a chat. */
export function buildUserMessage(model: TelegramModel, date: number, spec: UserSendsSpec): NewUpdate {
  const chat = requireChat(model, spec.chat);
  const chatShape = nonChannel(model.toChat(chat));
  let from: User;
  if (spec.anonymousAdmin === true) from = GROUP_ANONYMOUS_BOT;
  else if (spec.from === undefined) {
    if (chat.type !== 'private') throw new Error('fake Telegram: userSends needs `from` outside private chats');
    from = model.users.get(chat.id) ?? model.addUser({ id: chat.id });
  } else from = typeof spec.from === 'number' ? model.users.get(spec.from) ?? model.addUser({ id: spec.from }) : model.addUser(spec.from);
  if (spec.anonymousAdmin !== true && chat.type !== 'private' && model.membership(chat.id, from.id) === undefined) {
    model.setMember(chat.id, from.id, 'member');
  }
  const entities = commandEntities(spec.text);
  const message: Message & Update.NonChannel = {
    message_id: model.nextMessageId(chat),
    from,
    chat: chatShape,
    date,
    text: spec.text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(spec.anonymousAdmin === true ? { sender_chat: chatShape } : {}),
    ...(spec.threadId === undefined ? {} : { message_thread_id: spec.threadId, is_topic_message: chat.isForum }),
    // grammY types a replied-to message with `reply_to_message: undefined`, which exactOptionalPropertyTypes cannot build.
    ...(spec.replyTo === undefined ? {} : { reply_to_message: { message_id: spec.replyTo, date, chat: chatShape } as NonNullable<Message['reply_to_message']> }),
  };
  return { message };
}

/** A post in a channel (the bot sees it when it is an administrator there). */
export function buildChannelPost(model: TelegramModel, date: number, spec: { readonly chat: number; readonly text: string }): NewUpdate {
  const chat = requireChat(model, spec.chat);
  const chatShape = model.toChat(chat);
  if (chatShape.type !== 'channel') throw new Error(`fake Telegram: chat ${spec.chat} is not a channel`);
  const entities = commandEntities(spec.text);
  const channelPost: Message & Update.Channel = {
    message_id: model.nextMessageId(chat),
    sender_chat: chatShape,
    chat: chatShape,
    date,
    text: spec.text,
    ...(entities.length > 0 ? { entities } : {}),
  };
  return { channel_post: channelPost };
}

/** A press on an inline button under one of the bot's messages; its id is returned for answerCallbackQuery. */
export function buildCallbackQuery(
  model: TelegramModel,
  date: number,
  spec: { readonly chat: number; readonly from?: number; readonly data: string; readonly messageId?: number },
): NewUpdate & { callback_query: { id: string } } {
  const chat = requireChat(model, spec.chat);
  const fromId = spec.from ?? chat.id;
  const from = model.users.get(fromId) ?? model.addUser({ id: fromId });
  const message: Message = { message_id: spec.messageId ?? chat.lastMessageId, date, chat: model.toChat(chat), from: model.bot, text: '' };
  return { callback_query: { id: randomHex(8), from, message, chat_instance: String(chat.id), data: spec.data } };
}

/** The bot's own membership change (added, promoted, removed, blocked), as `my_chat_member`. */
export function buildMyChatMember(
  model: TelegramModel,
  date: number,
  spec: { readonly chat: number; readonly status: MemberStatus; readonly rights?: MemberRights; readonly by?: number },
): NewUpdate {
  const chat = requireChat(model, spec.chat);
  const old: ChatMember = model.toChatMember(chat.id, model.bot.id);
  model.setMember(chat.id, model.bot.id, spec.status, spec.rights ?? {});
  const byId = spec.by ?? (chat.type === 'private' ? chat.id : undefined);
  const from = byId === undefined ? GROUP_ANONYMOUS_BOT : model.users.get(byId) ?? model.addUser({ id: byId });
  return {
    my_chat_member: { chat: model.toChat(chat), from, date, old_chat_member: old, new_chat_member: model.toChatMember(chat.id, model.bot.id) },
  };
}
