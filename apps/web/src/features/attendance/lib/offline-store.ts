// The phone's own store (IndexedDB): the days downloaded for offline use, the attendance operations
// not yet sent, and this device's id. Nothing here leaves the device except through the sync.
import type { AttendanceOperation, MyDay } from '@tutti/contracts';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export type StoredDay = { key: string; orgId: string; date: string; day: MyDay; savedAt: string };

export type QueuedOperation = {
  opId: string;
  orgId: string;
  operation: AttendanceOperation;
  queuedAt: string;
  /** Set when the server refused it: kept so the person sees why, until dismissed. */
  refused?: { reason: string; message: string };
};

interface OfflineSchema extends DBSchema {
  days: { key: string; value: StoredDay };
  queue: { key: string; value: QueuedOperation; indexes: { byOrg: string } };
  meta: { key: string; value: string };
}

let opening: Promise<IDBPDatabase<OfflineSchema>> | null = null;

function database() {
  opening ??= openDB<OfflineSchema>('tutti-offline', 1, {
    upgrade(db) {
      db.createObjectStore('days', { keyPath: 'key' });
      db.createObjectStore('queue', { keyPath: 'opId' }).createIndex('byOrg', 'orgId');
      db.createObjectStore('meta');
    },
  });
  return opening;
}

const listeners = new Set<() => void>();

/** Called whenever the queue changes (a tap, a sync), to redraw the pending marks. */
export function onQueueChange(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function queueChanged() {
  for (const listener of listeners) listener();
}

const dayKey = (orgId: string, date: string) => `${orgId}|${date}`;

export async function saveDay(orgId: string, date: string, day: MyDay) {
  const db = await database();
  await db.put('days', {
    key: dayKey(orgId, date),
    orgId,
    date,
    day,
    savedAt: new Date().toISOString(),
  });
}

export async function loadDay(orgId: string, date: string) {
  return (await database()).get('days', dayKey(orgId, date));
}

export async function enqueue(orgId: string, operations: AttendanceOperation[]) {
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

export async function listQueue(orgId: string) {
  return (await database()).getAllFromIndex('queue', 'byOrg', orgId);
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
