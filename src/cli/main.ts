/** Entry point of the `mujaz` command. */
export async function runCli(args: readonly string[]): Promise<number> {
  process.stdout.write(`mujaz: nothing here yet (${args.join(' ')})\n`);
  return 0;
}
