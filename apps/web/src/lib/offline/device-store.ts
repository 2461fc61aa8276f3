// The device's own store (IndexedDB): what was downloaded for offline use, the operations not yet
// sent, and this device's id. Nothing here leaves the device except through the sync.
import type { OfflineOperation } from '@tutti/contracts';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** Something a feature downloaded while online (a day's rosters…), under a key of its own. */
export type Download<T = unknown> = { key: string; orgId: string; value: T; savedAt: string };

export type QueuedOperation = {
  opId: string;
  orgId: string;
  operation: OfflineOperation;
  queuedAt: string;
  /** Set when the server refused it: kept so the person sees why, until dismissed. */
  refused?: { reason: string; message: string };
};

interface DeviceSchema extends DBSchema {
  downloads: { key: string; value: Download };
  queue: { key: string; value: QueuedOperation; indexes: { byOrg: string } };
  meta: { key: string; value: string };
}

/** The database's name; the service worker clears its downloads on sign-out. */
export const DEVICE_DATABASE = 'tutti-offline';
/** Version 1 was attendance's own queue; version 2 is the operation log of every feature. */
const VERSION = 2;

/** Kinds of version 1, before operation kinds were named after their feature. */
const RENAMED_KINDS: Record<string, string> = {
  mark: 'attendance.mark',
  headcount: 'attendance.headcount',
};

let opening: Promise<IDBPDatabase<DeviceSchema>> | null = null;

function database() {
  opening ??= openDB<DeviceSchema>(DEVICE_DATABASE, VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      const stores = db.objectStoreNames as DOMStringList;
      // Each store is made when missing, whatever the version found: robust to a half-made store.
      if (!stores.contains('queue')) {
        db.createObjectStore('queue', { keyPath: 'opId' }).createIndex('byOrg', 'orgId');
      }
      if (!stores.contains('meta')) db.createObjectStore('meta');
      if (!stores.contains('downloads')) db.createObjectStore('downloads', { keyPath: 'key' });
      if (oldVersion === 1) {
        // The days kept by version 1 are downloaded again; operations not yet sent are kept.
        if (stores.contains('days')) db.deleteObjectStore('days' as never);
        const queue = tx.objectStore('queue');
        for (let cursor = await queue.openCursor(); cursor; cursor = await cursor.continue()) {
          const kind = RENAMED_KINDS[cursor.value.operation.kind];
          if (!kind) continue;
          await cursor.update({
            ...cursor.value,
            operation: { ...cursor.value.operation, kind } as OfflineOperation,
          });
        }
      }
    },
  });
  return opening;
}

const listeners = new Set<() => void>();

/** Called whenever the queue changes (an operation recorded, a sync), to redraw what is pending. */
export function onQueueChange(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function queueChanged() {
  for (const listener of listeners) listener();
}

export async function saveDownload<T>(orgId: string, key: string, value: T) {
  const db = await database();
  await db.put('downloads', {
    key: `${orgId}|${key}`,
    orgId,
    value,
    savedAt: new Date().toISOString(),
  });
}

export async function loadDownload<T>(orgId: string, key: string) {
  return (await (await database()).get('downloads', `${orgId}|${key}`)) as Download<T> | undefined;
}

export async function enqueue(orgId: string, operations: OfflineOperation[]) {
  const db = await database();
  const tx = db.transaction('queue', 'readwrite');
  const queuedAt = new Date().toISOString();
  await Promise.all([
    ...operations.map((operation) =>
      tx.store.put({ opId: operation.opId, orgId, operation, queuedAt }),
    ),
    tx.done,
  ]);
  queueChanged();
}

/** The organisation's operations not yet accepted, in the order they were recorded. */
export async function listQueue(orgId: string) {
  const queue = await (await database()).getAllFromIndex('queue', 'byOrg', orgId);
  return queue.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Removes the operations the server has recorded (applied, superseded or seen before). */
export async function removeFromQueue(opIds: string[]) {
  if (opIds.length === 0) return;
  const db = await database();
  const tx = db.transaction('queue', 'readwrite');
  await Promise.all([...opIds.map((opId) => tx.store.delete(opId)), tx.done]);
  queueChanged();
}

export async function markRefused(refusals: { opId: string; reason: string; message: string }[]) {
  if (refusals.length === 0) return;
  const db = await database();
  const tx = db.transaction('queue', 'readwrite');
  for (const { opId, reason, message } of refusals) {
    const queued = await tx.store.get(opId);
    if (queued) await tx.store.put({ ...queued, refused: { reason, message } });
  }
  await tx.done;
  queueChanged();
}

export async function dismissRefused(orgId: string) {
  const refused = (await listQueue(orgId)).filter((queued) => queued.refused);
  await removeFromQueue(refused.map((queued) => queued.opId));
}

/** A UUID even where `crypto.randomUUID` is missing (pages served over plain http on a LAN). */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This browser's id, made once: it tells the coordinator which device an edit came from. */
export async function deviceId(): Promise<string> {
  const db = await database();
  const known = await db.get('meta', 'deviceId');
  if (known) return known;
  const id = `web-${newUuid().slice(0, 13)}`;
  await db.put('meta', id, 'deviceId');
  return id;
}
