import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot, renderSeedDigests } from '../scripts/seed-digests.ts';

describe('the checked-in digests/', () => {
  it('are what the seeds render to today (run npm run digests when this fails)', async () => {
    const expected = await renderSeedDigests();
    const folder = `${projectRoot}digests/`;
    const present = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
    expect(present).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) expect(readFileSync(folder + name, 'utf8'), name).toBe(content);
  });

  it('hold no Arabic letter in English, brief or full: names in English or Latin letters, statements by what they are about', async () => {
    for (const [name, content] of await renderSeedDigests()) {
      if (name.endsWith('.en.md')) expect(content, name).not.toMatch(/[\u0600-\u06ff]/u);
    }
  });

  it('cover every news day of the seeds in both languages', async () => {
    const names = [...(await renderSeedDigests()).keys()];
    expect(names).toEqual(expect.arrayContaining(['2026-01-23.ar.md', '2026-01-23.en.md', '2026-02-04.ar.md', '2026-02-05.en.md']));
  });
});
