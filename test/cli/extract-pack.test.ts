import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { makeTempDir } from '../support/temp.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => { cleanup(); }));
const root = new URL('../../', import.meta.url).pathname;

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const temp = makeTempDir();
  temps.push(temp.cleanup);
  const code = await runCli(args, {
    environment: { MUJAZ_DB: join(temp.dir, 'mujaz.db') },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date('2026-02-06T07:00:00Z'),
    cwd: root,
  });
  return { code, out, err };
}

function articlesFolder(): string {
  const temp = makeTempDir();
  temps.push(temp.cleanup);
  const dir = join(temp.dir, 'articles');
  mkdirSync(join(dir, 'more'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'date 2025-05-02\nوأعلنت هيئة الأركان الأوكرانية أن روسيا خسرت منذ بداية الحرب 10100 دبابة.\n');
  writeFileSync(join(dir, 'more', 'b.txt'), 'وقال المتحدث باسم الكرملين دميتري بيسكوف: "لا جديد في المحادثات اليوم".\n');
  writeFileSync(join(dir, 'c.txt'), '   \n');
  writeFileSync(join(dir, '.hidden.txt'), 'ignored');
  return dir;
}

describe('mujaz extract', () => {
  it('prints one pretty JSON object for one file, as documented', async () => {
    const { code, out } = await cli(['extract', 'seeds/000_908d46d436d07b3b.txt', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out.join('\n')) as { article: { source: string }; facts: unknown[] };
    expect(parsed.article.source).toBe('seeds/000_908d46d436d07b3b.txt');
    expect(parsed.facts.length).toBeGreaterThan(10);
  });

  it('reads a folder in one process as NDJSON, in name order, refusing a bad file without stopping', async () => {
    const dir = articlesFolder();
    const { code, out } = await cli(['extract', dir, '--json']);
    const lines = out.map((line) => JSON.parse(line) as { article?: { source: string; publishedDate: string | null }; facts?: { kind: string; value?: number }[]; source?: string; error?: string });
    expect(lines.map((line) => (line.article?.source ?? line.source)!.slice(dir.length + 1))).toEqual(['a.txt', 'c.txt', 'more/b.txt']);
    expect(lines[0]!.article!.publishedDate).toBe('2025-05-02');
    expect(lines[0]!.facts!.some((fact) => fact.kind === 'figure' && fact.value === 10100)).toBe(true);
    expect(lines[1]!.error).toMatch(/empty/);
    expect(lines[2]!.facts!.some((fact) => fact.kind === 'statement')).toBe(true);
    expect(code).toBe(1);
  });

  it('takes several files and says how many were read in text form', async () => {
    const dir = articlesFolder();
    const { code, out } = await cli(['extract', join(dir, 'a.txt'), join(dir, 'more', 'b.txt')]);
    expect(code).toBe(0);
    expect(out.at(-1)).toBe('2 read, 0 refused');
  });

  it('refuses a call without a path with an example', async () => {
    const { code, err } = await cli(['extract']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/mujaz extract seeds\//);
  });
});

describe('mujaz pack', () => {
  it('lists people with English names and dated roles as JSON', async () => {
    const { code, out } = await cli(['pack', '--json']);
    expect(code).toBe(0);
    const pack = JSON.parse(out.join('\n')) as { people: { id: string; en: string; roles: { from?: string }[] }[]; parties: { id: string; en: string }[]; places: { id: string }[] };
    expect(pack.parties.find((party) => party.id === 'ukraine')?.en).toBe('Ukraine');
    const umerov = pack.people.find((person) => person.id === 'umerov');
    expect(umerov?.en).toMatch(/Umerov/);
    expect(pack.places.some((place) => place.id === 'abu_dhabi')).toBe(true);
  });

  it("shows the pack's first day and which parties are unions of states", async () => {
    const { out } = await cli(['pack', '--json']);
    const pack = JSON.parse(out.join('\n')) as { since?: string; parties: { id: string; union?: boolean }[] };
    expect(pack.since).toBe('2022-02-24');
    expect(pack.parties.filter((party) => party.union).map((party) => party.id).sort()).toEqual(['european_union', 'nato']);
  });

  it('lists the given names by which a person it does not know is still read, in both forms', async () => {
    const json = JSON.parse((await cli(['pack', '--json'])).out.join('\n')) as { givenNames: string[] };
    expect(json.givenNames).toEqual(expect.arrayContaining(['أندريه', 'رومان']));
    expect(json.givenNames).not.toContain('بيت');
    const { out } = await cli(['pack']);
    const heading = out.findIndex((line) => /^given names \(\d+\): a person the pack does not list/.test(line));
    expect(heading).toBeGreaterThan(0);
    expect(out[heading + 1]).toContain('أندريه');
  });

  it('prints a readable listing by section', async () => {
    const { code, out } = await cli(['pack']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^since 2022-02-24 /);
    expect(out).toContain(out.find((line) => /^parties \(\d+\)$/.test(line)));
    expect(out).toContain(out.find((line) => /^people \(\d+\)$/.test(line)));
    expect(out.some((line) => /umerov\s+Rustem Umerov/.test(line))).toBe(true);
  });
});
