import { describe, expect, it } from 'vitest';
import { loadSlackConfig } from '../../../bots/slack/config.ts';
import { maySubscribe, parseSubscribePolicy } from '../../../bots/slack/permissions.ts';
import { ConfigError } from '../../../src/index.ts';

/** Built at run time: an obviously fake app-level token, never one shaped like a real one in the source. */
const APP_TOKEN = ['xapp', '1', 'A0', '123', 'abcdef'].join('-');

const botToken = `${['xo', 'xb-'].join('')}test_0123456789abcdef`;
const signingSecret = '0123456789abcdef0123456789abcdef';

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadSlackConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('loadSlackConfig', () => {
  it('is off when no SLACK_ variable is set, whatever else is', () => {
    expect(loadSlackConfig({ PORT: '8080', TELEGRAM_BOT_TOKEN: 'x' })).toBeUndefined();
  });

  it('reads the HTTP receiver with its defaults', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret })).toEqual({
      botToken,
      apiUrl: 'https://slack.com/api/',
      command: '/briefing',
      transport: { mode: 'http', signingSecret, port: 3000 },
      subscribePolicy: { kind: 'anyone' },
      defaultLanguage: 'ar',
    });
  });

  it('uses Socket Mode when an app-level token is set, and adds the trailing slash to SLACK_API_URL', () => {
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: 'https://slack-proxy.example.org/api', SLACK_COMMAND: '/mujaz', SLACK_SUBSCRIBE_ALLOWED: 'admins', SLACK_LANGUAGE: 'en' });
    expect(config).toMatchObject({ apiUrl: 'https://slack-proxy.example.org/api/', command: '/mujaz', transport: { mode: 'socket', appToken: APP_TOKEN }, subscribePolicy: { kind: 'admins' }, defaultLanguage: 'en' });
  });

  it('lists every problem at once, each saying what to do, and never repeats a secret', () => {
    const wrongToken = `xoxp-${'9'.repeat(20)}`;
    const problems = problemsOf({ SLACK_BOT_TOKEN: wrongToken, SLACK_API_URL: 'http://slack.example.org/api/', SLACK_COMMAND: '/status', SLACK_SUBSCRIBE_ALLOWED: 'U123,bob', PORT: 'eighty' });
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: must be a bot token starting with xoxb-/),
      expect.stringMatching(/^SLACK_API_URL: must use https/),
      expect.stringMatching(/^SLACK_COMMAND: is one of Slack's built-in commands; choose another name such as \/briefing/),
      'SLACK_SUBSCRIBE_ALLOWED: must be anyone, admins, or Slack user ids separated by commas such as U0123ABCD,U0456EFGH (not a user id: bob)',
      'PORT: must be a TCP port (0–65535)',
      expect.stringMatching(/^SLACK_SIGNING_SECRET: is required for the HTTP receiver .* or set SLACK_APP_TOKEN to use Socket Mode/),
    ]);
    expect(problems.join('\n')).not.toContain(wrongToken);
  });

  it('asks for the bot token when only other SLACK_ variables are set', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: signingSecret })).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: is required because SLACK_SIGNING_SECRET is set/)]);
  });

  it('accepts plain http to the local machine only (the fake Slack, a local proxy)', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: 'http://127.0.0.1:9000/api/' })?.apiUrl).toBe('http://127.0.0.1:9000/api/');
  });
});

describe('who may subscribe', () => {
  const roles = (admins: readonly string[]) => async (user: string) => ({ isAdmin: admins.includes(user), isOwner: false });

  it('parses anyone, admins and lists of user ids', () => {
    expect(parseSubscribePolicy(' Anyone ')).toEqual({ kind: 'anyone' });
    expect(parseSubscribePolicy('U0123ABCD, W0456EFGH,U0123ABCD')).toEqual({ kind: 'users', userIds: ['U0123ABCD', 'W0456EFGH'] });
    expect(parseSubscribePolicy('')).toMatch(/^must be anyone, admins/);
  });

  it('asks Slack for roles only under the admins policy', async () => {
    const never = async (): Promise<never> => {
      throw new Error('users.info must not be called');
    };
    expect(await maySubscribe({ kind: 'anyone' }, 'U9', never)).toBe(true);
    expect(await maySubscribe({ kind: 'users', userIds: ['U1'] }, 'U1', never)).toBe(true);
    expect(await maySubscribe({ kind: 'users', userIds: ['U1'] }, 'U2', never)).toBe(false);
    expect(await maySubscribe({ kind: 'admins' }, 'U1', roles(['U1']))).toBe(true);
    expect(await maySubscribe({ kind: 'admins' }, 'U2', roles(['U1']))).toBe(false);
  });
});
