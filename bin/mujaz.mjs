#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx mujaz` works on a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
