/**
 * The Telegram webhook as a route on the serve port (bolt-js Receiver style): it answers only its
 * own path, refuses with 401 any request without Telegram's secret token header, and hands each
 * update to the bot, whose error handler answers failures. A failed update still answers 200, so
 * Telegram does not redeliver a command that already told its chat "something went wrong".
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BotError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { RouteHandler } from '../../src/index.ts';

/** Where the webhook listens and how to check and handle what arrives. */
export type WebhookOptions = {
  readonly bot: Bot;
  /** The path of TELEGRAM_WEBHOOK_URL, e.g. `/telegram/webhook`. */
  readonly path: string;
  readonly secret: string;
  readonly handleError: (error: BotError) => Promise<void>;
  /** Largest update accepted (default 1 MiB; Telegram's are a few kilobytes). */
  readonly maxBytes?: number;
};

/** Compare in constant time, so the secret cannot be guessed a byte at a time from response times. */
function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function answer(response: ServerResponse, status: number, text: string): true {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
  return true;
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Create the route handler; it returns false for requests to other paths. */
export function createTelegramWebhookHandler(options: WebhookOptions): RouteHandler {
  const maxBytes = options.maxBytes ?? 1 << 20;
  return async (request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) return false;
    if (request.method !== 'POST') return answer(response, 405, 'method not allowed; Telegram POSTs updates here');
    if (!sameSecret(request.headers['x-telegram-bot-api-secret-token'], options.secret)) return answer(response, 401, 'unauthorized');
    const body = await readBody(request, maxBytes);
    if (body === undefined) return answer(response, 413, 'update too large');
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      // Not JSON: Telegram never sends that, so it is not worth more than a 400.
      return answer(response, 400, 'the body is not JSON');
    }
    if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') return answer(response, 400, 'not a Telegram update');
    await options.bot.init();
    try {
      await options.bot.handleUpdate(update);
    } catch (error) {
      // handleUpdate wraps every middleware failure in a BotError; anything else is grammY's own and answers 500.
      if (!(error instanceof BotError)) throw error;
      await options.handleError(error);
    }
    return answer(response, 200, 'ok');
  };
}
