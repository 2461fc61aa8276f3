// Test factories: venues, artists, groups and projects written straight to the database.
import { schema } from '@tutti/db';
import type { TestApp } from './test-app';

type Window = { weekday: number; startsAt: string; endsAt: string };
type DateRange = { startsOn: string; endsOn: string; reason?: string };

let sequence = 0;
const next = () => {
  sequence += 1;
  return sequence;
};

export async function buildProject(
  t: TestApp,
  orgId: string,
  overrides: Partial<typeof schema.projects.$inferInsert> = {},
) {
  const [project] = await t.database.db
    .insert(schema.projects)
    .values({ orgId, name: `Villages en musique ${next()}`, status: 'active', ...overrides })
    .returning();
  return project!;
}

export async function buildVenue(
  t: TestApp,
  orgId: string,
  overrides: Partial<typeof schema.venues.$inferInsert> = {},
  rules: { availability?: Window[]; blackouts?: DateRange[] } = {},
) {
  const [venue] = await t.database.db
    .insert(schema.venues)
    .values({
      orgId,
      name: `Salle des fêtes ${next()}`,
      kind: 'community_hall',
      addressLine: '2 place de la Mairie',
      postalCode: '58140',
      communeCode: '58204',
      communeName: 'Lormes',
      capacity: 120,
      ...overrides,
    })
    .returning();
  for (const window of rules.availability ?? []) {
    await t.database.db
      .insert(schema.venueAvailability)
      .values({ orgId, venueId: venue!.id, ...window });
  }
  for (const range of rules.blackouts ?? []) {
    await t.database.db
      .insert(schema.venueBlackouts)
      .values({ orgId, venueId: venue!.id, ...range });
  }
  return venue!;
}

export async function buildArtist(
  t: TestApp,
  orgId: string,
  overrides: Partial<typeof schema.artists.$inferInsert> = {},
  rules: { availability?: Window[]; unavailability?: DateRange[] } = {},
) {
  const [artist] = await t.database.db
    .insert(schema.artists)
    .values({
      orgId,
      displayName: `Artiste ${next()}`,
      instruments: ['voix'],
      skills: ['workshop_singing', 'workshop_early_years', 'concert'],
      ...overrides,
    })
    .returning();
  for (const window of rules.availability ?? []) {
    await t.database.db
      .insert(schema.artistAvailability)
      .values({ orgId, artistId: artist!.id, ...window });
  }
  for (const range of rules.unavailability ?? []) {
    await t.database.db
      .insert(schema.artistUnavailability)
      .values({ orgId, artistId: artist!.id, ...range });
  }
  return artist!;
}

export async function buildGroup(
  t: TestApp,
  orgId: string,
  overrides: Partial<typeof schema.groups.$inferInsert> = {},
) {
  const [group] = await t.database.db
    .insert(schema.groups)
    .values({
      orgId,
      name: `Classe de CE2 ${next()}`,
      kind: 'class',
      expectedSize: 24,
      ...overrides,
    })
    .returning();
  return group!;
}

/** Listed participants of a group (first names only, as in the field). */
export async function addParticipants(t: TestApp, orgId: string, groupId: string, count: number) {
  await t.database.db.insert(schema.participants).values(
    Array.from({ length: count }, (_, i) => ({
      orgId,
      groupId,
      firstName: `Enfant ${i + 1}`,
      ageBand: '6-10' as const,
      searchName: `enfant ${i + 1}`,
      retainUntil: '2030-08-31',
    })),
  );
}
