/**
 * The composition root: the `mujaz` command with the platform adapters wired in. It lives in
 * bots/ because src/ never imports an adapter; bin/mujaz.mjs runs this.
 */
import { runCli, type Adapter, type AdapterParts } from '../src/index.ts';
import { slackServeAdapter } from './slack/index.ts';
import { createTelegramAdapter, loadTelegramConfig } from './telegram/index.ts';

type Environment = Readonly<Record<string, string | undefined>>;

/** Every adapter whose variables are set; a misconfigured one stops start-up with its problems listed. */
export async function adaptersFrom(environment: Environment, parts: AdapterParts): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  const telegramConfig = loadTelegramConfig(environment);
  if (telegramConfig) {
    const telegram = createTelegramAdapter({
      config: telegramConfig,
      engine: parts.engine,
      subscriptions: parts.store,
      logger: parts.logger,
      sendTimeoutMs: Math.max(1_000, parts.config.delivery.sendTimeoutMs - 1_000),
    });
    adapters.push({ port: telegram.deliveryPort, ...(telegram.webhookHandler ? { routes: [telegram.webhookHandler] } : {}), start: () => telegram.start(), stop: () => telegram.stop() });
  }
  const slack = slackServeAdapter(environment, parts);
  if (slack) adapters.push(slack);
  return adapters;
}

/** Run the mujaz command with the adapters the environment configures. */
export function runMujaz(args: readonly string[], environment: Environment = process.env): Promise<number> {
  return runCli(args, { environment }, { adapters: (parts) => adaptersFrom(environment, parts) });
}
