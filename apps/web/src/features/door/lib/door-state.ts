// What the door knows on this phone: the list downloaded (with the entries the server held then)
// and this phone's own entries since, merged by op id and settled by the same rule as the server
// (`settleCheckIns`), so a ticket already used shows at once, here or, after a sync, elsewhere.
import { type DoorEntry, type DoorList, type DoorOrder, settleCheckIns } from '@tutti/contracts';
import { foldText } from '@tutti/kit/text';
import { loadDownload, saveDownload } from '@/lib/offline/device-store';

const mineKey = (concertId: string) => `door|${concertId}|mine`;

/** This phone's entries of a concert, kept apart from the queue (which empties once sent). */
export async function loadMine(orgId: string, concertId: string): Promise<DoorEntry[]> {
  return (await loadDownload<DoorEntry[]>(orgId, mineKey(concertId)))?.value ?? [];
}

export async function addMine(orgId: string, concertId: string, entry: DoorEntry) {
  const mine = await loadMine(orgId, concertId);
  await saveDownload(orgId, mineKey(concertId), [...mine, entry]);
}

export type OrderState = {
  order: DoorOrder;
  /** Seats let in, each once. */
  used: number;
  left: number;
  /** The latest check-in of it, to say when and where the ticket was used. */
  last: DoorEntry | null;
};

export type DoorState = {
  orders: Map<string, OrderState>;
  /** Hash of a QR code's secret → order id. */
  byHash: Map<string, string>;
  checkedInSeats: number;
  bookedSeats: number;
  walkIns: number;
};

export function doorState(list: DoorList, mine: readonly DoorEntry[]): DoorState {
  const entries = new Map(list.entries.map((entry) => [entry.opId, entry]));
  for (const entry of mine) entries.set(entry.opId, entry);
  const byOrder = new Map<string, DoorEntry[]>();
  let walkIns = 0;
  for (const entry of entries.values()) {
    if (!entry.orderId) {
      walkIns += entry.people;
      continue;
    }
    byOrder.set(entry.orderId, [...(byOrder.get(entry.orderId) ?? []), entry]);
  }
  const orders = new Map<string, OrderState>();
  let checkedInSeats = 0;
  let bookedSeats = 0;
  for (const order of list.orders) {
    const own = (byOrder.get(order.id) ?? []).map((entry) => ({ ...entry, seats: entry.people }));
    const seats = order.status === 'cancelled' ? 0 : order.seats;
    const used = settleCheckIns(seats, own).reduce((sum, entry) => sum + entry.granted, 0);
    const last = own.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0] ?? null;
    orders.set(order.id, { order, used, left: seats - used, last });
    checkedInSeats += used;
    if (order.status === 'booked') bookedSeats += order.seats;
  }
  return {
    orders,
    byHash: new Map(list.orders.map((order) => [order.secretHash, order.id])),
    checkedInSeats,
    bookedSeats,
    walkIns: Math.max(0, walkIns),
  };
}

/** Orders whose name holds the words typed, accents and case aside. */
export function searchOrders(state: DoorState, query: string, limit = 20): OrderState[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0 || query.trim().length < 2) return [];
  return [...state.orders.values()]
    .filter(({ order }) => {
      const name = foldText(order.name);
      return words.every((word) => name.includes(word));
    })
    .slice(0, limit);
}

/**
 * The order secret a QR code holds: the code itself, or the end of an order page's address.
 * @example secretOf(' 7K… ') // '7k…'
 */
export function secretOf(scanned: string): string {
  const text = scanned.trim();
  const fromUrl = /\/reservation\/([^/?#]+)/.exec(text)?.[1];
  return (fromUrl ?? text).toLowerCase();
}

/** SHA-256 in hex, as the server hashes each order's secret in the list. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
