// The travel matrix: estimates by default, an OSRM table when configured, the estimate again when
// OSRM fails or is too slow (and the model says so).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { meridianRoadKm } from '../../testing/carbon-factory';
import { greatCircleMatrix, travelMatrix } from './tour-distances';

const onMeridian = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ latitude: 47 + i * 0.01, longitude: 3.5 }));

let server: Server | null = null;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = null;
});

/** A fake OSRM: 2 km and 3 minutes per index apart, counting the requests it answers. */
async function fakeOsrm(behaviour: 'ok' | 'error' | 'silent') {
  const seen = { requests: 0 };
  server = createServer((request, response) => {
    seen.requests += 1;
    if (behaviour === 'silent') return;
    if (behaviour === 'error') {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'InvalidQuery', message: 'Too many table coordinates' }));
      return;
    }
    const url = new URL(request.url!, 'http://osrm');
    const coordinates = url.pathname.split('/').at(-1)!.split(';');
    const ids = coordinates.map((c) => Math.round((Number(c.split(',')[1]) - 47) / 0.01));
    const pick = (name: string) => url.searchParams.get(name)!.split(';').map(Number);
    const sources = pick('sources').map((i) => ids[i]!);
    const destinations = pick('destinations').map((i) => ids[i]!);
    const table = (per: number) =>
      sources.map((a) => destinations.map((b) => Math.abs(a - b) * per));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ code: 'Ok', distances: table(2000), durations: table(180) }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server!.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen };
}

describe('the travel matrix', () => {
  it('estimates road km as great circle × 1.3 and driving time at 60 km/h, rounded up to 5 min', () => {
    const matrix = greatCircleMatrix([
      { latitude: 47, longitude: 3.5 },
      { latitude: 47.1, longitude: 3.5 },
    ]);
    expect(matrix.distanceKm[1]).toBeCloseTo(meridianRoadKm(0.1), 6);
    // 14.46 km at 60 km/h is 14.5 minutes: 15 once rounded up.
    expect(matrix.durationMin[1]).toBe(15);
    expect(matrix.distanceKm[0]).toBe(0);
  });

  it('uses the OSRM table block by block when it is configured', async () => {
    const osrm = await fakeOsrm('ok');
    const { matrix, model } = await travelMatrix(onMeridian(120), {
      url: osrm.url,
      timeoutMs: 5000,
    });
    expect(model).toEqual({
      kind: 'osrm',
      circuityFactor: null,
      speedKmh: null,
      fallbackReason: null,
    });
    // 120 places in blocks of 50: 3 × 3 requests.
    expect(osrm.seen.requests).toBe(9);
    expect(matrix.distanceKm[0 * 120 + 119]).toBe(238);
    expect(matrix.durationMin[0 * 120 + 119]).toBe(360); // 357 minutes, rounded up
    expect(matrix.durationMin[5 * 120 + 7]).toBe(10); // 6 minutes, rounded up to 10
  });

  it('falls back to the estimate, saying why, when OSRM answers an error', async () => {
    const osrm = await fakeOsrm('error');
    const points = onMeridian(3);
    const { matrix, model } = await travelMatrix(points, { url: osrm.url, timeoutMs: 5000 });
    expect(model).toMatchObject({ kind: 'great_circle', circuityFactor: 1.3 });
    expect(model.fallbackReason).toContain('500');
    expect(matrix.distanceKm).toEqual(greatCircleMatrix(points).distanceKm);
  });

  it('falls back to the estimate when OSRM does not answer in time', async () => {
    const osrm = await fakeOsrm('silent');
    const { model } = await travelMatrix(onMeridian(3), { url: osrm.url, timeoutMs: 300 });
    expect(model).toMatchObject({
      kind: 'great_circle',
      fallbackReason: 'no answer from OSRM within 300 ms',
    });
  });
});
