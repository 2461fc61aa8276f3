// A small choir built through the API for tests and contract fixtures: two sites, the eight
// standard parts, a season, singers (one linked to the artist's account, who leads the first
// altos, one to the viewer's), a piece and a weekly series.
import { retainUntilFor, schema, searchNameOf } from '@tutti/db';
import { eq, inArray } from 'drizzle-orm';
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

async function created(response: { status: number; body: unknown }, what: string) {
  if (response.status !== 201) throw new Error(`fixture ${what}: ${JSON.stringify(response.body)}`);
  return response.body as { id: string };
}

export async function seedChoir(
  organisation: BuiltOrganisation,
  options: { singers?: number } = {},
) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const orgId = organisation.id;
  const base = `/api/orgs/${orgId}/choirs`;
  const choir = await created(
    await staff.post(base, {
      name: 'Chœur des Deux Rives',
      sites: [{ name: 'Nevers' }, { name: 'Clamecy' }],
    }),
    'choir',
  );
  const overview = (await staff.get(`${base}/${choir.id}`)).body as {
    sites: { id: string }[];
    parts: { id: string; code: string }[];
  };
  const part = (code: string) => overview.parts.find((p) => p.code === code)!.id;
  const year = new Date().getUTCFullYear();
  const season = await created(
    await staff.post(`${base}/${choir.id}/seasons`, {
      name: 'Saison de test',
      startsOn: `${year - 1}-09-01`,
      endsOn: `${year + 1}-07-01`,
    }),
    'season',
  );
  const singer = async (body: Record<string, unknown>) =>
    (await created(await staff.post(`${base}/${choir.id}/members`, body), 'member')).id;
  const leader = await singer({
    firstName: 'Sophie',
    ageBand: '26-64',
    siteId: overview.sites[0]!.id,
    partId: part('A1'),
    userId: organisation.members.artist?.userId ?? null,
  });
  const me = await singer({
    firstName: 'Nadia',
    lastName: 'Haddad',
    ageBand: '26-64',
    siteId: overview.sites[1]!.id,
    partId: part('A1'),
    // Without a viewer (the contract tests), the admin sings: its own page answers.
    userId: organisation.members.viewer?.userId ?? organisation.members.admin.userId,
    contactBy: 'email',
    contactEmail: 'nadia@example.test',
  });
  const others: string[] = [];
  for (let i = 0; i < (options.singers ?? 4); i++) {
    others.push(
      await singer({
        firstName: `Choriste ${i + 1}`,
        ageBand: i % 2 ? '65+' : '15-17',
        siteId: overview.sites[i % 2]!.id,
        partId: part(['S1', 'T2', 'B1', 'A1'][i % 4]!),
      }),
    );
  }
  await staff.patch(`${base}/${choir.id}/parts/${part('A1')}`, {
    leaderMemberId: leader,
    minSingers: 3,
  });
  const piece = await created(
    await staff.post(`${base}/${choir.id}/pieces`, {
      seasonId: season.id,
      title: 'Dona nobis pacem',
      composer: 'Anonyme',
      rights: 'public_domain',
    }),
    'piece',
  );
  const series = (await staff.post(`${base}/${choir.id}/rehearsal-series`, {
    seasonId: season.id,
    siteId: null,
    rule: 'FREQ=WEEKLY;BYDAY=TU',
    startTime: '19:30',
    durationMin: 120,
    firstOn: `${year - 1}-09-01`,
    untilOn: `${year + 1}-06-30`,
    exceptOn: [],
  })) as { status: number; body: { seriesId: string } };
  if (series.status !== 201) throw new Error(`fixture series: ${JSON.stringify(series.body)}`);
  return {
    choirId: choir.id,
    seasonId: season.id,
    sites: overview.sites.map((s) => s.id),
    part,
    leaderId: leader,
    myMemberId: me,
    others,
    pieceId: piece.id,
  };
}

/**
 * More singers for a choir of `seedChoir`, written in bulk (a 250-voice choir through the API
 * would take minutes): `count` participants of the sites' groups in turn, spread over the parts.
 */
export async function addSingers(
  t: TestApp,
  organisation: BuiltOrganisation,
  choir: Awaited<ReturnType<typeof seedChoir>>,
  count: number,
) {
  const sites = await t.database.db
    .select({ id: schema.choirSites.id, groupId: schema.choirSites.groupId })
    .from(schema.choirSites)
    .where(inArray(schema.choirSites.id, choir.sites));
  const codes = ['S1', 'S2', 'A1', 'A2', 'T1', 'T2', 'B1', 'B2'];
  const people = Array.from({ length: count }, (_, n) => ({
    firstName: `Voix ${n + 1}`,
    site: sites[n % sites.length]!,
    partId: choir.part(codes[n % codes.length]!),
  }));
  const participants = await t.database.db
    .insert(schema.participants)
    .values(
      people.map((p) => ({
        orgId: organisation.id,
        groupId: p.site.groupId,
        firstName: p.firstName,
        ageBand: '26-64' as const,
        searchName: searchNameOf(p.firstName, null),
        retainUntil: retainUntilFor(new Date()),
      })),
    )
    .returning({ id: schema.participants.id });
  const members = await t.database.db
    .insert(schema.choirMembers)
    .values(
      people.map((p, n) => ({
        orgId: organisation.id,
        choirId: choir.choirId,
        participantId: participants[n]!.id,
        siteId: p.site.id,
        partId: p.partId,
      })),
    )
    .returning({ id: schema.choirMembers.id });
  return members.map((m) => m.id);
}

/** The contract tests' choir: its ids by path-parameter name, and a recording to review. */
export async function seedChoirResources(
  t: TestApp,
  organisation: BuiltOrganisation,
  ids: { mediaId: string },
) {
  const choir = await seedChoir(organisation, { singers: 0 });
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const rehearsals = await staff.get(
    `/api/orgs/${organisation.id}/choirs/${choir.choirId}/rehearsals?when=upcoming&limit=1`,
  );
  const [recording] = await t.database.db
    .insert(schema.choirRecordings)
    .values({
      orgId: organisation.id,
      pieceId: choir.pieceId,
      memberId: choir.myMemberId,
      fileId: ids.mediaId,
      singerNote: null,
    })
    .returning({ id: schema.choirRecordings.id });
  const sent = await staff.post(`/api/orgs/${organisation.id}/choirs/${choir.choirId}/messages`, {
    audience: 'choir',
    subject: { fr: 'Bienvenue' },
    text: { fr: 'Première répétition mardi.' },
  });
  if (sent.status !== 201) throw new Error(`fixture message: ${JSON.stringify(sent.body)}`);
  const [message] = await t.database.db
    .select({ id: schema.choirMessages.id })
    .from(schema.choirMessages)
    .where(eq(schema.choirMessages.choirId, choir.choirId));
  return {
    choirMessageId: message!.id,
    choirId: choir.choirId,
    pieceId: choir.pieceId,
    partId: choir.part('A1'),
    rehearsalId: (rehearsals.body as { items: { id: string }[] }).items[0]!.id,
    choirRecordingId: recording!.id,
    choirMemberId: choir.myMemberId,
  };
}

/** Valid bodies for the choir routes. */
export const choirCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/choirs': { name: 'Chœur intrus', sites: [{ name: 'Ailleurs' }] },
  'POST /api/orgs/:orgId/choirs/:choirId/seasons': {
    name: 'Saison intruse',
    startsOn: '2026-09-01',
    endsOn: '2027-06-30',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/members': {
    firstName: 'Intrus',
    ageBand: '26-64',
    siteId: '00000000-0000-4000-8000-000000000001',
    partId: '00000000-0000-4000-8000-000000000002',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/pieces': {
    seasonId: '00000000-0000-4000-8000-000000000001',
    title: 'Pièce intruse',
    rights: 'protected',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/pieces/:pieceId/tracks': {
    partId: null,
    mix: 'full_mix',
    fileId: '00000000-0000-4000-8000-000000000001',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/pieces/:pieceId/divisi': {
    memberId: '00000000-0000-4000-8000-000000000001',
    partId: '00000000-0000-4000-8000-000000000002',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/rehearsal-series': {
    seasonId: '00000000-0000-4000-8000-000000000001',
    siteId: null,
    rule: 'FREQ=WEEKLY;BYDAY=MO',
    startTime: '19:00',
    durationMin: 120,
    firstOn: '2026-09-01',
    untilOn: '2026-12-01',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/rehearsals': {
    seasonId: '00000000-0000-4000-8000-000000000001',
    siteId: null,
    kind: 'makeup',
    startsAt: '2026-10-10T10:00:00Z',
    durationMin: 120,
  },
  'PATCH /api/orgs/:orgId/choirs/:choirId/parts/:partId': { minSingers: 99 },
  'PATCH /api/orgs/:orgId/choirs/:choirId/members/:choirMemberId': { active: false },
  'PATCH /api/orgs/:orgId/choirs/:choirId/rehearsals/:rehearsalId': { status: 'cancelled' },
  'PUT /api/orgs/:orgId/choirs/:choirId/rehearsals/:rehearsalId/rsvp': { answer: 'no' },
  'PUT /api/orgs/:orgId/choirs/:choirId/pieces/:pieceId/learning': { status: 'ready' },
  'POST /api/orgs/:orgId/choirs/:choirId/recordings/:choirRecordingId/review': {
    review: 'approved',
    comment: 'Bravo',
  },
  'POST /api/orgs/:orgId/choirs/:choirId/messages': {
    audience: 'choir',
    subject: { fr: 'Intrusion' },
    text: { fr: 'Un message venu d’ailleurs.' },
  },
  'PUT /api/orgs/:orgId/choirs/:choirId/members/:choirMemberId/contact': {
    contactBy: 'none',
  },
  'PUT /api/orgs/:orgId/choirs/:choirId/me/contact': { contactBy: 'none' },
  'PUT /api/orgs/:orgId/choirs/:choirId/pieces/:pieceId/score-copies': { copiesOwned: 40 },
  'POST /api/orgs/:orgId/choirs/:choirId/score-loans': {
    pieceId: '00000000-0000-4000-8000-000000000001',
    memberId: '00000000-0000-4000-8000-000000000002',
    copies: 1,
  },
  'POST /api/orgs/:orgId/choirs/:choirId/score-loans/return': {
    loanIds: ['00000000-0000-4000-8000-000000000001'],
  },
};
