// Every endpoint, tried with another organisation's ids: always 404, never data, never a change.
import { ErrorBodySchema } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNetwork } from '../testing/network-fixtures';
import { crossOrgBodies, seedOrganisationResources } from '../testing/organisation-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let orgA: Awaited<ReturnType<typeof buildOrganisation>>;
let orgB: Awaited<ReturnType<typeof buildOrganisation>>;
let idsA: Record<string, string>;
let idsB: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await buildOrganisation(t, ['admin', 'coordinator'], 'Organisation A');
  orgB = await buildOrganisation(t, ['admin', 'coordinator'], 'Organisation B');
  idsA = await seedOrganisationResources(t, orgA);
  idsB = await seedOrganisationResources(t, orgB);
  // A's admin coordinates a network B belongs to: a network role opens none of B's routes.
  await linkNetwork(t, orgA, orgB, idsA.networkId!);
  // Two organisations with one of every resource: minutes on a busy machine.
}, 240_000);
afterAll(() => t.close());

function fillPath(url: string, ids: Record<string, string>) {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (!id)
      throw new Error(
        `No fixture for path parameter :${name} in ${url}; add it to organisation-fixtures.ts`,
      );
    return id;
  });
}

/** Admins never sit on a jury: a juror's routes are tried by the coordinator, who does. */
const memberFor = (url: string) =>
  url.includes('/jury/') ? orgA.members.coordinator : orgA.members.admin;

function orgRoutes() {
  return t.app.routeTable.filter((route) => route.url.includes(':orgId'));
}

describe('cross-organisation isolation', () => {
  it('covers every organisation route with a valid body example', () => {
    const missing = orgRoutes()
      .filter((route) => route.hasBody && !crossOrgBodies[`${route.method} ${route.url}`])
      .map((route) => `${route.method} ${route.url}`);
    expect(missing).toEqual([]);
  });

  it('answers 404 to an admin of A using the organisation id of B, on every route', async () => {
    const snapshotBefore = await snapshotOf(orgB.id);
    for (const route of orgRoutes()) {
      const url = fillPath(route.url, { ...idsB, orgId: orgB.id });
      const response = await memberFor(route.url).request(
        route.method,
        url,
        crossOrgBodies[`${route.method} ${route.url}`],
      );
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 404,
      });
      expect(ErrorBodySchema.safeParse(response.body).success).toBe(true);
    }
    expect(await snapshotOf(orgB.id)).toEqual(snapshotBefore);
  });

  it("answers 404 to an admin of A naming B's resources under A's own path", async () => {
    const snapshotBefore = await snapshotOf(orgB.id);
    // Routes naming a resource by its id (a commune code names no organisation's resource).
    const namingResources = (url: string) => /:(?!orgId\b)\w+Id\b/.test(url);
    for (const route of orgRoutes().filter((r) => namingResources(r.url))) {
      const url = fillPath(route.url, { ...idsB, orgId: orgA.id });
      const response = await memberFor(route.url).request(
        route.method,
        url,
        crossOrgBodies[`${route.method} ${route.url}`],
      );
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 404,
      });
    }
    expect(await snapshotOf(orgB.id)).toEqual(snapshotBefore);
  });

  it('lets the same requests succeed inside the own organisation (the 404s are not a broken route)', async () => {
    for (const route of orgRoutes().filter((r) => r.method === 'GET')) {
      const response = await memberFor(route.url).get(
        fillPath(route.url, { ...idsA, orgId: orgA.id }),
      );
      expect({ route: route.url, status: response.status }).toEqual({
        route: route.url,
        status: 200,
      });
    }
  });

  it('lists only the own memberships in /api/me', async () => {
    const me = await orgA.members.coordinator.get('/api/me');
    const orgIds = (me.body as { memberships: { orgId: string }[] }).memberships.map(
      (m) => m.orgId,
    );
    expect(orgIds).toEqual([orgA.id]);
  });
});

/** Everything B owns, to prove nothing changed. */
async function snapshotOf(orgId: string) {
  const db = t.database.db;
  return {
    organisation: await db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, orgId)),
    memberships: await db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.orgId, orgId)),
    memberInvitations: await db
      .select()
      .from(schema.memberInvitations)
      .where(eq(schema.memberInvitations.orgId, orgId)),
    outbox: await db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.orgId, orgId)),
    ...(await placesOf(orgId)),
  };
}

/** Partners with contacts, agreements and files, venues and artists with their availability. */
async function placesOf(orgId: string) {
  const db = t.database.db;
  const tables = {
    partners: schema.partners,
    partnerContacts: schema.partnerContacts,
    partnerAgreements: schema.partnerAgreements,
    files: schema.files,
    venues: schema.venues,
    venueAvailability: schema.venueAvailability,
    venueBlackouts: schema.venueBlackouts,
    artists: schema.artists,
    artistAvailability: schema.artistAvailability,
    artistUnavailability: schema.artistUnavailability,
  };
  const snapshot: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(tables)) {
    snapshot[name] = await db.select().from(table).where(eq(table.orgId, orgId));
  }
  return snapshot;
}
