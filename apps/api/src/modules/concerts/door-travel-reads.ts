// How the audience of concerts came, as their doors asked it: read by the carbon module inside its
// own transaction (the caller checks access), to use the modes people gave instead of assumed ones.
import type { Executor } from '@tutti/db';
import * as door from './door.repository';
import { type TravelFigures, travelFigures } from './door-figures';

export type { TravelFigures };

/** Concert id → the travel answers that hold (the latest per entry), for concerts with answers. */
export async function readDoorTravel(
  tx: Executor,
  sessionIds: string[],
): Promise<Map<string, TravelFigures>> {
  const rows = await door.travelOfConcerts(tx, sessionIds);
  const bySession = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = bySession.get(row.sessionId) ?? [];
    list.push(row);
    bySession.set(row.sessionId, list);
  }
  return new Map([...bySession].map(([sessionId, answers]) => [sessionId, travelFigures(answers)]));
}
