// The demo network across a border: the demo organisation (home, FR) with a music house in
// Liège (BE) and an ensemble in Luxembourg (LU); its coordinators are the demo admin and
// coordinator; each member publishes events to the common agenda and shares its figures
// (the partners' seeded directly, the demo organisation's counted from its season; carbon is
// left "not reported" until a coordinator computes the figures again).
import { and, asc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { newPublicCode } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';
import { DEMO_NETWORK, type DemoPartner, demoPartners } from './demo-network-data';

const DAY = 864e5;

/** A partner organisation with its admin, venues and published events; returns its ids. */
async function seedPartner(db: Db, partner: DemoPartner, passwordHash: string, now: Date) {
  const [org] = await db
    .insert(schema.organisations)
    .values({
      name: partner.name,
      isDemo: true,
      timeZone: partner.timeZone,
      publicProfile: true,
      publicSlug: partner.slug,
      publicDescription: partner.description,
      publicRegion: partner.region,
    })
    .returning();
  const orgId = org!.id;
  const [user] = await db
    .insert(schema.users)
    .values({ ...partner.admin, passwordHash, emailVerifiedAt: now })
    .returning();
  await db.insert(schema.memberships).values({ orgId, userId: user!.id, role: 'admin' });
  const [project] = await db
    .insert(schema.projects)
    .values({ orgId, name: 'Musiques sans frontières', status: 'active' })
    .returning();
  const venues = await db
    .insert(schema.venues)
    .values(
      partner.venues.map((v) => ({
        orgId,
        kind: 'concert_hall' as const,
        timeZone: partner.timeZone,
        stepFreeAccess: true,
        ...v,
      })),
    )
    .returning();
  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);
  const events = [];
  for (const event of partner.events) {
    const startsAt = new Date(+today + event.inDays * DAY + (event.hour - 1) * 36e5);
    const [session] = await db
      .insert(schema.sessions)
      .values({
        orgId,
        projectId: project!.id,
        kind: event.category === 'concert' ? 'concert' : 'workshop_singing',
        title: event.title,
        venueId: venues[event.venue]!.id,
        startsAt,
        endsAt: new Date(+startsAt + 2 * 36e5),
        timeZone: partner.timeZone,
        status: 'confirmed',
        isPublic: true,
        publicCode: newPublicCode(),
      })
      .returning();
    events.push({ event, session: session!, venue: partner.venues[event.venue]! });
  }
  return { orgId, userId: user!.id, events };
}

/** The demo organisation's own season, counted: held sessions, people present, hours, communes. */
async function demoFigures(db: Db, orgId: string, now: Date) {
  const held = and(
    eq(schema.sessions.orgId, orgId),
    lt(schema.sessions.startsAt, now),
    ne(schema.sessions.status, 'cancelled'),
  );
  const [counts] = await db
    .select({
      sessions: sql<number>`count(*)::int`,
      people: sql<number>`(select count(distinct m.participant_id)::int from attendance_marks m
        join sessions s on s.id = m.session_id
        where m.org_id = ${orgId} and m.status = 'present' and s.starts_at < ${now.toISOString()}::timestamptz)`,
      hours: sql<number>`(select coalesce(sum(extract(epoch from s.ends_at - s.starts_at) / 3600), 0)::float
        from attendance_marks m join sessions s on s.id = m.session_id
        where m.org_id = ${orgId} and m.status = 'present' and s.starts_at < ${now.toISOString()}::timestamptz)`,
    })
    .from(schema.sessions)
    .where(held);
  const communes = await db
    .selectDistinct({
      code: schema.venues.communeCode,
      name: schema.venues.communeName,
      latitude: schema.venues.latitude,
      longitude: schema.venues.longitude,
    })
    .from(schema.sessions)
    .innerJoin(schema.venues, eq(schema.venues.id, schema.sessions.venueId))
    .where(held);
  return {
    sessions: counts?.sessions ?? 0,
    beneficiaries: counts?.people ?? 0,
    hours: Math.round(counts?.hours ?? 0),
    communes: communes.flatMap((c) =>
      c.code && c.latitude !== null && c.longitude !== null
        ? [{ code: c.code, name: c.name, latitude: c.latitude, longitude: c.longitude }]
        : [],
    ),
  };
}

function schoolYear(today: Date) {
  const start = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return { periodFrom: `${start}-09-01`, periodTo: `${start + 1}-08-31` };
}

async function seedNetwork({ db, orgId, userIds, now }: DemoContext) {
  const [admin] = await db
    .select({ passwordHash: schema.users.passwordHash })
    .from(schema.users)
    .where(eq(schema.users.id, userIds.admin));
  const [network] = await db
    .insert(schema.networks)
    .values({ ...DEMO_NETWORK, homeOrgId: orgId, published: true })
    .returning();
  const networkId = network!.id;
  const accepted = new Date(now.getTime() - 60 * DAY);
  const member = (memberOrgId: string, country: 'FR' | 'BE' | 'LU', languages: string[]) => ({
    networkId,
    memberOrgId,
    status: 'active' as const,
    country,
    languages: languages as ('fr' | 'nl' | 'de' | 'lb')[],
    networkAcceptedAt: accepted,
    orgAcceptedAt: accepted,
  });
  await db.insert(schema.networkMembers).values(member(orgId, 'FR', ['fr']));
  await db.insert(schema.networkRoleHolders).values([
    { networkId, userId: userIds.admin, memberOrgId: orgId, role: 'coordinator' },
    { networkId, userId: userIds.coordinator, memberOrgId: orgId, role: 'coordinator' },
  ]);
  const period = schoolYear(now);
  for (const partner of demoPartners) {
    const seeded = await seedPartner(db, partner, admin!.passwordHash!, now);
    await db
      .insert(schema.networkMembers)
      .values(member(seeded.orgId, partner.country, partner.languages));
    await db
      .insert(schema.networkRoleHolders)
      .values({ networkId, userId: seeded.userId, memberOrgId: seeded.orgId, role: 'member' });
    await db.insert(schema.networkEvents).values(
      seeded.events.map(({ event, session, venue }) => ({
        networkId,
        memberOrgId: seeded.orgId,
        sessionId: session.id,
        title: event.title,
        category: event.category,
        audiences: event.audiences,
        accessibility: event.accessibility,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timeZone: session.timeZone,
        venueName: venue.name,
        address: venue.addressLine,
        postalCode: venue.postalCode,
        communeCode: venue.communeCode,
        communeName: venue.communeName,
        latitude: venue.latitude,
        longitude: venue.longitude,
        publicPath: `/e/${session.publicCode}`,
      })),
    );
    await db.insert(schema.networkNews).values({
      networkId,
      memberOrgId: seeded.orgId,
      title: partner.news.title,
      body: partner.news.body,
      publishedAt: new Date(now.getTime() - partner.news.daysAgo * DAY),
    });
    const { carbonPerBeneficiaryKg, ...figures } = partner.figures;
    await db.insert(schema.organisationFigures).values({
      orgId: seeded.orgId,
      ...period,
      ...figures,
      carbonPerBeneficiaryKg,
      communes: partner.venues.map((v) => ({
        code: v.communeCode,
        name: v.communeName,
        latitude: v.latitude,
        longitude: v.longitude,
      })),
    });
  }
  await db.insert(schema.organisationFigures).values({
    orgId,
    ...period,
    ...(await demoFigures(db, orgId, now)),
  });
  await publishDemoEvents(db, orgId, networkId, now);
}

/** The demo organisation's next public concerts go to the common agenda. */
async function publishDemoEvents(db: Db, orgId: string, networkId: string, now: Date) {
  const { sessions, venues } = schema;
  const next = await db
    .select({ session: sessions, venue: venues })
    .from(sessions)
    .innerJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(eq(sessions.orgId, orgId), eq(sessions.isPublic, true), gt(sessions.startsAt, now)))
    .orderBy(asc(sessions.startsAt))
    .limit(4);
  if (next.length === 0) return;
  await db.insert(schema.networkEvents).values(
    next.map(({ session, venue }) => ({
      networkId,
      memberOrgId: orgId,
      sessionId: session.id,
      title: session.title ?? 'Concert',
      category: session.kind === 'concert' ? ('concert' as const) : ('workshop' as const),
      audiences: ['everyone' as const, 'families' as const],
      accessibility: venue.stepFreeAccess ? ['wheelchair' as const] : [],
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: session.timeZone,
      cancelled: session.status === 'cancelled',
      venueName: venue.name,
      address: venue.addressLine,
      postalCode: venue.postalCode,
      communeCode: venue.communeCode,
      communeName: venue.communeName,
      latitude: venue.latitude,
      longitude: venue.longitude,
      publicPath: session.publicCode ? `/e/${session.publicCode}` : null,
    })),
  );
}

export const demoNetworkStep: DemoStep = { name: 'network', run: seedNetwork };
