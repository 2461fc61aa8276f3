// Readiness per piece × part × site before the next concert: how many singers of each cell are
// ready (their own word, or a recording their section leader approved), ready for a check or
// still learning, their attendance rate, and the rehearsals each site has left; a part with
// fewer singers ready on a piece than its minimum raises a balance alert.
import type { ChoirReadiness } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import * as choirs from './choirs.repository';
import { currentSeason, loadChoir, rateOf } from './choirs.service';
import * as rehearsals from './rehearsals.repository';
import * as repertoire from './repertoire.repository';

export async function readiness({
  actor,
  choirId,
  seasonId,
  now = new Date(),
}: {
  actor: OrgActor;
  choirId: string;
  seasonId?: string | undefined;
  now?: Date;
}): Promise<ChoirReadiness> {
  requirePermission(actor, 'choirs.read');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const { season } = await currentSeason(tx, choirId, seasonId);
    const parts = await choirs.partsOf(tx, choirId);
    const sites = (await choirs.sitesOf(tx, choirId)).map(({ site }) => site);
    const empty = { seasonId: null, nextConcert: null, pieces: [], cells: [], alerts: [] };
    const presentParts = parts.map((p) => ({ id: p.id, code: p.code, minSingers: p.minSingers }));
    if (!season) {
      return {
        ...empty,
        parts: presentParts,
        sites: sites.map((s) => ({ id: s.id, name: s.name, rehearsalsLeft: 0 })),
      };
    }
    const members = await choirs.membersOf(tx, choirId, season.id);
    const tallies = await choirs.attendanceTallies(tx, season.id);
    const pieces = await repertoire.piecesOf(tx, season.id);
    const ids = pieces.map((p) => p.id);
    const divisi = new Map(
      (await repertoire.divisiOf(tx, ids)).map((d) => [`${d.pieceId}|${d.memberId}`, d.partId]),
    );
    const learning = new Map(
      (await repertoire.learningOf(tx, ids)).map((l) => [`${l.pieceId}|${l.memberId}`, l.status]),
    );
    const approved = new Set(
      (await repertoire.approvedOf(tx, ids)).map((a) => `${a.pieceId}|${a.memberId}`),
    );
    const calendar = await rehearsals.rehearsalsOfSeason(tx, season.id);
    const concert = calendar.find(
      (r) => r.kind === 'concert' && r.status === 'planned' && r.startsAt > now,
    );
    const left = (siteId: string) =>
      calendar.filter(
        (r) =>
          r.kind !== 'concert' &&
          r.status === 'planned' &&
          r.startsAt > now &&
          (!concert || r.startsAt < concert.startsAt) &&
          (r.siteId === null || r.siteId === siteId),
      ).length;

    type Cell = ChoirReadiness['cells'][number] & { present: number; absent: number };
    const cells = new Map<string, Cell>();
    const readyPerPart = new Map<string, number>();
    for (const piece of pieces) {
      for (const m of members) {
        const key = `${piece.id}|${m.id}`;
        const partId = divisi.get(key) ?? m.partId;
        const cellKey = `${piece.id}|${partId}|${m.siteId}`;
        let cell = cells.get(cellKey);
        if (!cell) {
          cell = {
            pieceId: piece.id,
            partId,
            siteId: m.siteId,
            singers: 0,
            ready: 0,
            readyForCheck: 0,
            learning: 0,
            checked: 0,
            attendanceRate: null,
            readyShare: null,
            present: 0,
            absent: 0,
          };
          cells.set(cellKey, cell);
        }
        cell.singers += 1;
        const checked = approved.has(key);
        const status = learning.get(key);
        if (checked) cell.checked += 1;
        if (checked || status === 'ready') {
          cell.ready += 1;
          const partKey = `${piece.id}|${partId}`;
          readyPerPart.set(partKey, (readyPerPart.get(partKey) ?? 0) + 1);
        } else if (status === 'ready_for_check') cell.readyForCheck += 1;
        else if (status === 'learning') cell.learning += 1;
        cell.present += tallies.get(m.id)?.present ?? 0;
        cell.absent += tallies.get(m.id)?.absent ?? 0;
      }
    }
    const alerts = pieces.flatMap((piece) =>
      parts
        .filter((p) => p.minSingers > 0)
        .flatMap((p) => {
          const ready = readyPerPart.get(`${piece.id}|${p.id}`) ?? 0;
          return ready < p.minSingers
            ? [{ pieceId: piece.id, partId: p.id, ready, minSingers: p.minSingers }]
            : [];
        }),
    );
    return {
      seasonId: season.id,
      nextConcert: concert ? { id: concert.id, startsAt: concert.startsAt.toISOString() } : null,
      pieces: pieces.map((p) => ({ id: p.id, title: p.title })),
      sites: sites.map((s) => ({ id: s.id, name: s.name, rehearsalsLeft: left(s.id) })),
      parts: presentParts,
      cells: [...cells.values()].map(({ present, absent, ...cell }) => ({
        ...cell,
        attendanceRate: rateOf({ present, absent }),
        readyShare: cell.singers > 0 ? cell.ready / cell.singers : null,
      })),
      alerts,
    };
  });
}
