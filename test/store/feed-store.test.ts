import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

// The contract above holds each backend to the port; this holds them to each other, row for row.
it('gives the same feeds, field for field, on SQLite and on PostgreSQL for the same calls', async () => {
  const { dir, cleanup } = makeTempDir();
  const db = openSqliteDatabase(join(dir, 'mujaz.db'));
  const handle = await openPostgresDatabase(server.createDatabase('parity'));
  try {
    const listed = [];
    for (const store of [createSqliteFeedStore(db), createPostgresFeedStore(handle)]) {
      const feed = await store.addFeed({ url: 'https://parity.example/rss', intervalMinutes: 20, outlet: 'Parity' }, '2026-02-05T06:00:00.000Z');
      await store.addFeed({ url: 'https://second.example/atom', intervalMinutes: 5 }, '2026-02-05T06:01:00.000Z');
      await store.recordFailure(feed.id, { error: 'HTTP 500', at: '2026-02-05T06:05:00.000Z', nextPollAt: '2026-02-05T06:30:00.000Z' });
      await store.recordSuccess(feed.id, { lastModified: 'Thu, 05 Feb 2026 06:00:00 GMT', outcome: '1 stored', at: '2026-02-05T06:30:00.000Z', nextPollAt: '2026-02-05T06:50:00.000Z' });
      listed.push(await store.listFeeds());
    }
    expect(listed[1]).toEqual(listed[0]);
    expect(listed[0]?.[0]).toMatchObject({ lastModified: 'Thu, 05 Feb 2026 06:00:00 GMT', lastOutcome: '1 stored', failures: 0 });
  } finally {
    db.close();
    await handle.close();
    cleanup();
  }
});
