#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx mujaz` works on a fresh clone with no build step.
// bots/main.ts is the composition root: the engine's command with the Telegram and Slack adapters.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`mujaz pack | head`) closes the pipe: that ends the output, as SIGPIPE ends
// other Unix tools, without a stack trace. Any other write error is still thrown.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runMujaz } = await import('../bots/main.ts');
process.exitCode = await runMujaz(process.argv.slice(2));
