/**
 * A PostgreSQL database for the stores, through node-postgres (`pg`): the client most Node projects
 * use, pure JavaScript (nothing to compile), with a connection pool. Migrations are applied at open,
 * in order, each in one transaction, under an advisory lock so that replicas starting together apply
 * each one once.
 */
import pg from 'pg';
import { StoreError } from '../../errors.ts';
import { postgresMigrations, type PostgresMigration } from './migrations.ts';

export type PostgresHandle = { readonly pool: pg.Pool; close(): Promise<void> };

/** Any number that is the same for every mujaz process: the lock that serializes migrations. */
const MIGRATION_LOCK = 7_305_812_661;

/** A URL with its password masked, for messages. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

export async function openPostgresDatabase(url: string, migrations: readonly PostgresMigration[] = postgresMigrations): Promise<PostgresHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
      const known = Math.max(0, ...migrations.map((migration) => migration.version));
      const newest = Math.max(0, ...applied);
      if (newest > known) throw new StoreError(`the database's schema is version ${newest}, newer than this mujaz knows (${known}); upgrade mujaz or point MUJAZ_DATABASE_URL at another database`);
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(migration.version)) continue;
        for (const statement of migration.statements) await client.query(statement);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the PostgreSQL database at ${shown(url)}: ${(error as Error).message} (check MUJAZ_DATABASE_URL and that the server answers)`, { cause: error });
  }
  return { pool, close: () => pool.end() };
}
