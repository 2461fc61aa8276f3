// The demo organisation's footprints show nothing implausible: no audience from 100 km away, no
// line to check, and the toddlers' concert in Vitry counts its own neighbourhood, not the Nièvre.
import type { OrganisationFootprint, ProjectFootprint } from '@tutti/contracts';
import { DEMO_PASSWORD } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coordinator: Client;
let base: string;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  const me = await coordinator.get('/api/me');
  base = `/api/orgs/${(me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId}`;
});
afterAll(() => t.close());

describe('the demo footprints', () => {
  it('flag no line of any project and bring no audience from more than 100 km', async () => {
    const projects = (await coordinator.get(`${base}/projects?limit=100`)).body as {
      items: { id: string; name: string }[];
    };
    expect(projects.items.length).toBeGreaterThan(0);
    for (const project of projects.items) {
      const footprint = (await coordinator.get(`${base}/projects/${project.id}/carbon`))
        .body as ProjectFootprint;
      expect(footprint.flags, project.name).toEqual([]);
      const far = footprint.lines.filter(
        (line) => (line.kind === 'audience' || line.kind === 'group') && line.distanceKm > 100,
      );
      expect(far, project.name).toEqual([]);
    }
  });

  it('counts the Vitry concert’s audience where it is, and the year with nothing left out', async () => {
    const projects = (await coordinator.get(`${base}/projects?limit=100`)).body as {
      items: { id: string; name: string }[];
    };
    const vitry = projects.items.find((p) => p.name.includes('Vitry'))!;
    const footprint = (await coordinator.get(`${base}/projects/${vitry.id}/carbon`))
      .body as ProjectFootprint;
    const audience = footprint.lines.filter((l) => l.kind === 'audience' || l.kind === 'group');
    for (const line of audience) expect(line.from).not.toBe('Moulins-Engilbert');
    const year = new Date().getFullYear();
    const footprintOfYear = (await coordinator.get(`${base}/carbon/footprint?year=${year}`))
      .body as OrganisationFootprint;
    expect(footprintOfYear.summary.leftOut).toEqual({ inputs: 0, co2eKg: 0 });
    expect(footprintOfYear.summary.notCounted).toBe(0);
  });
});
