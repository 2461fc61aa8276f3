// The demo step gives rural projects the coordinator's split and a van, urban ones a walking split.
import { type Db, demoCarbonStep, schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory } from '../../testing/carbon-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo carbon step', () => {
  it('sets each project from where its sessions happen, and leaves projects without sessions alone', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const make = carbonFactory(t, org.id);
    const rural = await make.project({ name: 'Villages du Morvan' });
    const urban = await make.project({ name: 'Éveil à Vitry' });
    const empty = await make.project({ name: 'À venir' });
    const corbigny = await make.venue('Salle des fêtes', { code: '58086', name: 'Corbigny' }, null);
    const vitry = await make.venue('Crèche', { code: '94081', name: 'Vitry-sur-Seine' }, null);
    await make.session({
      projectId: rural.id,
      venueId: corbigny.id,
      startsAt: '2026-03-03T09:00:00Z',
    });
    await make.session({
      projectId: urban.id,
      venueId: vitry.id,
      startsAt: '2026-03-04T09:00:00Z',
    });
    await demoCarbonStep.run({
      db: t.database.db as Db,
      orgId: org.id,
      userIds: {} as never,
      now: new Date(),
    });
    const rows = await t.database.db
      .select()
      .from(schema.carbonProjectSettings)
      .where(eq(schema.carbonProjectSettings.orgId, org.id));
    const of = (id: string) => rows.find((row) => row.projectId === id);
    expect(of(rural.id)).toMatchObject({ vanKmPerSession: 90, groupMode: 'coach' });
    expect(of(rural.id)?.audienceModeSplit?.carOccupancy).toBe(2.5);
    expect(of(urban.id)).toMatchObject({ vanKmPerSession: null, groupMode: 'walking' });
    expect(of(empty.id)).toBeUndefined();
  });
});
