/**
 * The composition root: the `mujaz` command with the platform adapters wired in. It lives in
 * bots/ because src/ never imports an adapter; bin/mujaz.mjs runs this. Adding a platform is one
 * folder under bots/ and one row in ADAPTERS: its name, and how it is built when its variables are set.
 */
import { runCli, type Adapter, type AdapterParts } from '../src/index.ts';
import { slackServeAdapter } from './slack/index.ts';
import { telegramServeAdapter } from './telegram/index.ts';

type Environment = Readonly<Record<string, string | undefined>>;

/** One platform: its name (subscriptions, metrics, MUJAZ_RATE_<NAME>) and its adapter, when the environment configures it. */
export type AdapterFactory = {
  readonly platform: string;
  create(environment: Environment, parts: AdapterParts): Adapter | undefined;
};

export const ADAPTERS: readonly AdapterFactory[] = [
  { platform: 'telegram', create: telegramServeAdapter },
  { platform: 'slack', create: slackServeAdapter },
];

/** Every adapter whose variables are set; a misconfigured one stops start-up with its problems listed. */
export async function adaptersFrom(environment: Environment, parts: AdapterParts): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  for (const factory of ADAPTERS) {
    const adapter = factory.create(environment, parts);
    if (adapter === undefined) continue;
    if (adapter.port.platform !== factory.platform) throw new Error(`the ${factory.platform} adapter delivers as '${adapter.port.platform}'`);
    adapters.push(adapter);
  }
  return adapters;
}

/** Run the mujaz command with the adapters the environment configures. */
export function runMujaz(args: readonly string[], environment: Environment = process.env): Promise<number> {
  return runCli(args, { environment }, { adapters: (parts) => adaptersFrom(environment, parts), platforms: ADAPTERS.map((factory) => factory.platform) });
}
