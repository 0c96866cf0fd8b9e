/**
 * The Slack adapter's configuration, parsed once from the environment object `mujaz serve` passes
 * in. Every problem is reported at once; no message ever repeats a token or the signing secret.
 */
import { z } from 'zod';
import { ConfigError, httpUrl, isSecureOrLocal, type Lang } from '../../src/index.ts';
import { parseSubscribePolicy, type SubscribePolicy } from './permissions.ts';

/** HTTP (Slack POSTs signed requests to us) or Socket Mode (we open a WebSocket to Slack). */
export type SlackTransport =
  | { readonly mode: 'http'; readonly signingSecret: string; readonly port: number }
  | { readonly mode: 'socket'; readonly appToken: string };

/** What the adapter needs to start. */
export type SlackConfig = {
  readonly botToken: string;
  /** The Web API base, always ending in `/` (WebClient joins method names onto it). */
  readonly apiUrl: string;
  /** The slash command, e.g. `/briefing`. */
  readonly command: string;
  readonly transport: SlackTransport;
  readonly subscribePolicy: SubscribePolicy;
  /** The language of answers and of new subscriptions when the user names none. */
  readonly defaultLanguage: Lang;
};

/** The variables this adapter reads (documented in docs/slack.md). */
export const slackVariables = [
  'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL', 'SLACK_COMMAND', 'SLACK_SUBSCRIBE_ALLOWED', 'SLACK_LANGUAGE', 'PORT',
] as const;

/** Commands Slack itself owns; an app cannot take them over (`/status` sets a user's status). */
const BUILT_IN_COMMANDS = new Set([
  '/active', '/apps', '/archive', '/away', '/call', '/collapse', '/dm', '/dnd', '/expand', '/feed', '/feedback', '/help', '/invite',
  '/join', '/kick', '/leave', '/me', '/msg', '/mute', '/open', '/prefs', '/remind', '/remove', '/rename', '/search', '/shortcuts',
  '/shrug', '/star', '/status', '/topic', '/who', '/workflows',
]);


const schema = z.object({
  // Messages never quote the value: a token pasted with a typo is still mostly a secret.
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-\S{8,}$/, 'must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token); a user (xoxp-) or app-level (xapp-) token does not work here'),
  SLACK_SIGNING_SECRET: z.string().regex(/^\S{16,}$/, 'must be the app\'s signing secret (Basic Information → App Credentials), at least 16 characters without spaces').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-\S{8,}$/, 'must be an app-level token starting with xapp- with the connections:write scope (Basic Information → App-Level Tokens)').optional(),
  SLACK_API_URL: z
    .string()
    .refine((text) => httpUrl(text) !== undefined, 'must be an http(s) URL such as https://slack.com/api/')
    .refine(isSecureOrLocal, 'must use https: the bot token travels with every call (http is accepted for 127.0.0.1 and localhost only)')
    .default('https://slack.com/api/'),
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, 'must be a slash command such as /briefing: a slash, then up to 31 lowercase letters, digits, - or _')
    .refine((command) => !BUILT_IN_COMMANDS.has(command), 'is one of Slack\'s built-in commands; choose another name such as /briefing (status is a subcommand: /briefing status talks)')
    .default('/briefing'),
  SLACK_SUBSCRIBE_ALLOWED: z.string().transform((text, context) => {
    const policy = parseSubscribePolicy(text);
    if (typeof policy === 'string') {
      context.addIssue({ code: 'custom', message: policy });
      return z.NEVER;
    }
    return policy;
  }).default({ kind: 'anyone' }),
  SLACK_LANGUAGE: z.enum(['ar', 'en'], { error: 'must be ar or en' }).default('ar'),
  PORT: z.coerce.number({ error: 'must be a TCP port (0–65535)' }).int('must be a TCP port (0–65535)').min(0, 'must be a TCP port (0–65535)').max(65_535, 'must be a TCP port (0–65535)').default(3000),
});

/**
 * Parse the Slack variables. Returns undefined when SLACK_BOT_TOKEN is not set (the Slack app is
 * off, unless another SLACK_ variable shows it was meant to be on); throws a ConfigError listing
 * every problem otherwise, e.g. "SLACK_SIGNING_SECRET: is required for the HTTP receiver …".
 */
export function loadSlackConfig(environment: Readonly<Record<string, string | undefined>>): SlackConfig | undefined {
  const present = Object.fromEntries(slackVariables.flatMap((name) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? [] : [[name, value]];
  }));
  const slackOnes = Object.keys(present).filter((name) => name.startsWith('SLACK_'));
  if (present.SLACK_BOT_TOKEN === undefined) {
    if (slackOnes.length === 0) return undefined;
    throw new ConfigError([`SLACK_BOT_TOKEN: is required because ${slackOnes.join(', ')} ${slackOnes.length > 1 ? 'are' : 'is'} set; install the app to the workspace and set its bot token, or unset the other SLACK_ variables`]);
  }
  const parsed = schema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'SLACK'}: ${issue.message}`);
  if (present.SLACK_APP_TOKEN === undefined && present.SLACK_SIGNING_SECRET === undefined) {
    problems.push('SLACK_SIGNING_SECRET: is required for the HTTP receiver (Basic Information → App Credentials → Signing Secret); or set SLACK_APP_TOKEN to use Socket Mode instead');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const values = parsed.data;
  const apiUrl = values.SLACK_API_URL.endsWith('/') ? values.SLACK_API_URL : `${values.SLACK_API_URL}/`;
  const transport: SlackTransport = values.SLACK_APP_TOKEN !== undefined
    ? { mode: 'socket', appToken: values.SLACK_APP_TOKEN }
    : { mode: 'http', signingSecret: values.SLACK_SIGNING_SECRET as string, port: values.PORT };
  return { botToken: values.SLACK_BOT_TOKEN, apiUrl, command: values.SLACK_COMMAND, transport, subscribePolicy: values.SLACK_SUBSCRIBE_ALLOWED, defaultLanguage: values.SLACK_LANGUAGE };
}
