import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { NotFoundError } from '../errors.ts';
import { openBackend, type Backend } from '../store/backend.ts';
import type { CliContext } from './command.ts';

/** The configured database path, resolved against the command's working directory. */
export function databasePathOf(context: CliContext): string {
  const path = context.config.databasePath;
  return path === ':memory:' || isAbsolute(path) ? path : resolve(context.cwd, path);
}

/** Whether a command only reads the store: then a missing store is an error, never a new empty one. */
export type StoreUse = 'read' | 'write';

/**
 * The database path a command opens. A command that only reads refuses a store that does not exist,
 * naming the path: a mistyped MUJAZ_DB would otherwise create a folder and an empty store, and
 * answer "no news" from it.
 */
export function storePathFor(context: CliContext, use: StoreUse): string {
  const path = databasePathOf(context);
  if (use === 'read' && path !== ':memory:' && !existsSync(path)) {
    throw new NotFoundError(`no store at ${path} (MUJAZ_DB='${context.config.databasePath}'): check the path, or add articles first with: mujaz ingest seeds`);
  }
  return path;
}

/** Open the configured backend for one command and always close it, whatever happens. */
export async function withBackend<T>(context: CliContext, work: (backend: Backend) => Promise<T>, use: StoreUse = 'write'): Promise<T> {
  const backend = openBackend(storePathFor(context, use));
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}
