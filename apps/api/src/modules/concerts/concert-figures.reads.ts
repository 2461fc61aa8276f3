// A concert's figures after it took place, read for several concerts at once: by the box office
// for one concert, and by the impact module inside its own transaction (the caller checks access).
import type { ConcertFigures } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { concertFiguresOf } from './concert-figures';
import * as figures from './concert-figures.repository';
import * as door from './door.repository';

const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** The figures of the concerts asked (other sessions are left out), in the order they start. */
export async function readConcertFigures(
  tx: Executor,
  sessionIds: string[],
): Promise<ConcertFigures[]> {
  if (sessionIds.length === 0) return [];
  const concerts = await figures.concertsOf(tx, sessionIds);
  const ids = concerts.map((concert) => concert.id);
  if (ids.length === 0) return [];
  const orders = groupBy(await figures.ordersOf(tx, ids), (row) => row.session_id);
  const orderSession = new Map([...orders.values()].flat().map((o) => [o.id, o.session_id]));
  const lines = groupBy(await figures.linesOf(tx, ids), (row) => orderSession.get(row.order_id)!);
  const entries = groupBy(await door.entriesOfConcerts(tx, ids), (row) => row.sessionId);
  const receipts = groupBy(await figures.receiptsOf(tx, ids), (row) => row.session_id);
  const workshops = new Map(
    (await figures.workshopParticipantsAt(tx, ids)).map((row) => [row.concert_id, row]),
  );
  return concerts.map((concert) =>
    concertFiguresOf({
      concert,
      orders: orders.get(concert.id) ?? [],
      lines: lines.get(concert.id) ?? [],
      entries: entries.get(concert.id) ?? [],
      receipts: receipts.get(concert.id) ?? [],
      workshops: workshops.get(concert.id),
    }),
  );
}
