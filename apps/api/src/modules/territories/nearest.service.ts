// Nearest venues or groups of the organisation to a point or a commune (geo spatial index).
import type { NearestItem, NearestQuery, NearestResult } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import {
  buildPointIndex,
  type CommuneDataset,
  type LatLon,
  meanPosition,
  resolveCommune,
  roadDistanceKm,
  travelTimeMin,
} from '@tutti/geo';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { communeReference } from '../communes';
import { locateVenues } from './places';
import * as repository from './territories.repository';

type Candidate = Omit<NearestItem, 'distanceKm' | 'roadDistanceKm' | 'carMinutes'>;

/**
 * The `limit` nearest venues or groups, closest first. Groups are placed at their commune.
 * Without a point or a commune, the origin is the centre of the organisation's venues.
 *
 * @example await nearestPlaces({ actor, database, query: { communeCode: '48095', kind: 'group', limit: 5 } })
 */
export async function nearestPlaces({
  actor,
  database,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  query: NearestQuery;
}): Promise<NearestResult> {
  requirePermission(actor, 'territories.read');
  const { dataset } = await communeReference(database);
  const rows = await actor.inTenant(async (tx) => ({
    venues: await repository.listVenues(tx, actor.orgId),
    groups: query.kind === 'group' ? await repository.listGroups(tx, actor.orgId) : [],
  }));
  const venues = locateVenues(dataset, rows.venues);
  const origin = originOf(
    dataset,
    query,
    venues.map((v) => v.location),
  );
  if (!origin) return { origin: null, items: [] };
  const candidates: Candidate[] =
    query.kind === 'venue'
      ? venues.map((v) => ({
          kind: 'venue',
          id: v.id,
          name: v.name,
          communeId: v.communeId,
          communeName: v.communeId ? (dataset.byId.get(v.communeId)?.name ?? null) : v.communeName,
          latitude: v.location.lat,
          longitude: v.location.lon,
          positionSource: v.positionSource,
          approximate: v.approximate,
        }))
      : rows.groups.flatMap((g) => {
          const commune = g.communeCode ? resolveCommune(dataset, g.communeCode) : undefined;
          if (!commune) return [];
          return [
            {
              kind: 'group' as const,
              id: g.id,
              name: g.name,
              communeId: commune.id,
              communeName: commune.name,
              latitude: commune.location.lat,
              longitude: commune.location.lon,
              positionSource: 'commune' as const,
              approximate: commune.coordinatesSource === 'approximate',
            },
          ];
        });
  const index = buildPointIndex(candidates, (c) => ({ lat: c.latitude, lon: c.longitude }));
  const point = { lat: origin.latitude, lon: origin.longitude };
  const items = index.nearest(point, { k: query.limit }).map(({ item, distanceKm }) => ({
    ...item,
    distanceKm: Math.round(distanceKm * 100) / 100,
    roadDistanceKm: Math.round(roadDistanceKm(distanceKm) * 10) / 10,
    carMinutes: Math.round(travelTimeMin(distanceKm, 'car')),
  }));
  return { origin, items };
}

function originOf(
  dataset: CommuneDataset,
  query: NearestQuery,
  venuePositions: LatLon[],
): NearestResult['origin'] {
  if (query.lat !== undefined && query.lon !== undefined) {
    return {
      kind: 'point',
      latitude: query.lat,
      longitude: query.lon,
      communeId: null,
      communeName: null,
      approximate: false,
    };
  }
  if (query.communeCode !== undefined) {
    const commune = resolveCommune(dataset, query.communeCode);
    if (!commune) {
      const message = `No commune with the code ${query.communeCode}`;
      throw new AppError('COMMUNE.NOT_FOUND', message, {
        fields: [{ path: 'querystring.communeCode', message }],
      });
    }
    return {
      kind: 'commune',
      latitude: commune.location.lat,
      longitude: commune.location.lon,
      communeId: commune.id,
      communeName: commune.name,
      approximate: commune.coordinatesSource === 'approximate',
    };
  }
  const centre = meanPosition(venuePositions);
  if (!centre) return null;
  return {
    kind: 'organisation-centre',
    latitude: centre.lat,
    longitude: centre.lon,
    communeId: null,
    communeName: null,
    approximate: false,
  };
}
