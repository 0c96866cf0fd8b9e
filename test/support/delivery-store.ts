import { join } from 'node:path';
import { createSqliteDeliveryStore } from '../../src/store/sqlite/sqlite-delivery-store.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import type { DeliveryStore, SubscriptionDraft } from '../../src/store/subscription-store.ts';
import { makeTempDir } from './temp.ts';

/** A delivery store on a real SQLite file in a fresh temp folder. */
export function openTempDeliveryStore(): { store: DeliveryStore; path: string; cleanup: () => Promise<void> } {
  const { dir, cleanup } = makeTempDir('mujaz-schedule-');
  const path = join(dir, 'mujaz.db');
  const store = createSqliteDeliveryStore(openSqliteDatabase(path));
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      cleanup();
    },
  };
}

/** A subscription draft with sensible defaults (Arabic, all sections, a notice on empty days). */
export function draftOf(overrides: Partial<SubscriptionDraft> & Pick<SubscriptionDraft, 'localTime' | 'timeZone'>): SubscriptionDraft {
  return {
    platform: 'telegram',
    destination: { chatId: 'chat-1' },
    language: 'ar',
    sections: 'all',
    whenEmpty: 'notice',
    createdBy: 'test',
    ...overrides,
  };
}
