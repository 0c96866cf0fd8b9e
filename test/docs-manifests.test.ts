import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The manifests are files so an operator can paste them; the guide shows the same text, and they must not drift apart.
describe('the Slack app manifests in docs/', () => {
  const guide = readFileSync(new URL('../docs/slack.md', import.meta.url), 'utf8');
  it.each(['slack-manifest-http.yaml', 'slack-manifest-socket-mode.yaml'])('%s is the one the Slack guide shows', (file) => {
    const manifest = readFileSync(new URL(`../docs/${file}`, import.meta.url), 'utf8');
    expect(guide).toContain(`\`\`\`yaml\n${manifest}\`\`\``);
    expect(manifest).toMatch(/command: \/briefing/u);
  });
});
