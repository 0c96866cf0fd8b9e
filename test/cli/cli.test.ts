import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandsFor, runCli } from '../../src/cli/main.ts';
import { makeTempDir } from '../support/temp.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));
const root = new URL('../../', import.meta.url).pathname;

/** Run the CLI in this process against a store in a fresh temp folder. */
async function cli(args: string[], environment: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let dir = environment.__dir;
  if (!dir) {
    const temp = makeTempDir();
    temps.push(temp.cleanup);
    dir = temp.dir;
  }
  const code = await runCli(args, {
    environment: { MUJAZ_DB: join(dir, 'mujaz.db'), ...environment },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date('2026-02-06T07:00:00Z'),
    cwd: root,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), dir };
}

describe('the mujaz command', () => {
  it('lists its commands', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/ingest\s+store articles/);
    expect(out).toMatch(/articles\s+list the stored articles/);
  });

  it.each(['start', 'ingest', 'articles'])('has --help on %s', async (name) => {
    const { code, out } = await cli([name, '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^usage: mujaz ${name}`));
  });

  it('refuses an unknown command and an unknown option with the usage', async () => {
    expect((await cli(['injest'])).err).toMatch(/unknown command 'injest'/);
    const bad = await cli(['articles', '--day', '2026-02-05']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown option '--day'[\s\S]*usage: mujaz articles/);
  });

  it('reports every configuration problem at once', async () => {
    const { code, err } = await cli(['articles'], { MUJAZ_MAX_ARTICLE_BYTES: 'lots', MUJAZ_LOG_LEVEL: 'loud' });
    expect(code).toBe(2);
    expect(err).toMatch(/MUJAZ_MAX_ARTICLE_BYTES: expected a size/);
    expect(err).toMatch(/MUJAZ_LOG_LEVEL/);
  });

  it('ingests the seeds, lists five dated articles in four stories, and adds nothing the second time', async () => {
    const first = await cli(['ingest', 'seeds']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^5 added, 0 duplicates, 0 refused \(1 joined an existing story\)$/m);
    const listed = await cli(['articles'], { __dir: first.dir });
    expect(listed.out).toMatch(/5 articles in 4 stories/);
    expect(listed.out).toMatch(/2026-01-23 inferred/);
    expect(listed.out.match(/2026-02-05 (stated|inferred)/g)).toHaveLength(3);
    const again = await cli(['ingest', 'seeds'], { __dir: first.dir });
    expect(again.out).toMatch(/^0 added, 5 duplicates, 0 refused$/m);
  });

  it('filters articles by day and prints JSON', async () => {
    const { dir } = await cli(['ingest', 'seeds']);
    const listed = await cli(['articles', '--date', '2026-02-04', '--json'], { __dir: dir });
    const rows = JSON.parse(listed.out) as { publishedDate: string; dateBasis: string }[];
    expect(rows).toEqual([expect.objectContaining({ publishedDate: '2026-02-04', dateBasis: 'stated' })]);
    expect((await cli(['articles', '--date', '4/2/2026'], { __dir: dir })).err).toMatch(/not a day; write it as YYYY-MM-DD/);
  });

  it('prints the brief by default, within one Telegram message, and the whole digest with --full', async () => {
    const { dir } = await cli(['ingest', 'seeds']);
    const brief = await cli(['digest', '--lang', 'en'], { __dir: dir });
    expect(brief.code).toBe(0);
    expect(brief.out).toMatch(/^# Brief — 5 February 2026$/m);
    expect(brief.out).toMatch(/^Full digest: mujaz digest --date 2026-02-05 --full$/m);
    expect([...brief.out].length).toBeLessThan(4096);
    expect(brief.out).not.toMatch(/seeds\//u);
    const full = await cli(['digest', '--lang', 'en', '--full'], { __dir: dir });
    expect(full.out).toMatch(/^# Daily digest — 5 February 2026$/m);
    expect(full.out).toMatch(/^## Negotiations$/m);
    expect([...full.out].length).toBeGreaterThan([...brief.out].length);
    const start = await cli(['start', '--lang', 'en'], { __dir: dir });
    expect(start.out).toMatch(/^Brief — 5 February 2026$/m);
    expect(start.out).toMatch(/^Full digest: npx mujaz digest --date 2026-02-05 --full$/m);
  });

  it('runs as a real process through bin/mujaz.mjs', () => {
    const out = execFileSync(process.execPath, [join(root, 'bin/mujaz.mjs'), 'ingest', '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/^usage: mujaz ingest PATH/);
  });
});

describe('--help', () => {
  it.each(commandsFor({ platforms: ['telegram'] }).map((command) => [command.name, command] as const))('says what every option of %s does', (_name, command) => {
    for (const option of Object.keys(command.options)) expect(command.optionHelp[option], `--${option}`).toMatch(/\S/u);
  });

  it('prints each option beside what it does, then examples to copy', async () => {
    const { out, code } = await cli(['subscriptions', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}--tz VALUE +add: the IANA time zone of that time, e\.g\. Asia\/Dubai$/mu);
    expect(out).toMatch(/examples:\n {2}mujaz subscriptions add --chat me/u);
  });
});

describe('one JSON flag', () => {
  it('gives the model as JSON for --json on digest and status alike, and still reads --format json', async () => {
    const { dir } = await cli(['ingest', 'seeds']);
    const digest = JSON.parse((await cli(['digest', '--date', '2026-02-05', '--json'], { __dir: dir })).out) as { since: string };
    expect(digest.since).toBe('2026-02-05');
    expect(JSON.parse((await cli(['digest', '--date', '2026-02-05', '--format', 'json'], { __dir: dir })).out)).toEqual(digest);
    const status = JSON.parse((await cli(['status', 'figures', '--as-of', '2026-02-06', '--json'], { __dir: dir })).out) as { asOf: string };
    expect(status.asOf).toBe('2026-02-06');
    expect(JSON.parse((await cli(['status', 'figures', '--as-of', '2026-02-06', '--format', 'json'], { __dir: dir })).out)).toEqual(status);
  });
});

describe('mujaz digest: one day or a span', () => {
  it('runs --since alone to the latest news day, takes --until alone as the latest news day on or before it, and refuses a reversed span or --date with a span', async () => {
    const { dir } = await cli(['ingest', 'seeds']);
    const since = await cli(['digest', '--since', '2026-02-04', '--lang', 'en'], { __dir: dir });
    expect(since.out).toMatch(/^# Brief — 4–5 February 2026/u);
    const until = await cli(['digest', '--until', '2026-02-03', '--lang', 'en'], { __dir: dir });
    expect(until.out).toMatch(/^# Brief — 23 January 2026/u);
    const reversed = await cli(['digest', '--since', '2026-02-05', '--until', '2026-02-04'], { __dir: dir });
    expect(reversed.code).toBe(2);
    expect(reversed.err).toContain('--since 2026-02-05 is after --until 2026-02-04');
    const both = await cli(['digest', '--date', '2026-02-05', '--since', '2026-02-04'], { __dir: dir });
    expect(both.code).toBe(2);
    expect(both.err).toContain('--date is one day');
  });
});

describe('a store that is not there', () => {
  it.each([['digest'], ['status', 'talks'], ['articles'], ['deliveries'], ['subscriptions', 'list']])('is refused by the read-only command %s, naming the path, and nothing is created', async (...args) => {
    const temp = makeTempDir();
    temps.push(temp.cleanup);
    const mistyped = join(temp.dir, 'no-such-folder', 'mujaz.db');
    const result = await cli(args, { MUJAZ_DB: mistyped, __dir: temp.dir });
    expect(result.code).toBe(1);
    expect(result.err).toContain(`no store at ${mistyped}`);
    expect(existsSync(join(temp.dir, 'no-such-folder'))).toBe(false);
  });

  it('is still created by a command that writes (ingest)', async () => {
    const temp = makeTempDir();
    temps.push(temp.cleanup);
    const fresh = join(temp.dir, 'new', 'mujaz.db');
    expect((await cli(['ingest', 'seeds'], { MUJAZ_DB: fresh, __dir: temp.dir })).code).toBe(0);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('mujaz in a pipe', () => {
  it('ends quietly when the reader stops early (mujaz pack | head), with no stack trace', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/mujaz.mjs'), 'pack'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/u);
    expect(code).toBe(0);
  });
});
