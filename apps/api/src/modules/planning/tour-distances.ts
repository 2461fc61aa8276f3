// Distances and driving times between the places of a run: great circle × the road circuity factor
// by default, or an OSRM table service when TUTTI_OSRM_URL is set (with a timeout and a fallback).
import type { DistanceModel } from '@tutti/contracts';
import { CIRCUITY_FACTOR, haversineKm, roadDistanceKm, SPEED_KMH, travelTimeMin } from '@tutti/geo';
import type { TravelMatrix } from '@tutti/planner';
import type { Config } from '../../platform/config';
import type { Place } from './tour-types';

/**
 * Driving times are rounded up to 5 minutes (parking, unloading the instruments): with session
 * lengths and opening hours on round minutes, every time of a plan falls on a round minute too.
 */
export const TRAVEL_STEP_MIN = 5;
const roundUp = (minutes: number) => Math.ceil(minutes / TRAVEL_STEP_MIN - 1e-9) * TRAVEL_STEP_MIN;

/** OSRM's default `--max-table-size` is 100 locations per request: blocks of 50 × 50 fit. */
const BLOCK = 50;
const PARALLEL_REQUESTS = 4;

const estimate = (a: Place, b: Place) => {
  const greatCircleKm = haversineKm(
    { lat: a.latitude, lon: a.longitude },
    { lat: b.latitude, lon: b.longitude },
  );
  return { km: roadDistanceKm(greatCircleKm), min: roundUp(travelTimeMin(greatCircleKm, 'car')) };
};

/**
 * Road kilometres estimated as great circle × 1.3 (`CIRCUITY_FACTOR` of @tutti/geo, with its
 * sources) and driving time at 60 km/h over that distance, rounded up to 5 minutes.
 * @example greatCircleMatrix([{ latitude: 47, longitude: 3 }, { latitude: 47.1, longitude: 3 }]).distanceKm[1] // ≈ 14.5
 */
export function greatCircleMatrix(
  points: readonly Place[],
): TravelMatrix & { distanceKm: Float64Array; durationMin: Float64Array } {
  const size = points.length;
  const distanceKm = new Float64Array(size * size);
  const durationMin = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      if (a === b) continue;
      const leg = estimate(points[a]!, points[b]!);
      distanceKm[a * size + b] = leg.km;
      durationMin[a * size + b] = leg.min;
    }
  }
  return { size, distanceKm, durationMin };
}

export const greatCircleModel: DistanceModel = {
  kind: 'great_circle',
  circuityFactor: CIRCUITY_FACTOR,
  speedKmh: SPEED_KMH.car,
  fallbackReason: null,
};

type OsrmTable = {
  code?: string;
  message?: string;
  durations?: (number | null)[][];
  distances?: (number | null)[][];
};

async function fetchBlock(options: {
  url: string;
  points: readonly Place[];
  sources: number[];
  destinations: number[];
  signal: AbortSignal;
}): Promise<OsrmTable> {
  const ids = [...new Set([...options.sources, ...options.destinations])];
  const position = new Map(ids.map((id, i) => [id, i]));
  const coordinates = ids
    .map(
      (id) =>
        `${options.points[id]!.longitude.toFixed(6)},${options.points[id]!.latitude.toFixed(6)}`,
    )
    .join(';');
  const query = new URLSearchParams({
    annotations: 'duration,distance',
    sources: options.sources.map((id) => position.get(id)).join(';'),
    destinations: options.destinations.map((id) => position.get(id)).join(';'),
  });
  const response = await fetch(`${options.url}/table/v1/driving/${coordinates}?${query}`, {
    signal: options.signal,
  });
  const body = (await response.json()) as OsrmTable;
  if (!response.ok || body.code !== 'Ok' || !body.durations || !body.distances) {
    throw new Error(
      `OSRM answered ${response.status} ${body.code ?? ''} ${body.message ?? ''}`.trim(),
    );
  }
  return body;
}

/** The OSRM table, block by block; an unreachable pair keeps the estimate. */
async function osrmMatrix(points: readonly Place[], url: string, signal: AbortSignal) {
  const matrix = greatCircleMatrix(points);
  const size = points.length;
  const blocks: { sources: number[]; destinations: number[] }[] = [];
  const range = (from: number) =>
    Array.from({ length: Math.min(BLOCK, size - from) }, (_, i) => from + i);
  for (let s = 0; s < size; s += BLOCK) {
    for (let d = 0; d < size; d += BLOCK)
      blocks.push({ sources: range(s), destinations: range(d) });
  }
  let next = 0;
  const work = async () => {
    while (next < blocks.length) {
      const block = blocks[next++]!;
      const table = await fetchBlock({ url, points, ...block, signal });
      block.sources.forEach((a, i) => {
        block.destinations.forEach((b, j) => {
          const seconds = table.durations![i]?.[j];
          const metres = table.distances![i]?.[j];
          if (a === b || seconds == null || metres == null) return;
          matrix.distanceKm[a * size + b] = metres / 1000;
          matrix.durationMin[a * size + b] = roundUp(seconds / 60);
        });
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_REQUESTS }, work));
  return matrix;
}

/**
 * The travel matrix of a run and the model it came from; OSRM failures or timeouts fall back to
 * the estimate, and the model says why.
 */
export async function travelMatrix(
  points: readonly Place[],
  osrm: Config['osrm'],
): Promise<{ matrix: TravelMatrix; model: DistanceModel }> {
  if (!osrm || points.length < 2)
    return { matrix: greatCircleMatrix(points), model: greatCircleModel };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), osrm.timeoutMs);
  try {
    const matrix = await osrmMatrix(points, osrm.url, controller.signal);
    return {
      matrix,
      model: { kind: 'osrm', circuityFactor: null, speedKmh: null, fallbackReason: null },
    };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `no answer from OSRM within ${osrm.timeoutMs} ms`
      : error instanceof Error
        ? error.message.slice(0, 200)
        : 'OSRM failed';
    controller.abort();
    return {
      matrix: greatCircleMatrix(points),
      model: { ...greatCircleModel, fallbackReason: reason },
    };
  } finally {
    clearTimeout(timer);
  }
}
