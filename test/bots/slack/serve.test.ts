import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { slackServeAdapter } from '../../../bots/slack/index.ts';
import { runCli, type Adapter } from '../../../src/index.ts';
import { createSigningSecret, postSlashCommand, startFakeSlack, type FakeSlack } from '../../fakes/slack-api.ts';
import { makeTempDir } from '../../support/temp.ts';
import { allText, eventually, seedsPath } from './harness.ts';

/** A user token (not a bot token), built at run time so no token-shaped string sits in the source. */
const USER_TOKEN = ['xo', 'xp-not-a-bot-token'].join('');

let fake: FakeSlack | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await fake?.close();
  cleanup?.();
});

describe('mujaz serve with the Slack adapter wired in', () => {
  it('mounts the signed receiver on the serve port next to /healthz, answers /briefing, and stops cleanly', async () => {
    fake = await startFakeSlack();
    fake.addChannel({ id: 'C0NEWS', name: 'newsroom', members: [fake.botUserId, 'U2READER'] });
    const temp = makeTempDir('mujaz-slack-serve-');
    cleanup = temp.cleanup;
    const signingSecret = createSigningSecret();
    const environment = {
      MUJAZ_DB: join(temp.dir, 'mujaz.db'), PORT: '0', MUJAZ_HOST: '127.0.0.1', MUJAZ_LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: fake.apiUrl, SLACK_COMMAND: '/mujaz',
    };
    expect(await runCli(['ingest', seedsPath], { environment, out: () => undefined, err: () => undefined })).toBe(0);

    const err: string[] = [];
    let shutdown = () => {};
    let adapter: Adapter | undefined;
    const serving = runCli(['serve'], { environment, out: () => undefined, err: (line) => err.push(line) }, {
      adapters: async (parts) => {
        adapter = slackServeAdapter(environment, parts);
        return adapter ? [adapter] : [];
      },
      untilShutdown: () => new Promise<void>((resolve) => (shutdown = resolve)),
    });
    const origin = await eventually(() => /http:\/\/(127\.0\.0\.1:\d+)\/healthz/.exec(err.join('\n'))?.[1]);
    expect(adapter?.port.platform).toBe('slack');
    expect(err.join('\n')).toContain('platforms slack, console');
    // Adapters start once the port listens; until then the receiver answers 503 and Slack retries.
    const post = () => postSlashCommand(`http://${origin}/slack/events`, signingSecret, { command: '/mujaz', text: 'status talks en', channel_id: 'C0NEWS', user_id: 'U2READER', response_url: (fake as FakeSlack).responseUrl('serve-1') });
    let answer = await post();
    while (answer.status === 503) answer = await new Promise((resolve) => setTimeout(resolve, 20)).then(post);
    expect(answer.status).toBe(200);
    const reply = await eventually(() => fake?.responses.find((r) => r.id === 'serve-1'));
    expect(allText([reply])).toContain('Rustem Umerov');
    expect((await postSlashCommand(`http://${origin}/slack/events`, 'forged', { command: '/mujaz', text: 'help', channel_id: 'C0NEWS', user_id: 'U2READER' })).status).toBe(401);
    expect((await fetch(`http://${origin}/healthz`)).status).toBe(200);

    shutdown();
    expect(await serving).toBe(0);
    await expect(fetch(`http://${origin}/healthz`)).rejects.toThrow();
    expect(err.join('\n')).not.toContain(fake.botToken);
    expect(err.join('\n')).not.toContain(signingSecret);
  });

  it('stops start-up with every Slack problem listed when the variables are wrong', async () => {
    const temp = makeTempDir('mujaz-slack-serve-');
    cleanup = temp.cleanup;
    const environment = { MUJAZ_DB: join(temp.dir, 'mujaz.db'), PORT: '0', MUJAZ_HOST: '127.0.0.1', SLACK_BOT_TOKEN: USER_TOKEN, SLACK_COMMAND: '/status' };
    const err: string[] = [];
    const code = await runCli(['serve'], { environment, out: () => undefined, err: (line) => err.push(line) }, {
      adapters: async (parts) => {
        const slack = slackServeAdapter(environment, parts);
        return slack ? [slack] : [];
      },
      untilShutdown: async () => undefined,
    });
    expect(code).toBe(2);
    const output = err.join('\n');
    expect(output).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(output).toContain("SLACK_COMMAND: is one of Slack's built-in commands");
    expect(output).toContain('SLACK_SIGNING_SECRET: is required for the HTTP receiver');
    expect(output).not.toContain(USER_TOKEN);
  });
});
