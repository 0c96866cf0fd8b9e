/**
 * Who may change a chat's subscription, asked of Telegram itself (getChatMember), never guessed
 * from the message: in a private chat the user; in a group its creator and administrators,
 * including an anonymous administrator posting as the group; a channel only from a private chat,
 * by one of its administrators, and only when the bot can post there.
 */
import { GrammyError, type Api } from 'grammy';
import type { Chat, ChatMember, Message, User } from 'grammy/types';
import type { ChannelProblem } from './messages.ts';

/** Telegram's GroupAnonymousBot: the `from` of messages an anonymous administrator sends as the group. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/** May this sender manage the chat's subscription; `by` names them for the subscription record. */
export type ManageDecision = { readonly allowed: true; readonly by: string } | { readonly allowed: false; readonly reason: 'admins_only' | 'post_as_yourself' };

const isAdmin = (member: ChatMember): boolean => member.status === 'creator' || member.status === 'administrator';

/** Decide for a message in a private chat, group or supergroup. */
export async function mayManageChat(api: Api, message: Pick<Message, 'chat' | 'from' | 'sender_chat'>): Promise<ManageDecision> {
  const { chat, from } = message;
  if (chat.type === 'private') return { allowed: true, by: `telegram:user:${from?.id ?? chat.id}` };
  // Telegram lets only administrators post as the group, so a message whose sender is the group itself is an admin's.
  if (message.sender_chat?.id === chat.id && (from === undefined || from.id === GROUP_ANONYMOUS_BOT_ID)) return { allowed: true, by: `telegram:anonymous-admin:${chat.id}` };
  // Anyone can post "as" a channel they own (or the linked channel's automatic forwards): that proves nothing about this group.
  if (message.sender_chat !== undefined || from === undefined) return { allowed: false, reason: 'post_as_yourself' };
  const member = await api.getChatMember(chat.id, from.id);
  return isAdmin(member) ? { allowed: true, by: `telegram:user:${from.id}` } : { allowed: false, reason: 'admins_only' };
}

/** A channel the user may subscribe, or exactly what is missing. */
export type ChannelCheck =
  | { readonly ok: true; readonly chat: Chat.ChannelChat }
  | { readonly ok: false; readonly problem: ChannelProblem };

function refusal(error: unknown): ChannelProblem | undefined {
  if (!(error instanceof GrammyError)) return undefined;
  if (error.error_code === 403) return 'bot_not_member';
  if (error.error_code === 400 && /chat not found|username_invalid|peer_id_invalid/i.test(error.description)) return 'not_found';
  if (error.error_code === 400 && /member list is inaccessible|not enough rights|need administrator/i.test(error.description)) return 'bot_not_admin';
  return undefined;
}

/**
 * Check a channel named in `/subscribe @channel …`: it exists and is a channel, the bot is an
 * administrator there with the right to post, and `user` is one of its administrators. Network
 * and server failures are thrown (the command's error handler answers them).
 */
export async function checkChannel(api: Api, channel: string, user: User, botId: number): Promise<ChannelCheck> {
  try {
    const chat = await api.getChat(channel);
    if (chat.type !== 'channel') return { ok: false, problem: 'not_a_channel' };
    const bot = await api.getChatMember(chat.id, botId);
    if (bot.status === 'left' || bot.status === 'kicked') return { ok: false, problem: 'bot_not_member' };
    if (bot.status !== 'creator' && bot.status !== 'administrator') return { ok: false, problem: 'bot_not_admin' };
    if (bot.status === 'administrator' && bot.can_post_messages !== true) return { ok: false, problem: 'bot_cannot_post' };
    let member: ChatMember;
    try {
      member = await api.getChatMember(chat.id, user.id);
    } catch (error) {
      // "user not found": someone who is not in the channel at all is certainly not its administrator.
      if (error instanceof GrammyError && error.error_code === 400) return { ok: false, problem: 'user_not_admin' };
      throw error;
    }
    if (!isAdmin(member)) return { ok: false, problem: 'user_not_admin' };
    return { ok: true, chat: { id: chat.id, type: 'channel', title: chat.title, ...(chat.username === undefined ? {} : { username: chat.username }) } };
  } catch (error) {
    const problem = refusal(error);
    if (problem !== undefined) return { ok: false, problem };
    throw error;
  }
}
