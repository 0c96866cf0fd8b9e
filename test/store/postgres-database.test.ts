import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { openPostgresDatabase } from '../../src/store/postgres/postgres-database.ts';
import { postgresMigrations } from '../../src/store/postgres/migrations.ts';
import { startPostgres, type PostgresServer } from '../support/postgres.ts';

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(() => server?.stop());

describe('a PostgreSQL database for the stores', () => {
  it('applies each migration once when three replicas open it at the same moment', async () => {
    const url = server.createDatabase('replicas');
    const handles = await Promise.all([openPostgresDatabase(url), openPostgresDatabase(url), openPostgresDatabase(url)]);
    try {
      const { rows } = await handles[0]!.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual(postgresMigrations.map((migration) => migration.version));
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
  });

  it('refuses a database a newer mujaz wrote, leaving it as it was', async () => {
    const url = server.createDatabase('newer');
    const first = await openPostgresDatabase(url);
    await first.pool.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 'x')");
    await first.close();
    await expect(openPostgresDatabase(url)).rejects.toThrow(/schema is version 99, newer than this mujaz knows/u);
  });

  it('names the database it could not reach without its password', async () => {
    const error = await openPostgresDatabase('postgres://mujaz:hunter2@127.0.0.1:1/none').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('postgres://mujaz:***@127.0.0.1:1/none');
    expect((error as Error).message).not.toContain('hunter2');
  });
});
