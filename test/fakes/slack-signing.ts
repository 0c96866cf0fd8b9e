import { createHmac, randomBytes } from 'node:crypto';

/**
 * Send requests to a Bolt HTTP receiver the way Slack does: signed with the app's signing
 * secret (v0 HMAC-SHA256 of `v0:<timestamp>:<raw body>`), so the adapter's real signature
 * check runs. Used with `new App({ signingSecret, … }).start({ port: 0, host: '127.0.0.1' })`.
 */
export type SlackSignatureHeaders = { readonly 'x-slack-signature': string; readonly 'x-slack-request-timestamp': string };

export type SignedPostResult = { readonly status: number; readonly body: string; readonly json: unknown };

/** The signature headers for a raw body; `timestamp` is Unix seconds (default now). */
export function signSlackRequest(signingSecret: string, body: string, timestamp: number = Math.floor(Date.now() / 1000)): SlackSignatureHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** A random signing secret for a test app. */
export function createSigningSecret(): string {
  return randomBytes(16).toString('hex');
}

export type SlashCommandFields = {
  readonly command: string;
  readonly text?: string;
  readonly channel_id: string;
  readonly user_id: string;
  readonly response_url?: string;
  readonly team_id?: string;
  readonly channel_name?: string;
  readonly user_name?: string;
  readonly trigger_id?: string;
  readonly api_app_id?: string;
  readonly [field: string]: string | undefined;
};

type SignOptions = { readonly timestamp?: number; readonly signingSecretOverride?: string };

async function postSigned(url: string, signingSecret: string, body: string, contentType: string, options: SignOptions): Promise<SignedPostResult> {
  const headers = signSlackRequest(options.signingSecretOverride ?? signingSecret, body, options.timestamp);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Bolt acks some requests with plain text; the raw body is in `body`.
    json = undefined;
  }
  return { status: res.status, body: text, json };
}

/**
 * POST a signed slash command, form-encoded as Slack sends it. Pass `timestamp` to test stale
 * requests, `signingSecretOverride` to test a forged signature.
 */
export function postSlashCommand(url: string, signingSecret: string, fields: SlashCommandFields, options: SignOptions = {}): Promise<SignedPostResult> {
  const defaults: Record<string, string> = {
    token: 'fake-verification-token',
    team_id: 'T0MUJAZ',
    team_domain: 'mujaz-test',
    channel_name: 'newsroom',
    user_name: 'tester',
    api_app_id: 'A0MUJAZ',
    is_enterprise_install: 'false',
    trigger_id: `${Date.now()}.fake.trigger`,
    text: '',
  };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...defaults, ...fields })) if (value !== undefined) body.set(key, value);
  return postSigned(url, signingSecret, body.toString(), 'application/x-www-form-urlencoded', options);
}

/** POST a signed Events API `event_callback` wrapping `event` (e.g. `{ type: 'app_mention', … }`). */
export function postSlackEvent(url: string, signingSecret: string, event: Record<string, unknown>, options: SignOptions & { readonly teamId?: string } = {}): Promise<SignedPostResult> {
  const envelope = {
    token: 'fake-verification-token',
    team_id: options.teamId ?? 'T0MUJAZ',
    api_app_id: 'A0MUJAZ',
    type: 'event_callback',
    event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
  return postSigned(url, signingSecret, JSON.stringify(envelope), 'application/json', options);
}
