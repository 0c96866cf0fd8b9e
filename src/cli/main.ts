import { loadConfig } from '../config/config.ts';
import { isMujazError } from '../errors.ts';
import { articlesCommand } from './articles-command.ts';
import { digestCommand } from './digest-command.ts';
import { extractCommand } from './extract-command.ts';
import { feedsCommand } from './feeds-command.ts';
import { statusCommand } from './status-command.ts';
import { createBriefingCommand } from './briefing-command.ts';
import { parseCommandArgs, type CliContext, type Command } from './command.ts';
import { deliveriesCommand } from './deliveries-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { packCommand } from './pack-command.ts';
import { createServeCommand, type DeliveryWiring } from './serve-command.ts';
import { startCommand } from './start-command.ts';
import { createSubscriptionsCommand } from './subscriptions-command.ts';

/** The commands, with `serve` and `briefing` over the adapters the caller wires in (bots/ does, src/ never imports it). */
/** Every subcommand, as `mujaz` offers them. */
export function commandsFor(wiring: DeliveryWiring): readonly Command[] {
  return [startCommand, ingestCommand, articlesCommand, extractCommand, digestCommand, statusCommand, createServeCommand(wiring), createSubscriptionsCommand(wiring.platforms), deliveriesCommand, createBriefingCommand(wiring), feedsCommand, packCommand];
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'mujaz (موجز): briefings on the Russia–Ukraine talks and the war from Arabic news',
    '',
    'usage: mujaz COMMAND [options]   (mujaz COMMAND --help for each)',
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Configuration comes from environment variables; see docs/configuration.md.',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const flags = Object.entries(command.options).map(([name, option]) => [`--${name}${option.type === 'string' ? ' VALUE' : ''}`, command.optionHelp[name] ?? ''] as const);
  const all = [...flags, ['--help', 'this help'] as const];
  const width = Math.max(...all.map(([flag]) => flag.length));
  const options = all.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
  const examples = (command.examples ?? []).map((example) => `  ${example}`);
  return [`usage: ${command.usage}`, '', command.summary, '', 'options:', ...options, ...(examples.length ? ['', 'examples:', ...examples] : [])].join('\n');
}

/** Entry point of the `mujaz` command; returns the exit code. */
export async function runCli(
  args: readonly string[],
  io: { environment?: Readonly<Record<string, string | undefined>>; out?: (line: string) => void; err?: (line: string) => void; now?: () => Date; cwd?: string } = {},
  wiring: DeliveryWiring = {},
): Promise<number> {
  const commands = commandsFor(wiring);
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(overview(commands));
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    err(`mujaz: unknown command '${name}'\n\n${overview(commands)}`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      out(commandHelp(command));
      return 0;
    }
    const context: CliContext = {
      config: loadConfig(io.environment ?? process.env),
      out,
      err,
      now: io.now ?? (() => new Date()),
      cwd: io.cwd ?? process.cwd(),
    };
    return await command.run(context, values, positionals);
  } catch (error) {
    if (isMujazError(error)) {
      err(`mujaz ${name}: ${error.message}`);
      return error.code === 'input_invalid' || error.code === 'input_refused' || error.code === 'config_invalid' ? 2 : 1;
    }
    throw error;
  }
}
