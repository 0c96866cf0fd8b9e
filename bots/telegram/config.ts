/**
 * The Telegram adapter's configuration, parsed once from the environment object `mujaz serve`
 * passes in. Every problem is reported at once, and no message ever repeats the token.
 */
import { z } from 'zod';
import { ConfigError, httpUrl, isSecureOrLocal } from '../../src/index.ts';

/** Polling (the default) or a webhook on the serve port. */
export type TelegramTransport =
  | { readonly mode: 'polling' }
  | { readonly mode: 'webhook'; readonly url: string; readonly path: string; readonly secret: string };

/** What the adapter needs to start. */
export type TelegramConfig = {
  readonly token: string;
  /** The Bot API server, without a trailing slash (grammY refuses one). */
  readonly apiRoot: string;
  readonly transport: TelegramTransport;
};

/** The variables this adapter reads (documented in docs/telegram.md). */
export const telegramVariables = ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET'] as const;


const schema = z
  .object({
    // The message never quotes the value: a token pasted with a typo is still mostly a secret.
    TELEGRAM_BOT_TOKEN: z.string().regex(/^\d{3,20}:[A-Za-z0-9_-]{20,}$/, 'does not look like a bot token (digits, a colon, then 20 or more letters, digits, _ or -); copy it again from @BotFather'),
    TELEGRAM_API_ROOT: z
      .string()
      .refine((text) => httpUrl(text) !== undefined, 'must be an http(s) URL such as https://api.telegram.org')
      .refine((text) => !httpUrl(text)?.pathname.includes('/bot'), 'must be the server root, without /bot<token>')
      .default('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: z
      .string()
      .refine((text) => httpUrl(text) !== undefined, 'must be a URL such as https://mujaz.example.org/telegram/webhook')
      .refine(isSecureOrLocal, 'must use https (Telegram delivers webhooks only over HTTPS); http is accepted for 127.0.0.1 and localhost only')
      .optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram sends it back in X-Telegram-Bot-Api-Secret-Token)')
      .optional(),
  })
  .superRefine((values, context) => {
    if (values.TELEGRAM_WEBHOOK_URL !== undefined && values.TELEGRAM_WEBHOOK_SECRET === undefined) {
      context.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required with TELEGRAM_WEBHOOK_URL, so that requests not coming from Telegram are refused; generate one with: openssl rand -hex 32' });
    }
    if (values.TELEGRAM_WEBHOOK_SECRET !== undefined && values.TELEGRAM_WEBHOOK_URL === undefined) {
      context.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_URL'], message: 'is missing: TELEGRAM_WEBHOOK_SECRET is set, which only has a use in webhook mode (unset it to use long polling)' });
    }
  });

/**
 * Parse the Telegram variables. Returns undefined when none is set (the bot is off); throws a
 * ConfigError listing every problem otherwise, e.g. "TELEGRAM_BOT_TOKEN: is required because
 * TELEGRAM_WEBHOOK_URL is set".
 */
export function loadTelegramConfig(environment: Readonly<Record<string, string | undefined>>): TelegramConfig | undefined {
  const present = Object.fromEntries(telegramVariables.flatMap((name) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? [] : [[name, value]];
  }));
  if (Object.keys(present).length === 0) return undefined;
  if (present.TELEGRAM_BOT_TOKEN === undefined) {
    const others = Object.keys(present).join(', ');
    throw new ConfigError([`TELEGRAM_BOT_TOKEN: is required because ${others} ${Object.keys(present).length > 1 ? 'are' : 'is'} set; create a bot with @BotFather and set its token, or unset the other TELEGRAM_ variables`]);
  }
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'TELEGRAM'}: ${issue.message}`));
  const values = parsed.data;
  const apiRoot = values.TELEGRAM_API_ROOT.replace(/\/+$/, '');
  if (values.TELEGRAM_WEBHOOK_URL === undefined || values.TELEGRAM_WEBHOOK_SECRET === undefined) return { token: values.TELEGRAM_BOT_TOKEN, apiRoot, transport: { mode: 'polling' } };
  const url = new URL(values.TELEGRAM_WEBHOOK_URL);
  return {
    token: values.TELEGRAM_BOT_TOKEN,
    apiRoot,
    transport: { mode: 'webhook', url: url.href, path: url.pathname, secret: values.TELEGRAM_WEBHOOK_SECRET },
  };
}

/**
 * Remove a token from any text before it is logged or stored: the value itself, and any
 * `/bot<token>/` path a network error may quote.
 */
export function redactToken(text: string, token: string): string {
  const withoutValue = token === '' ? text : text.split(token).join('[token]');
  return withoutValue.replace(/\/bot[^/\s]+\//g, '/bot[token]/');
}
