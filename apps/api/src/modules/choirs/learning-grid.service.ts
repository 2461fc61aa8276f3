// A section leader's (or the conductor's) learning grid: singer × piece for one voice part, each
// cell the singer's own learning status, as they set it on their page. Conductors read every
// part; a section leader the parts they lead; anyone else 404.
import type { ChoirLearningGrid } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import * as choirs from './choirs.repository';
import { currentSeason, loadChoir, missing } from './choirs.service';
import * as repertoire from './repertoire.repository';
import { checkedParts } from './singers.service';

export async function learningGrid({
  actor,
  choirId,
  seasonId,
  partId,
}: {
  actor: OrgActor;
  choirId: string;
  seasonId?: string | undefined;
  partId?: string | undefined;
}): Promise<ChoirLearningGrid> {
  requirePermission(actor, 'choirs.check');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const led = await checkedParts(tx, actor, choirId);
    const parts = (await choirs.partsOf(tx, choirId)).filter((p) => !led || led.includes(p.id));
    if (partId && !parts.some((p) => p.id === partId)) throw missing('query.partId', 'part');
    const shown = partId ?? parts[0]?.id ?? null;
    const { season } = await currentSeason(tx, choirId, seasonId);
    const pieces = season ? await repertoire.piecesOf(tx, season.id) : [];
    const singers = season
      ? (await choirs.membersOf(tx, choirId, season.id)).filter((m) => m.partId === shown)
      : [];
    const siteName = new Map(
      (await choirs.sitesOf(tx, choirId)).map(({ site }) => [site.id, site.name]),
    );
    const statuses = await repertoire.learningOf(
      tx,
      pieces.map((p) => p.id),
      singers.map((s) => s.id),
    );
    const statusOf = new Map(statuses.map((s) => [`${s.memberId}|${s.pieceId}`, s.status]));
    return {
      seasonId: season?.id ?? null,
      parts: parts.map((p) => ({ id: p.id, code: p.code, name: p.name })),
      partId: shown,
      pieces: pieces.map((p) => ({ id: p.id, title: p.title })),
      singers: singers.map((s) => ({
        memberId: s.id,
        firstName: s.firstName,
        lastName: s.lastName,
        siteName: siteName.get(s.siteId) ?? '',
        statuses: pieces.map((p) => statusOf.get(`${s.id}|${p.id}`) ?? null),
      })),
    };
  });
}
