// Contract-test fixtures of carbon accounting: a project with a located session, an artist, an own factor set.
import { ADEME_2025 } from '@tutti/carbon';
import { carbonFactory } from './carbon-factory';
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

/** Path parameters of the carbon routes, made straight in the database. */
export async function seedCarbonResources(t: TestApp, organisation: BuiltOrganisation) {
  const make = carbonFactory(t, organisation.id);
  const project = await make.project({ name: 'Concerts de village' });
  const venue = await make.venue(
    'Salle des fêtes',
    { code: '58086', name: 'Corbigny' },
    {
      lat: 47.256,
      lon: 3.683,
    },
  );
  const artist = await make.artist('Inès', {
    code: '58062',
    name: 'Clamecy',
    lat: 47.46,
    lon: 3.52,
  });
  const session = await make.session({
    projectId: project.id,
    venueId: venue.id,
    kind: 'concert',
    startsAt: '2026-05-16T18:00:00Z',
    artistIds: [artist.id],
  });
  const created = await organisation.members.admin.post(
    `/api/orgs/${organisation.id}/carbon/factor-sets`,
    { ...ADEME_2025, version: `own-${organisation.id.slice(0, 8)}`, publishedOn: '2026' },
  );
  if (created.status !== 201)
    throw new Error(`fixture factor set: ${JSON.stringify(created.body)}`);
  return {
    projectId: project.id,
    sessionId: session.id,
    artistId: artist.id,
    date: '2026-05-16',
    inputKey: `audience:${session.id}:58086`,
    factorSetId: (created.body as { id: string }).id,
  };
}

/** Valid bodies for the carbon routes. */
export const carbonCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/carbon/factor-sets': { ...ADEME_2025, version: 'intruder-set' },
  'PATCH /api/orgs/:orgId/carbon/settings': { factorSetId: '00000000-0000-4000-8000-000000000001' },
  'PATCH /api/orgs/:orgId/projects/:projectId/carbon/settings': { vanKmPerSession: 40 },
  'PATCH /api/orgs/:orgId/sessions/:sessionId/carbon/settings': { vanKm: 30 },
  'PUT /api/orgs/:orgId/sessions/:sessionId/carbon/confirmations/:inputKey': {
    fingerprint: 'audience|294km|111',
  },
};
