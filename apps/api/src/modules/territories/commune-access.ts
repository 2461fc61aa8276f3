// The access score and priority area of a few communes, computed exactly as the access report
// computes them (same live-music places, same activities, same window), for other modules that
// weigh communes (the box office splitting free seats across relays). The caller checks access.
import type { TuttiDatabase } from '@tutti/db';
import { communesInArea, computeAccessIndex, resolveCommune } from '@tutti/geo';
import { addDays } from '@tutti/kit/dates';
import type { OrgActor } from '../../platform/auth/request-auth';
import { communeReference } from '../communes';
import { periodStartOf, todayInFrance } from './access.service';
import { activitiesByCommune, activityByVenue, liveMusicPlaces, locateVenues } from './places';
import * as repository from './territories.repository';

export type CommuneAccessFigures = {
  /** 0–100, higher = further from live music and from the organisation's work. */
  score: number;
  /** Null when unknown (no priority-area file, or a commune outside France). */
  priorityArea: boolean | null;
  /** INSEE density grid, 1 (dense) to 7 (very sparse); null when the grid is not imported. */
  densityClass: number | null;
};

/**
 * The access figures of the communes named by `communeCodes` (INSEE codes or ids the reference
 * knows), keyed by the code asked; unknown codes are absent.
 *
 * @example (await communeAccess({ actor, database, communeCodes: ['58086'] })).get('58086')?.score
 */
export async function communeAccess({
  actor,
  database,
  communeCodes,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  communeCodes: string[];
}): Promise<Map<string, CommuneAccessFigures>> {
  const result = new Map<string, CommuneAccessFigures>();
  if (communeCodes.length === 0) return result;
  const reference = await communeReference(database);
  const { dataset } = reference;
  const idOf = new Map<string, string>();
  for (const code of new Set(communeCodes)) {
    const commune = resolveCommune(dataset, code);
    if (commune) idOf.set(code, commune.id);
  }
  if (idOf.size === 0) return result;
  const asOf = todayInFrance();
  const from = new Date(`${addDays(periodStartOf(asOf), -1)}T00:00:00Z`);
  const to = new Date(`${addDays(asOf, 2)}T00:00:00Z`);
  const { venues, sessions } = await actor.inTenant(async (tx) => ({
    venues: await repository.listVenues(tx, actor.orgId, from),
    sessions: await repository.listSessionsBetween(tx, actor.orgId, from, to),
  }));
  const located = locateVenues(dataset, venues);
  const activity = activityByVenue(sessions, asOf);
  const access = computeAccessIndex({
    communes: communesInArea(dataset, { kind: 'communes', ids: [...new Set(idOf.values())] }),
    liveMusicPlaces: liveMusicPlaces(reference.liveMusicFacilities, located).places,
    activitiesByCommune: activitiesByCommune(located, activity),
    priorityCommuneIds: reference.importOf('priority-areas') ? reference.priorityCommuneIds : null,
    asOf,
  });
  for (const [code, id] of idOf) {
    const figures = access.get(id);
    if (figures) {
      const { score, priorityArea, densityClass } = figures;
      result.set(code, { score, priorityArea, densityClass });
    }
  }
  return result;
}
