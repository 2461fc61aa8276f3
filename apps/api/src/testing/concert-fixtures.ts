// A published concert with tariffs, in a published organisation, for the box office's tests.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { buildProject, buildVenue } from './programme-rows';
import type { buildOrganisation, TestApp } from './test-app';

type Org = Awaited<ReturnType<typeof buildOrganisation>>;

let sequence = 0;

/** Publishes the organisation (once) and a concert of `capacity` seats with `tariffs`. */
export async function buildPublishedConcert(
  t: TestApp,
  org: Org,
  options: { capacity: number; tariffs: Record<string, unknown>[]; startsAtLocal?: string },
) {
  sequence += 1;
  const admin = org.members.admin;
  const slug = `concerts-${org.id.slice(0, 8)}`;
  const profile = await admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
    published: true,
    slug,
    description: 'Des concerts dans les villages.',
    region: 'Nièvre',
  });
  if (profile.status !== 200) throw new Error(`publish: ${JSON.stringify(profile.body)}`);
  const project = await buildProject(t, org.id);
  const venue = await buildVenue(t, org.id, { capacity: 300 });
  const created = await admin.post(`/api/orgs/${org.id}/sessions`, {
    projectId: project.id,
    kind: 'concert',
    title: `Concert des villages ${sequence}`,
    venueId: venue.id,
    startsAtLocal:
      options.startsAtLocal ?? `2099-06-${String(1 + (sequence % 28)).padStart(2, '0')}T20:30`,
    durationMin: 90,
  });
  if (created.status !== 201) throw new Error(`session: ${JSON.stringify(created.body)}`);
  const sessionId = (created.body as { id: string }).id;
  await t.database.db
    .update(schema.sessions)
    .set({ capacity: options.capacity })
    .where(eq(schema.sessions.id, sessionId));
  const published = await admin.request(
    'PUT',
    `/api/orgs/${org.id}/sessions/${sessionId}/publication`,
    { isPublic: true },
  );
  const code = (published.body as { publicCode: string }).publicCode;
  const box = await admin.request('PUT', `/api/orgs/${org.id}/sessions/${sessionId}/tariffs`, {
    tariffs: options.tariffs,
  });
  if (box.status !== 200) throw new Error(`tariffs: ${JSON.stringify(box.body)}`);
  const tariffIds = (box.body as { tariffs: { id: string }[] }).tariffs.map((tariff) => tariff.id);
  return { slug, code, sessionId, tariffIds };
}

/** Posts the booking form as a browser would (same-origin, URL-encoded). */
export function postBooking(
  t: TestApp,
  slug: string,
  code: string,
  fields: Record<string, string>,
) {
  return t.app.inject({
    method: 'POST',
    url: `/p/${slug}/e/${code}/reserver?lang=fr`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

/**
 * The contract tests' concert: a concert session of the organisation's project at its venue
 * (ids from the programme and places fixtures), with one tariff.
 */
export async function seedConcertResources(
  org: Org,
  ids: { projectId: string; venueId: string },
): Promise<{ concertId: string }> {
  const staff = org.members.coordinator ?? org.members.admin;
  const created = await staff.post(`/api/orgs/${org.id}/sessions`, {
    projectId: ids.projectId,
    kind: 'concert',
    title: 'Concert de fin de parcours',
    venueId: ids.venueId,
    // A Wednesday afternoon, when the fixtures' venue is open.
    startsAtLocal: '2099-06-17T15:00',
    durationMin: 90,
  });
  if (created.status !== 201) throw new Error(`fixture concert: ${JSON.stringify(created.body)}`);
  const concertId = (created.body as { id: string }).id;
  const box = await staff.request('PUT', `/api/orgs/${org.id}/sessions/${concertId}/tariffs`, {
    tariffs: [{ kind: 'free', priceCents: 0 }],
  });
  if (box.status !== 200) throw new Error(`fixture tariffs: ${JSON.stringify(box.body)}`);
  return { concertId };
}

/** Valid bodies for the box office's routes. */
export const concertCrossOrgBodies: Record<string, unknown> = {
  'PUT /api/orgs/:orgId/sessions/:concertId/tariffs': {
    tariffs: [{ kind: 'full', priceCents: 800 }],
  },
};
