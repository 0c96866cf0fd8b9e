import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.ts';
import type { MujazConfig } from '../config/config.ts';

/** What every subcommand gets: parsed configuration and the process's streams and clock. */
export type CliContext = {
  readonly config: MujazConfig;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly now: () => Date;
  readonly cwd: string;
};

export type Command = {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** What each option does, one line each, as `--help` prints it (a test holds every option to having one). */
  readonly optionHelp: Readonly<Record<string, string>>;
  /** Command lines to copy, as `--help` ends with them. */
  readonly examples?: readonly string[];
  readonly allowPositionals: boolean;
  run(context: CliContext, values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
};

/** Parse a subcommand's arguments; unknown options become an InputError naming the fix. */
export function parseCommandArgs(command: Command, args: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: command.allowPositionals, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new InputError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/su, '')}\nusage: ${command.usage}`);
  }
}

/** A flag's value as a string, or undefined. */
export function stringOption(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
