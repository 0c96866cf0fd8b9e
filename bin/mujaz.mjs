#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx mujaz` works on a fresh clone with no build step.
// bots/main.ts is the composition root: the engine's command with the Telegram and Slack adapters.
import { register } from 'tsx/esm/api';

register();
const { runMujaz } = await import('../bots/main.ts');
process.exitCode = await runMujaz(process.argv.slice(2));
