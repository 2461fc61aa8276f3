// Readiness per piece × part × site before the next concert: how many singers of each cell are
// ready (their own word, or a recording their section leader approved), ready for a check or
// still learning, their attendance rate, and the rehearsals each site has left; a part with
// fewer singers ready on a piece than its minimum raises a balance alert.
import type { ChoirReadiness } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import * as choirs from './choirs.repository';
import { currentSeason, loadChoir, rateOf } from './choirs.service';
import { readinessCells } from './readiness.repository';
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
    const pieces = await repertoire.piecesOf(tx, season.id);
    const rows = await readinessCells(tx, choirId, season.id);
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

    // Cells in the order of the pieces, parts and sites; ready singers per piece and part.
    const order = (ids: { id: string }[]) => new Map(ids.map((row, i) => [row.id, i]));
    const [pieceAt, partAt, siteAt] = [order(pieces), order(parts), order(sites)];
    rows.sort(
      (a, b) =>
        pieceAt.get(a.pieceId)! - pieceAt.get(b.pieceId)! ||
        (partAt.get(a.partId) ?? 0) - (partAt.get(b.partId) ?? 0) ||
        (siteAt.get(a.siteId) ?? 0) - (siteAt.get(b.siteId) ?? 0),
    );
    const readyPerPart = new Map<string, number>();
    for (const row of rows) {
      const partKey = `${row.pieceId}|${row.partId}`;
      readyPerPart.set(partKey, (readyPerPart.get(partKey) ?? 0) + row.ready);
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
      cells: rows.map(({ present, absent, ...cell }) => ({
        ...cell,
        attendanceRate: rateOf({ present, absent }),
        readyShare: cell.singers > 0 ? cell.ready / cell.singers : null,
      })),
      alerts,
    };
  });
}
