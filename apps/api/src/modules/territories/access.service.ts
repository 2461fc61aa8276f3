// The access index of an area for an organisation: who is far from live music and from its work.
import type { AccessQuery, AccessReport } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { computeAccessIndex, rankCommunes } from '@tutti/geo';
import { addDays, addYears, today } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { communeReference, shapeDepartmentsOf } from '../communes';
import {
  boundsOf,
  presentFacilities,
  presentRanked,
  presentVenues,
  scoreParameters,
  summaryOf,
} from './access.presenter';
import { dimensionsOf } from './access-dimensions';
import { resolveArea } from './area';
import { activitiesByCommune, activityByVenue, liveMusicPlaces, locateVenues } from './places';
import * as repository from './territories.repository';

/** Today in France, where the window of "the last 12 months" is read by default. */
export function todayInFrance(): string {
  return today('Europe/Paris');
}

/** First day of the 12 calendar months ending `asOf` (as `inLastTwelveMonths` counts them). */
export function periodStartOf(asOf: string): string {
  return addDays(addYears(asOf, -1), 1);
}

/**
 * Ranks the communes of an area by access score, with the reasons, the figures behind them, what
 * each component rests on (and which are missing: left out of the scores, never guessed) and the
 * map layers (the organisation's venues, imported live-music facilities).
 *
 * @example await accessReport({ actor, database, query: { department: '48' } })
 */
export async function accessReport({
  actor,
  database,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  query: AccessQuery;
}): Promise<AccessReport> {
  requirePermission(actor, 'territories.read');
  const reference = await communeReference(database);
  const { dataset } = reference;
  const asOf = query.asOf ?? todayInFrance();
  const periodStart = periodStartOf(asOf);
  // A day of margin each side: local dates are read in each session's own time zone.
  const from = new Date(`${addDays(periodStart, -1)}T00:00:00Z`);
  const to = new Date(`${addDays(asOf, 2)}T00:00:00Z`);
  const { venues, sessions } = await actor.inTenant(async (tx) => ({
    venues: await repository.listVenues(tx, actor.orgId, from),
    sessions: await repository.listSessionsBetween(tx, actor.orgId, from, to),
  }));
  const located = locateVenues(dataset, venues);
  const resolved = resolveArea(dataset, query, located);
  const activity = activityByVenue(sessions, asOf);
  const report = {
    asOf,
    periodStart,
    score: scoreParameters(),
    reference: {
      facilitiesYear: reference.importOf('cultural-facilities')?.year ?? null,
      densityYear: reference.importOf('density-grid')?.year ?? null,
      priorityAreasYear: reference.importOf('priority-areas')?.year ?? null,
      centresYear: reference.importOf('commune-centres')?.year ?? null,
    },
  };
  const bounds = resolved ? boundsOf(resolved.communes.map((c) => c.location)) : null;
  if (!resolved || !bounds) {
    return {
      ...report,
      area: resolved?.area ?? null,
      summary: summaryOf([]),
      dimensions: dimensionsOf({ reference, items: [], ownPlaces: located.length }),
      items: [],
      shapeDepartments: [],
      venues: [],
      facilities: [],
    };
  }
  const { places, labels } = liveMusicPlaces(reference.liveMusicFacilities, located);
  const access = computeAccessIndex({
    communes: resolved.communes,
    liveMusicPlaces: places,
    activitiesByCommune: activitiesByCommune(located, activity),
    // Without a priority-area file, no commune is known to be outside one either.
    priorityCommuneIds: reference.importOf('priority-areas') ? reference.priorityCommuneIds : null,
    asOf,
  });
  const items = rankCommunes(resolved.communes, access).map((row) =>
    presentRanked(dataset, row, labels),
  );
  return {
    ...report,
    area: resolved.area,
    summary: summaryOf(items),
    dimensions: dimensionsOf({ reference, items, ownPlaces: located.length }),
    items,
    shapeDepartments: shapeDepartmentsOf(resolved.communes),
    venues: presentVenues(dataset, located, activity, bounds),
    facilities: presentFacilities(reference.liveMusicFacilities, bounds),
  };
}
