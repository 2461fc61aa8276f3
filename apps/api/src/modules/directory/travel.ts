// Driving times to the matched places: an OSRM table (one source, the matches as destinations) when
// TUTTI_OSRM_URL is set and answers in time, the estimate otherwise (great circle × 1.3 at 60 km/h).
import type { LatLon } from '@tutti/geo';
import type { Config } from '../../platform/config';

/** A person waits for the page: OSRM gets this long at most, whatever the planning timeout. */
const PAGE_TIMEOUT_MS = 1500;

/** Minutes by road from `from` to each destination, or null (estimates stand) when OSRM is off or fails. */
export async function osrmMinutes(
  osrm: Config['osrm'],
  from: LatLon,
  destinations: readonly LatLon[],
): Promise<number[] | null> {
  if (!osrm || destinations.length === 0) return null;
  const coordinates = [from, ...destinations]
    .map((p) => `${p.lon.toFixed(6)},${p.lat.toFixed(6)}`)
    .join(';');
  const url = `${osrm.url.replace(/\/$/, '')}/table/v1/driving/${coordinates}?sources=0&annotations=duration`;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(Math.min(osrm.timeoutMs, PAGE_TIMEOUT_MS)),
    });
    if (!response.ok) return null;
    const table = (await response.json()) as { code?: string; durations?: (number | null)[][] };
    const row = table.code === 'Ok' ? table.durations?.[0] : undefined;
    if (!row || row.length !== destinations.length + 1) return null;
    const minutes = row.slice(1).map((seconds) => (seconds === null ? null : seconds / 60));
    return minutes.every((m) => m !== null) ? (minutes as number[]) : null;
  } catch {
    return null;
  }
}
