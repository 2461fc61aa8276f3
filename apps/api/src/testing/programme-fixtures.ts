// Contract-test fixtures of projects, journey templates, journeys, sessions and calendar feeds.
import { schema } from '@tutti/db';
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

function bodyOf<T>(what: string, response: { status: number; body: unknown }, expected = 201) {
  if (response.status !== expected)
    throw new Error(`fixture ${what}: ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** One of each resource, created through the API (the group and artist straight in the database). */
export async function seedProgrammeResources(t: TestApp, organisation: BuiltOrganisation) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const base = `/api/orgs/${organisation.id}`;
  const [group] = await t.database.db
    .insert(schema.groups)
    .values({ orgId: organisation.id, name: 'Chorale intergénérationnelle', kind: 'choir' })
    .returning();
  const [artist] = await t.database.db
    .insert(schema.artists)
    .values({ orgId: organisation.id, displayName: 'Sophie Laurent', skills: ['workshop_singing'] })
    .returning();
  const project = bodyOf<{ id: string }>(
    'project',
    await staff.post(`${base}/projects`, { name: 'Chœur des générations' }),
  );
  const template = bodyOf<{ id: string }>(
    'journey template',
    await staff.post(`${base}/journey-templates`, {
      name: 'Parcours chant',
      steps: [
        { kind: 'workshop_singing', durationMin: 90, spacingDays: 0 },
        { kind: 'workshop_singing', durationMin: 90, spacingDays: 7 },
      ],
    }),
  );
  const journey = bodyOf<{ journey: { id: string; sessions: { id: string }[] } }>(
    'journey',
    await staff.post(`${base}/journeys`, {
      projectId: project.id,
      templateId: template.id,
      groupId: group!.id,
      startsOn: '2030-01-07',
      startTime: '18:30',
      artistIds: [artist!.id],
    }),
  ).journey;
  const feed = bodyOf<{ id: string }>(
    'calendar feed',
    await staff.post(`${base}/calendar-feeds`, { kind: 'artist', targetId: artist!.id }),
  );
  return {
    projectId: project.id,
    templateId: template.id,
    journeyId: journey.id,
    sessionId: journey.sessions[0]!.id,
    feedId: feed.id,
  };
}

const someId = '00000000-0000-4000-8000-0000000000aa';

/** Valid bodies for the routes of projects, journeys, sessions and calendar feeds. */
export const programmeCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/projects': { name: 'Projet intrus' },
  'PATCH /api/orgs/:orgId/projects/:projectId': { name: 'Renommé par un intrus' },
  'POST /api/orgs/:orgId/projects/:projectId/status': { status: 'active' },
  'POST /api/orgs/:orgId/journey-templates': {
    name: 'Parcours intrus',
    steps: [{ kind: 'concert', durationMin: 60, spacingDays: 0 }],
  },
  'PATCH /api/orgs/:orgId/journey-templates/:templateId': { name: 'Renommé par un intrus' },
  'POST /api/orgs/:orgId/journeys': {
    projectId: someId,
    templateId: someId,
    groupId: someId,
    startsOn: '2030-01-07',
    startTime: '10:00',
  },
  'POST /api/orgs/:orgId/journeys/preview': {
    projectId: someId,
    templateId: someId,
    groupId: someId,
    startsOn: '2030-01-07',
    startTime: '10:00',
  },
  'PATCH /api/orgs/:orgId/journeys/:journeyId': { name: 'Renommé par un intrus' },
  'POST /api/orgs/:orgId/sessions': {
    projectId: someId,
    kind: 'concert',
    startsAtLocal: '2030-01-07T20:00',
    durationMin: 90,
  },
  'POST /api/orgs/:orgId/sessions/check': {
    projectId: someId,
    kind: 'concert',
    startsAtLocal: '2030-01-07T20:00',
    durationMin: 90,
  },
  'PATCH /api/orgs/:orgId/sessions/:sessionId': { notes: 'Modifié par un intrus' },
  'POST /api/orgs/:orgId/sessions/:sessionId/cancel': { reason: 'Annulé par un intrus' },
  'PUT /api/orgs/:orgId/sessions/:sessionId/publication': { isPublic: true },
  'POST /api/orgs/:orgId/sessions/:sessionId/move-preview': {
    startsAtLocal: '2030-01-08T18:30',
    scope: 'following',
  },
  'POST /api/orgs/:orgId/sessions/:sessionId/move': {
    startsAtLocal: '2030-01-08T18:30',
    scope: 'this',
  },
  'POST /api/orgs/:orgId/calendar-feeds': { kind: 'group', targetId: someId },
};
