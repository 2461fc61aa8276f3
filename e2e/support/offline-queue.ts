// The operations waiting in a phone's IndexedDB queue (the offline operation log), as a test reads them.
import type { OfflineOperation } from '@tutti/contracts';
import type { Page } from 'playwright-core';

export function queuedOperations<Operation = OfflineOperation>(page: Page) {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const opening = indexedDB.open('tutti-offline');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const read = opening.result.transaction('queue').objectStore('queue').getAll();
          read.onsuccess = () =>
            resolve((read.result as { operation: unknown }[]).map((q) => q.operation));
          read.onerror = () => reject(read.error);
        };
      }),
  ) as Promise<Operation[]>;
}
