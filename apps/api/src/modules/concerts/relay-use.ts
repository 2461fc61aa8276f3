// Which relay guests came: the seats the door let in on their orders, settled by the door's one
// rule (settleCheckIns: whichever phone synced first, the same figures), per order and per
// allocation. The ledger's "used".
import type { Tx } from '@tutti/db';
import * as door from './door.repository';
import { settleOrders } from './door-figures';
import * as relaySeats from './relay-seats.repository';

export type RelayUse = { byAllocation: Map<string, number>; byOrder: Map<string, number> };

export async function useOfAllocations(tx: Tx, allocationIds: string[]): Promise<RelayUse> {
  const byAllocation = new Map<string, number>();
  const byOrder = new Map<string, number>();
  const guests = await relaySeats.guestOrdersOf(tx, allocationIds);
  if (guests.length === 0) return { byAllocation, byOrder };
  const { orders, entries } = await door.checkInsOfOrders(
    tx,
    guests.map((guest) => guest.id),
  );
  const settled = settleOrders(orders, entries);
  const allocationOf = new Map(guests.map((guest) => [guest.id, guest.allocationId]));
  for (const [orderId, checkIns] of settled) {
    const granted = checkIns.reduce((sum, checkIn) => sum + checkIn.granted, 0);
    if (granted === 0) continue;
    byOrder.set(orderId, granted);
    const allocationId = allocationOf.get(orderId);
    if (allocationId)
      byAllocation.set(allocationId, (byAllocation.get(allocationId) ?? 0) + granted);
  }
  return { byAllocation, byOrder };
}
