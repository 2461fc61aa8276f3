// Factories for groups, participants and sessions in tests: through the API where it exists,
// straight into the database for sessions (their own module builds them through its API).
import type { AgeBand, Group, GroupCreateBody, ParticipantDetail } from '@tutti/contracts';
import { schema } from '@tutti/db';
import type { Client, TestApp } from './test-app';

let sequence = 0;

export async function buildGroup(
  client: Client,
  orgId: string,
  overrides: Partial<GroupCreateBody> = {},
): Promise<Group> {
  sequence += 1;
  const response = await client.post(`/api/orgs/${orgId}/groups`, {
    name: `CE2 de Mme Roux ${sequence}`,
    kind: 'class',
    ageBand: '6-10',
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`buildGroup: ${JSON.stringify(response.body)}`);
  return response.body as Group;
}

export async function buildParticipant(
  client: Client,
  orgId: string,
  groupId: string,
  overrides: Record<string, unknown> = {},
): Promise<ParticipantDetail> {
  sequence += 1;
  const response = await client.post(`/api/orgs/${orgId}/participants`, {
    groupId,
    firstName: `Léa${sequence}`,
    ageBand: '6-10' satisfies AgeBand,
    ...overrides,
  });
  if (response.status !== 201)
    throw new Error(`buildParticipant: ${JSON.stringify(response.body)}`);
  return response.body as ParticipantDetail;
}

export const PARTICIPATION_CONSENT = {
  guardianName: 'Samia Benali',
  givenOn: '2025-09-12',
  method: 'paper',
  purposes: ['participation'],
} as const;

/** An artist record of the organisation, linked to an account when `userId` is given. */
export async function buildArtist(t: TestApp, orgId: string, userId: string | null = null) {
  sequence += 1;
  const [artist] = await t.database.db
    .insert(schema.artists)
    .values({ orgId, userId, displayName: `Artiste ${sequence}` })
    .returning();
  return artist!;
}

/** A session with its project and venue, the given groups and artists. */
export async function buildSession(
  t: TestApp,
  orgId: string,
  options: {
    groupIds?: string[];
    artistIds?: string[];
    startsAt?: Date;
    status?: 'planned' | 'confirmed' | 'done' | 'cancelled';
    kind?: 'workshop_singing' | 'concert';
  } = {},
) {
  sequence += 1;
  const db = t.database.db;
  const [project] = await db
    .insert(schema.projects)
    .values({ orgId, name: `Projet ${sequence}`, status: 'active' })
    .returning();
  const [venue] = await db
    .insert(schema.venues)
    .values({ orgId, name: `Salle des fêtes ${sequence}`, kind: 'community_hall' })
    .returning();
  const startsAt = options.startsAt ?? new Date();
  const [session] = await db
    .insert(schema.sessions)
    .values({
      orgId,
      projectId: project!.id,
      venueId: venue!.id,
      kind: options.kind ?? 'workshop_singing',
      title: `Atelier chant ${sequence}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: 'Europe/Paris',
      status: options.status ?? 'confirmed',
    })
    .returning();
  for (const groupId of options.groupIds ?? []) {
    await db.insert(schema.sessionGroups).values({ orgId, sessionId: session!.id, groupId });
  }
  for (const artistId of options.artistIds ?? []) {
    await db.insert(schema.sessionArtists).values({ orgId, sessionId: session!.id, artistId });
  }
  return session!;
}
