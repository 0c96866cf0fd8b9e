import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServeCommand } from '../../src/cli/serve-command.ts';
import { runCli } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createOffsetClock } from '../../src/schedule/clock.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { dueInstant } from '../../src/schedule/zoned-time.ts';
import { createSqliteDeliveryStore } from '../../src/store/sqlite/sqlite-delivery-store.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { makeTempDir } from '../support/temp.ts';
import { createVirtualClock } from '../support/virtual-clock.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));
const root = new URL('../../', import.meta.url).pathname;

function workspace(extra: Record<string, string> = {}) {
  const temp = makeTempDir();
  temps.push(temp.cleanup);
  const environment = { MUJAZ_DB: join(temp.dir, 'mujaz.db'), MUJAZ_LOG_LEVEL: 'silent', ...extra };
  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    // The platforms bots/main.ts brings; src/ knows none but console.
    const code = await runCli(args, { environment, out: (line) => out.push(line), err: (line) => err.push(line), now: () => new Date('2026-02-06T02:00:00Z'), cwd: root }, { platforms: ['telegram', 'slack'] });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  return { cli, environment, path: environment.MUJAZ_DB };
}

describe('mujaz subscriptions, deliveries and briefing', () => {
  it('refuses an unknown time zone with the closest name', async () => {
    const { cli } = workspace();
    const result = await cli('subscriptions', 'add', '--chat', '42', '--time', '07:30', '--tz', 'Asia/Dubay');
    expect(result.code).toBe(2);
    expect(result.err).toContain("unknown time zone 'Asia/Dubay' — did you mean Asia/Dubai?");
  });

  it('refuses a platform no adapter brings, and names those it knows', async () => {
    const { cli } = workspace();
    const refused = await cli('subscriptions', 'add', '--chat', 'c1', '--time', '07:30', '--tz', 'UTC', '--platform', 'telegrm');
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain("--platform 'telegrm' is not one of console, telegram, slack");
    expect((await cli('subscriptions', 'list')).out).toContain('no subscriptions');
  });

  it('adds, lists, pauses, resumes and removes a subscription', async () => {
    const { cli } = workspace();
    const added = await cli('subscriptions', 'add', '--chat=-100', '--thread', '7', '--time', '7:30', '--tz', 'asia/dubai', '--lang', 'en', '--sections', 'talks', '--platform', 'telegram');
    expect(added.code).toBe(0);
    const id = /^added (s[0-9a-f]+)/.exec(added.out)?.[1] as string;
    expect(added.out).toContain('telegram:-100#7  07:30 Asia/Dubai  en talks  active, next 2026-02-06 07:30 Asia/Dubai (03:30 UTC)');
    expect((await cli('subscriptions', 'pause', id, '--reason', 'holiday')).out).toContain('paused (holiday)');
    expect((await cli('subscriptions', 'list')).out).toContain(`${id}  telegram:-100#7`);
    expect((await cli('subscriptions', 'resume', id)).out).toContain('active');
    expect((await cli('subscriptions', 'remove', id)).code).toBe(0);
    expect((await cli('subscriptions', 'list')).out).toContain('no subscriptions');
    expect((await cli('subscriptions', 'pause', 'nope')).err).toContain("no subscription 'nope'");
  });

  it('adds a subscription that wants the full digest with the Arabic quotes, and refuses an unknown detail', async () => {
    const { cli } = workspace();
    const added = await cli('subscriptions', 'add', '--chat', 'me', '--time', '07:30', '--tz', 'Asia/Dubai', '--lang', 'en', '--detail', 'full', '--arabic-quotes');
    expect(added.out).toContain('me  07:30 Asia/Dubai  en all full arabic-quotes  active');
    const refused = await cli('subscriptions', 'add', '--chat', 'me', '--time', '07:30', '--tz', 'Asia/Dubai', '--detail', 'long');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--detail 'long' is not one of brief, full");
  });

  it('lists missed briefings under --failed', async () => {
    const { cli, path } = workspace();
    const added = await cli('subscriptions', 'add', '--chat', 'me', '--time', '07:30', '--tz', 'Asia/Dubai');
    const id = /^added (s[0-9a-f]+)/.exec(added.out)?.[1] as string;
    const store = createSqliteDeliveryStore(openSqliteDatabase(path));
    const clock = createVirtualClock(Date.parse('2026-02-06T03:00:00Z'));
    await createScheduler({ store, clock, graceMs: 3 * 3_600_000 }).sweep();
    clock.set(Date.parse('2026-02-07T05:00:00Z')); // down for a day: the 6th missed, the 7th late
    await createScheduler({ store, clock, graceMs: 3 * 3_600_000 }).sweep();
    await store.close();
    const failed = await cli('deliveries', '--failed');
    expect(failed.out).toContain(`2026-02-06T03:30:00.000Z  ${id}  2026-02-06  missed`);
    expect(failed.out).not.toContain('2026-02-07  pending');
    expect((await cli('deliveries', '--since', '2026-02-07')).out).toMatch(/2026-02-07\s+pending\s+not rendered\s+\(late\)/);
    expect((await cli('deliveries', '--since', 'yesterday')).code).toBe(2);
  });

  it('renders what a subscription would be sent, and sends nothing', async () => {
    const { cli, path } = workspace();
    await cli('ingest', 'seeds');
    const added = await cli('subscriptions', 'add', '--chat', 'me', '--time', '07:30', '--tz', 'Asia/Dubai', '--lang', 'en');
    const id = /^added (s[0-9a-f]+)/.exec(added.out)?.[1] as string;
    const result = await cli('briefing', '--subscription', id, '--as-of', '2026-02-06T07:30:00+04:00');
    expect(result.code).toBe(0);
    expect(result.out).toContain('up to 2026-02-05');
    expect(result.out).toMatch(/── part 1\/1\nBrief — 5 February 2026/);
    expect(result.out).toContain('Personnel: 1,243,840');
    expect(result.out).toContain('Full digest: mujaz digest --date 2026-02-05 --full');
    const store = createSqliteDeliveryStore(openSqliteDatabase(path));
    expect(await store.listDeliveries()).toEqual([]);
    await store.close();
  });

  it('renders the full digest as the briefing when the deployment asks for it (MUJAZ_BRIEFING=full), and refuses another value', async () => {
    const { cli } = workspace({ MUJAZ_BRIEFING: 'full' });
    await cli('ingest', 'seeds');
    const added = await cli('subscriptions', 'add', '--chat', 'me', '--time', '07:30', '--tz', 'Asia/Dubai', '--lang', 'en');
    const id = /^added (s[0-9a-f]+)/.exec(added.out)?.[1] as string;
    const result = await cli('briefing', '--subscription', id, '--as-of', '2026-02-06T07:30:00+04:00');
    expect(result.out).toMatch(/── part 1\/\d+\nDaily digest — 5 February 2026/);
    const refused = await workspace({ MUJAZ_BRIEFING: 'short' }).cli('digest');
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/MUJAZ_BRIEFING: must be 'brief'/u);
  });
});

describe('mujaz serve', () => {
  it('prints a console briefing at its minute, with no token configured', async () => {
    const { cli, environment } = workspace();
    await cli('ingest', 'seeds');
    await cli('subscriptions', 'add', '--chat', 'me', '--time', '07:30', '--tz', 'Asia/Dubai');
    // Start "at" 07:29:59 in Dubai on 6 February; the per-second ticker stands in for the minute one.
    const clock = createOffsetClock(dueInstant('2026-02-06', '07:30', 'Asia/Dubai') - 1_000 - Date.now());
    const out: string[] = [];
    let printed!: () => void;
    const briefingPrinted = new Promise<void>((resolve) => (printed = resolve));
    const serve = createServeCommand({ clock, tickerPattern: '* * * * * *', untilShutdown: () => briefingPrinted });
    const config = loadConfig({ ...environment, PORT: '0', MUJAZ_HOST: '127.0.0.1' });
    const code = await serve.run(
      { config, out: (line) => {
        out.push(line);
        if (line.startsWith('── briefing')) printed();
      }, err: () => {}, now: () => new Date(clock.now()), cwd: root },
      {},
      [],
    );
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^── briefing → console:me(?: \(1\/\d+\))?\nالموجز — 5 فبراير 2026\n/);
    expect(out.join('\n')).toContain('1,243,840');
    expect(out[0]).not.toContain('متأخر');
  });
});
