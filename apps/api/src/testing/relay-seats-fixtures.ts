// Relay partners with a relay person each, workshops before a concert, and the contract tests'
// allocation and guest, for the tests of free seats through relays.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { buildGroup } from './programme-rows';
import { type buildOrganisation, buildUser, type Client, signIn, type TestApp } from './test-app';

type Org = Awaited<ReturnType<typeof buildOrganisation>>;

let sequence = 0;

/**
 * A relay partner (a social centre) with a group from `communeCode` followed by a relay person
 * of its own, signed in.
 */
export async function buildRelay(
  t: TestApp,
  org: Org,
  options: { name?: string; communeCode?: string | null } = {},
): Promise<{ partnerId: string; groupId: string; userId: string; client: Client }> {
  sequence += 1;
  const [partner] = await t.database.db
    .insert(schema.partners)
    .values({
      orgId: org.id,
      name: options.name ?? `Centre social ${sequence}`,
      type: 'social_centre',
    })
    .returning();
  const user = await buildUser(t);
  await t.database.db
    .insert(schema.memberships)
    .values({ orgId: org.id, userId: user.id, role: 'relay' });
  const group = await buildGroup(t, org.id, {
    name: `Groupe du centre social ${sequence}`,
    kind: 'social_centre_group',
    partnerId: partner!.id,
    relayUserId: user.id,
    communeCode: options.communeCode === undefined ? '58086' : options.communeCode,
  });
  return {
    partnerId: partner!.id,
    groupId: group.id,
    userId: user.id,
    client: await signIn(t.app, user.email),
  };
}

/** A workshop of the concert's project, a week before it, with `groupIds`. */
export async function buildWorkshopBefore(
  t: TestApp,
  org: Org,
  concertId: string,
  groupIds: string[],
) {
  const [concert] = await t.database.db
    .select()
    .from(schema.sessions)
    .where(eq(schema.sessions.id, concertId));
  const startsAt = new Date(concert!.startsAt.getTime() - 7 * 24 * 3600_000);
  const [workshop] = await t.database.db
    .insert(schema.sessions)
    .values({
      orgId: org.id,
      projectId: concert!.projectId,
      kind: 'workshop_singing',
      title: 'Atelier chant',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: concert!.timeZone,
      status: 'confirmed',
    })
    .returning();
  for (const groupId of groupIds) {
    await t.database.db
      .insert(schema.sessionGroups)
      .values({ orgId: org.id, sessionId: workshop!.id, groupId });
  }
  return workshop!.id;
}

/**
 * The contract tests' relay allocation on the fixtures' concert, with one guest named by the
 * coordinator (organisers may name guests for a partner whose relay has no account).
 */
export async function seedRelaySeatResources(
  org: Org,
  ids: { concertId: string; partnerId: string },
): Promise<{ allocationId: string; guestId: string }> {
  const staff = org.members.coordinator ?? org.members.admin;
  const layers = await staff.request(
    'PUT',
    `/api/orgs/${org.id}/sessions/${ids.concertId}/relay-allocations`,
    { allocations: [{ partnerId: ids.partnerId, seats: 4 }] },
  );
  if (layers.status !== 200) throw new Error(`fixture allocation: ${JSON.stringify(layers.body)}`);
  const allocationId = (layers.body as { allocations: { id: string }[] }).allocations[0]!.id;
  const guest = await staff.post(`/api/orgs/${org.id}/relay-allocations/${allocationId}/guests`, {
    firstName: 'Awa',
    phone: '+33612345678',
  });
  if (guest.status !== 201) throw new Error(`fixture guest: ${JSON.stringify(guest.body)}`);
  return { allocationId, guestId: (guest.body as { id: string }).id };
}

/** Valid bodies for the relay seats' routes. */
export const relaySeatCrossOrgBodies: Record<string, unknown> = {
  'PUT /api/orgs/:orgId/sessions/:concertId/relay-allocations': {
    allocations: [{ partnerId: '00000000-0000-4000-8000-000000000001', seats: 2 }],
  },
  'PUT /api/orgs/:orgId/sessions/:concertId/group-reservations': {
    groups: [{ groupId: '00000000-0000-4000-8000-000000000002', seats: 2 }],
  },
  'POST /api/orgs/:orgId/sessions/:concertId/relay-allocations/suggestion': { seats: 20 },
  'POST /api/orgs/:orgId/relay-allocations/:allocationId/guests': {
    firstName: 'Inès',
    email: 'ines@example.org',
  },
};
