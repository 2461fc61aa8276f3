// Deterministic synthetic venues and activities for the benchmark.

import type { Commune, LatLon } from '../src/types';

/** Small seeded PRNG (mulberry32) so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type BenchVenue = { kind: 'venue'; id: string; location: LatLon; lastConcertOn: string };

/** A point within about `radiusKm` of `centre`. */
export function jitter(centre: LatLon, radiusKm: number, random: () => number): LatLon {
  const dLat = ((random() * 2 - 1) * radiusKm) / 111;
  const dLon = ((random() * 2 - 1) * radiusKm) / (111 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: centre.lat + dLat, lon: centre.lon + dLon };
}

/**
 * Venues near communes drawn uniformly, each with a last concert date spread over the two
 * years before `asOf`, so about half count as live music of the last 12 months.
 */
export function generateVenues(
  communes: readonly Commune[],
  count: number,
  asOf: string,
  random: () => number,
): BenchVenue[] {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const venues: BenchVenue[] = [];
  for (let i = 0; i < count; i++) {
    const commune = communes[Math.floor(random() * communes.length)] as Commune;
    const daysAgo = Math.floor(random() * 730);
    venues.push({
      kind: 'venue',
      id: `venue-${i}`,
      location: jitter(commune.location, 3, random),
      lastConcertOn: new Date(end - daysAgo * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return venues;
}
