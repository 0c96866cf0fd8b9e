/**
 * Slack's syntax around the shared request grammar (src/schedule/request-grammar.ts): the slash
 * command's text and a mention's text read the same (`/briefing status talks`, `@mujaz status talks`).
 * Only what is Slack's own lives here: a mention's markup.
 */
import { parseRequest, questionText, REQUEST_COMMANDS, type Question, type Request, type RequestParse, type RequestProblem } from '../../src/index.ts';

/** The subcommands, in the order help lists them. */
export const subcommands = REQUEST_COMMANDS;
export type SlackRequest = Request;
export type GrammarProblem = RequestProblem;
export type ParseResult = RequestParse;
export type { Question };
export { questionText };

/** Parse the words after the command (`status talks`), or a mention's text without the mention. Slack names no other channel. */
export function parseCommand(text: string): ParseResult {
  return parseRequest(text);
}

/** Remove the app's own mention (`<@U0BOT>` or `<@U0BOT|mujaz>`) and Slack's escapes from a mention's text. */
export function mentionText(text: string, botUserId: string | undefined): string {
  const own = botUserId === undefined ? /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g : new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g');
  return text.replace(own, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/gu, ' ').trim();
}
