import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createPostgresFeedStore } from '../../src/store/postgres/postgres-feed-store.ts';
import { openPostgresDatabase } from '../../src/store/postgres/postgres-database.ts';
import { createSqliteFeedStore } from '../../src/store/sqlite/sqlite-feed-store.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { startPostgres, type PostgresServer } from '../support/postgres.ts';
import { makeTempDir } from '../support/temp.ts';
import { describeFeedStoreContract } from './contract/feed-store-contract.ts';

describeFeedStoreContract('SQLite', async () => {
  const { dir, cleanup } = makeTempDir();
  const db = openSqliteDatabase(join(dir, 'mujaz.db'));
  return {
    store: createSqliteFeedStore(db),
    close: async () => {
      db.close();
      cleanup();
    },
  };
});

let server: PostgresServer;
let databases = 0;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(() => server?.stop());

describeFeedStoreContract('PostgreSQL', async () => {
  const handle = await openPostgresDatabase(server.createDatabase(`feeds_${++databases}`));
  return { store: createPostgresFeedStore(handle), close: () => handle.close() };
});
