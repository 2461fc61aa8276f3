// A concert's door in figures, settled from every entry and answer the server holds: seats let
// in (each once, by the rule of `settleCheckIns`), conflicts, people without a ticket, and how
// people came (the latest answer per entry). Pure: the same rows in any order give the same.
import {
  type AudienceMode,
  audienceModes,
  type CheckInEntry,
  compareEntries,
  type OrderStatus,
  settleCheckIns,
} from '@tutti/contracts';

export type DoorOrderFacts = {
  id: string;
  seats: number;
  status: OrderStatus;
};

export type DoorEntryFacts = {
  opId: string;
  orderId: string | null;
  people: number;
  deviceId: string;
  recordedAt: Date;
};

export type DoorTravelFacts = {
  opId: string;
  entryOpId: string;
  people: number;
  mode: AudienceMode;
  carPeople: number | null;
  deviceId: string;
  recordedAt: Date;
};

export type SettledCheckIn = CheckInEntry & { orderId: string; granted: number; excess: number };

const asEntry = (row: { opId: string; deviceId: string; recordedAt: Date }) => ({
  opId: row.opId,
  deviceId: row.deviceId,
  recordedAt: row.recordedAt.toISOString(),
});

/** Every check-in with the seats it got, per order, in the rule's order. */
export function settleOrders(
  orders: readonly DoorOrderFacts[],
  entries: readonly DoorEntryFacts[],
) {
  const byOrder = new Map<string, CheckInEntry[]>();
  for (const entry of entries) {
    if (!entry.orderId) continue;
    const list = byOrder.get(entry.orderId) ?? [];
    list.push({ ...asEntry(entry), seats: entry.people });
    byOrder.set(entry.orderId, list);
  }
  const settled = new Map<string, SettledCheckIn[]>();
  for (const order of orders) {
    const list = byOrder.get(order.id) ?? [];
    // A cancelled order, or a group's not confirmed yet, has no seat to give: every check-in
    // of it is a conflict.
    const seats = order.status === 'booked' ? order.seats : 0;
    settled.set(
      order.id,
      settleCheckIns(seats, list).map((entry) => ({ ...entry, orderId: order.id })),
    );
  }
  return settled;
}

/** The answer that holds for each entry: the latest by device time, then device id, then op id. */
export function latestAnswers(answers: readonly DoorTravelFacts[]) {
  const latest = new Map<string, DoorTravelFacts>();
  for (const answer of answers) {
    const current = latest.get(answer.entryOpId);
    if (!current || compareEntries(asEntry(current), asEntry(answer)) < 0) {
      latest.set(answer.entryOpId, answer);
    }
  }
  return latest;
}

export type TravelFigures = {
  people: number;
  byMode: { mode: AudienceMode; people: number }[];
  /** People in cars ÷ people per car, summed over the answers. */
  cars: number;
};

/** How people came, from the answers that hold. */
export function travelFigures(answers: readonly DoorTravelFacts[]): TravelFigures {
  const people = new Map<AudienceMode, number>();
  let cars = 0;
  for (const answer of latestAnswers(answers).values()) {
    people.set(answer.mode, (people.get(answer.mode) ?? 0) + answer.people);
    if (answer.mode === 'car') cars += answer.people / (answer.carPeople ?? 1);
  }
  const byMode = audienceModes
    .filter((mode) => (people.get(mode) ?? 0) > 0)
    .map((mode) => ({ mode, people: people.get(mode)! }));
  return {
    people: byMode.reduce((sum, entry) => sum + entry.people, 0),
    byMode,
    cars: Math.round(cars * 100) / 100,
  };
}

/** People let in without a ticket: the taps added up (a correction never takes it below 0). */
export function walkInsOf(entries: readonly DoorEntryFacts[]) {
  return Math.max(
    0,
    entries.filter((entry) => !entry.orderId).reduce((sum, entry) => sum + entry.people, 0),
  );
}
