// npm run digests: regenerate digests/ from seeds/. The test in test/digests.test.ts fails when they are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, renderSeedDigests } from './seed-digests.ts';

const folder = join(projectRoot, 'digests');
mkdirSync(folder, { recursive: true });
const files = await renderSeedDigests();
for (const name of readdirSync(folder)) if (name.endsWith('.md') && !files.has(name)) rmSync(join(folder, name));
for (const [name, content] of files) writeFileSync(join(folder, name), content);
process.stdout.write(`wrote ${files.size} digests to digests/: ${[...files.keys()].join(', ')}\n`);
