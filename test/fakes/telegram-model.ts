import type { Chat, ChatFullInfo, ChatMember, ChatMemberAdministrator, User } from 'grammy/types';

/**
 * The fake Telegram's world: users, chats (private, group, supergroup with forum topics,
 * channel) and who is a member of what with which rights, including the bot itself. The bot's
 * status in a chat decides whether Telegram accepts a message there, with Telegram's wording.
 */
export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';
export type MemberStatus = 'creator' | 'administrator' | 'member' | 'left' | 'kicked';
/** Administrator rights (and `is_anonymous`/`custom_title` for a creator), as the Bot API names them. */
export type MemberRights = Partial<Omit<ChatMemberAdministrator, 'status' | 'user'>>;

/** A Bot API error answer: `error_code` doubles as the HTTP status. */
export type TelegramFailure = {
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number };
};

export type AddChatSpec = {
  readonly id: number;
  readonly type: ChatType;
  /** Group, supergroup and channel title; defaults to "Chat <id>". */
  readonly title?: string;
  /** Public username, with or without the "@" (channels like "@newsroom"). */
  readonly username?: string;
  /** Private chats: the user's name and language (the chat id is the user id). */
  readonly firstName?: string;
  readonly languageCode?: string;
  /** Supergroups: a forum with these topics (message_thread_id → name). */
  readonly isForum?: boolean;
  readonly topics?: ReadonlyArray<{ readonly id: number; readonly name: string }>;
  /** The bot's status; defaults to member, or administrator with can_post_messages in channels. */
  readonly botStatus?: MemberStatus;
  readonly botRights?: MemberRights;
};

export type FakeChat = {
  readonly id: number;
  readonly type: ChatType;
  readonly title: string;
  readonly username: string | undefined;
  readonly isForum: boolean;
  readonly topics: Map<number, string>;
  /** Set when a group was upgraded: sends to it fail with migrate_to_chat_id. */
  migratedTo: number | undefined;
  /** Message ids that exist in the chat, for reply_parameters and thread checks. */
  readonly messageIds: Set<number>;
  lastMessageId: number;
};

type Membership = { status: MemberStatus; rights: MemberRights };

export const GROUP_ANONYMOUS_BOT: User = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };

export const failure = (error_code: number, description: string, parameters?: TelegramFailure['parameters']): TelegramFailure =>
  parameters === undefined ? { error_code, description } : { error_code, description, parameters };

export const chatNotFound = (): TelegramFailure => failure(400, 'Bad Request: chat not found');

/** The world the fake server consults and the test helpers edit. */
export type TelegramModel = ReturnType<typeof createTelegramModel>;

/** Create the model for a bot user. */
export function createTelegramModel(bot: User) {
  const chats = new Map<number, FakeChat>();
  const users = new Map<number, User>([[bot.id, bot]]);
  const members = new Map<number, Map<number, Membership>>();

  function addUser(user: Partial<User> & { readonly id: number }): User {
    const known = users.get(user.id);
    const merged: User = { ...known, is_bot: false, first_name: `User ${user.id}`, ...user };
    users.set(user.id, merged);
    return merged;
  }

  function setMember(chatId: number, userId: number, status: MemberStatus, rights: MemberRights = {}): void {
    if (!users.has(userId)) addUser({ id: userId });
    const chatMembers = members.get(chatId) ?? new Map<number, Membership>();
    members.set(chatId, chatMembers);
    chatMembers.set(userId, { status, rights });
  }

  function addChat(spec: AddChatSpec): FakeChat {
    const chat: FakeChat = {
      id: spec.id,
      type: spec.type,
      title: spec.title ?? spec.firstName ?? `Chat ${spec.id}`,
      username: spec.username?.replace(/^@/, ''),
      isForum: spec.type === 'supergroup' && (spec.isForum ?? (spec.topics ?? []).length > 0),
      topics: new Map((spec.topics ?? []).map((topic) => [topic.id, topic.name])),
      migratedTo: undefined,
      messageIds: new Set(),
      lastMessageId: 0,
    };
    chats.set(chat.id, chat);
    if (spec.type === 'private') {
      addUser({ id: spec.id, first_name: spec.firstName ?? chat.title, ...(chat.username === undefined ? {} : { username: chat.username }), ...(spec.languageCode === undefined ? {} : { language_code: spec.languageCode }) });
    }
    if (spec.type === 'private') setMember(chat.id, chat.id, 'member');
    const channel = spec.type === 'channel';
    setMember(chat.id, bot.id, spec.botStatus ?? (channel ? 'administrator' : 'member'), spec.botRights ?? (channel ? { can_post_messages: true } : {}));
    return chat;
  }

  /** Find a chat by numeric id (number or numeric string) or "@username". */
  function resolveChat(chatId: unknown): FakeChat | undefined {
    if (typeof chatId === 'string' && chatId.startsWith('@')) {
      const name = chatId.slice(1).toLowerCase();
      return [...chats.values()].find((chat) => chat.username?.toLowerCase() === name && chat.type !== 'private');
    }
    const id = typeof chatId === 'number' ? chatId : typeof chatId === 'string' && /^-?\d+$/.test(chatId) ? Number(chatId) : undefined;
    return id === undefined ? undefined : chats.get(id);
  }

  function membership(chatId: number, userId: number): Membership | undefined {
    return members.get(chatId)?.get(userId);
  }

  function toChat(chat: FakeChat): Chat {
    const username = chat.username === undefined ? {} : { username: chat.username };
    switch (chat.type) {
      case 'private':
        return { id: chat.id, type: 'private', first_name: users.get(chat.id)?.first_name ?? chat.title, ...username };
      case 'group':
        return { id: chat.id, type: 'group', title: chat.title };
      case 'supergroup':
        return { id: chat.id, type: 'supergroup', title: chat.title, ...username, ...(chat.isForum ? { is_forum: true } : {}) };
      case 'channel':
        return { id: chat.id, type: 'channel', title: chat.title, ...username };
    }
  }

  function toChatFullInfo(chat: FakeChat): ChatFullInfo {
    return { ...toChat(chat), accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false, gifts_from_channels: false } } as ChatFullInfo;
  }

  function toChatMember(chatId: number, userId: number): ChatMember {
    const user = users.get(userId) ?? { id: userId, is_bot: false, first_name: `User ${userId}` };
    const found = membership(chatId, userId) ?? { status: 'left', rights: {} };
    const { rights } = found;
    const title = rights.custom_title === undefined ? {} : { custom_title: rights.custom_title };
    switch (found.status) {
      case 'creator':
        return { status: 'creator', user, is_anonymous: rights.is_anonymous ?? false, ...title };
      case 'administrator':
        return {
          status: 'administrator', user, can_be_edited: false, is_anonymous: false, can_manage_chat: true,
          can_delete_messages: true, can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false,
          can_change_info: true, can_invite_users: true, can_post_stories: false, can_edit_stories: false,
          can_delete_stories: false, can_send_welcome_messages: false, can_pin_messages: true,
          ...(chats.get(chatId)?.type === 'channel' ? { can_post_messages: false, can_edit_messages: false } : {}),
          ...(chats.get(chatId)?.isForum === true ? { can_manage_topics: true } : {}),
          ...rights,
        };
      case 'member':
        return { status: 'member', user };
      case 'left':
        return { status: 'left', user };
      case 'kicked':
        return { status: 'kicked', user, until_date: 0 };
    }
  }

  /** Why Telegram would refuse the bot's access to `chat` (getChatMember, getChat…), if it would. */
  function accessRefusal(chat: FakeChat): TelegramFailure | undefined {
    const status = membership(chat.id, bot.id)?.status ?? 'left';
    const kind = chat.type === 'supergroup' ? 'supergroup' : chat.type === 'channel' ? 'channel' : 'group';
    if (chat.type === 'private') return undefined;
    if (chat.migratedTo !== undefined) return failure(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: chat.migratedTo });
    if (status === 'kicked') return failure(403, `Forbidden: bot was kicked from the ${kind} chat`);
    if (status === 'left') return failure(403, `Forbidden: bot is not a member of the ${kind} chat`);
    return undefined;
  }

  /** Why Telegram would refuse a text message from the bot to `chat`, if it would. */
  function sendRefusal(chat: FakeChat): TelegramFailure | undefined {
    const found = membership(chat.id, bot.id);
    if (chat.type === 'private') {
      if (found?.status === 'kicked') return failure(403, 'Forbidden: bot was blocked by the user');
      if (found === undefined || found.status === 'left') return failure(403, "Forbidden: bot can't initiate conversation with a user");
      return undefined;
    }
    const refusal = accessRefusal(chat);
    if (refusal !== undefined) return refusal;
    if (chat.type === 'channel' && found?.status !== 'creator' && found?.rights.can_post_messages !== true) {
      return failure(400, 'Bad Request: need administrator rights in the channel chat');
    }
    return undefined;
  }

  /** The next message id in a chat; the id is remembered so replies to it can be checked. */
  function nextMessageId(chat: FakeChat): number {
    chat.lastMessageId += 1;
    chat.messageIds.add(chat.lastMessageId);
    return chat.lastMessageId;
  }

  return {
    bot, chats, users, addUser, addChat, setMember, resolveChat, membership,
    toChat, toChatFullInfo, toChatMember, accessRefusal, sendRefusal, nextMessageId,
    /** Administrators and the creator of a chat, as getChatAdministrators lists them. */
    administrators(chatId: number): ChatMember[] {
      return [...(members.get(chatId) ?? new Map<number, Membership>()).entries()]
        .filter(([, m]) => m.status === 'creator' || m.status === 'administrator')
        .map(([userId]) => toChatMember(chatId, userId));
    },
  };
}
