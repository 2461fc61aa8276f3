// Shapes the ranked communes and the map layers of an access report.
import type { AccessReport, MapFacility, MapVenue, RankedCommune } from '@tutti/contracts';
import {
  type CommuneDataset,
  componentPoints,
  DEFAULT_SCORE_OPTIONS,
  type RankedCommune as GeoRankedCommune,
  type LatLon,
} from '@tutti/geo';
import type { LiveMusicFacility } from '../communes';
import type { LocatedVenue, PlaceLabel, VenueActivity } from './places';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

export function presentRanked(
  dataset: CommuneDataset,
  row: GeoRankedCommune,
  labels: ReadonlyMap<string, PlaceLabel>,
): RankedCommune {
  const commune = dataset.byId.get(row.communeId)!;
  const a = row.access;
  const points = componentPoints(a.components);
  const r2 = (x: number | null) => (x === null ? null : round2(x));
  return {
    rank: row.rank,
    communeId: row.communeId,
    name: row.name,
    departmentCode: commune.departmentCode,
    population: row.population,
    score: row.score,
    points: {
      distance: r2(points.distance),
      activities: round2(points.activities),
      rurality: r2(points.rurality),
      priority: r2(points.priority),
    },
    possiblePoints: round2(a.possiblePoints),
    unknown: a.unknown,
    distanceToLiveMusicKm:
      a.distanceToLiveMusicKm === null ? null : round2(a.distanceToLiveMusicKm),
    carMinutes: a.carMinutes === null ? null : Math.round(a.carMinutes),
    nearestLiveMusic: a.nearestLiveMusicPlaceId
      ? (labels.get(a.nearestLiveMusicPlaceId) ?? null)
      : null,
    activities: a.activities,
    activitiesPer1000: a.activitiesPer1000 === null ? null : round2(a.activitiesPer1000),
    densityClass: a.densityClass,
    priorityArea: a.priorityArea,
    approximateLocation: a.approximateLocation,
    coordinatesSource: commune.coordinatesSource,
    latitude: commune.location.lat,
    longitude: commune.location.lon,
    reasons: row.reasons,
  };
}

export type Bounds = { south: number; north: number; west: number; east: number };

/** The box around the area's communes, widened so that places just across its border show. */
export function boundsOf(points: readonly LatLon[], marginDeg = 0.25): Bounds | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return {
    south: Math.min(...lats) - marginDeg,
    north: Math.max(...lats) + marginDeg,
    west: Math.min(...lons) - marginDeg,
    east: Math.max(...lons) + marginDeg,
  };
}

const inside = (b: Bounds, p: LatLon) =>
  p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east;

export function presentVenues(
  dataset: CommuneDataset,
  venues: readonly LocatedVenue[],
  activity: ReadonlyMap<string, VenueActivity>,
  bounds: Bounds,
): MapVenue[] {
  return venues
    .filter((v) => inside(bounds, v.location))
    .sort(
      (a, b) =>
        (activity.get(b.id)?.sessions ?? 0) - (activity.get(a.id)?.sessions ?? 0) ||
        a.name.localeCompare(b.name, 'fr'),
    )
    .map((v) => {
      const a = activity.get(v.id);
      return {
        id: v.id,
        name: v.name,
        communeId: v.communeId,
        communeName: v.communeId ? (dataset.byId.get(v.communeId)?.name ?? null) : v.communeName,
        latitude: v.location.lat,
        longitude: v.location.lon,
        approximate: v.approximate,
        sessions: a?.sessions ?? 0,
        concerts: a?.concertDates.length ?? 0,
        liveMusic: true,
      };
    });
}

export function presentFacilities(
  facilities: readonly LiveMusicFacility[],
  bounds: Bounds,
): MapFacility[] {
  return facilities
    .filter((f) => inside(bounds, { lat: f.latitude, lon: f.longitude }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      typeLabel: f.typeLabel,
      communeId: f.communeId,
      latitude: f.latitude,
      longitude: f.longitude,
      positionSource: f.positionSource,
    }));
}

/** Figures of the area; a count that rests on missing data is null, never 0. */
export function summaryOf(items: readonly RankedCommune[]): AccessReport['summary'] {
  const saturation = DEFAULT_SCORE_OPTIONS.distanceSaturationKm;
  const withPriority = items.filter((c) => c.priorityArea !== null);
  const withDistance = items.filter((c) => c.distanceToLiveMusicKm !== null);
  return {
    communes: items.length,
    population: items.reduce((sum, c) => sum + c.population, 0),
    approximateCommunes: items.filter((c) => c.approximateLocation).length,
    priorityCommunes:
      withPriority.length === 0 ? null : withPriority.filter((c) => c.priorityArea).length,
    noLiveMusicWithin30Km:
      withDistance.length === 0
        ? null
        : withDistance.filter((c) => (c.distanceToLiveMusicKm ?? 0) > saturation).length,
    communesWithActivities: items.filter((c) => c.activities > 0).length,
    averageScore:
      items.length === 0 ? null : round1(items.reduce((s, c) => s + c.score, 0) / items.length),
    distinctScores: new Set(items.map((c) => c.score)).size,
  };
}

/** The documented score parameters, in points (weights × 100). */
export function scoreParameters(): AccessReport['score'] {
  const o = DEFAULT_SCORE_OPTIONS;
  return {
    weights: {
      distance: round1(o.weights.distance * 100),
      activities: round1(o.weights.activities * 100),
      rurality: round1(o.weights.rurality * 100),
      priority: round1(o.weights.priority * 100),
    },
    distanceSaturationKm: o.distanceSaturationKm,
    activitiesSaturationPer1000: o.activitiesSaturationPer1000,
  };
}
