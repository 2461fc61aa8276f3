// The home page: each role gets its own part, computed from its organisation only.
import { randomUUID } from 'node:crypto';
import { type Home, SMALL_COUNT } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markOp, sendOperations } from '../../testing/attendance-setup';
import {
  buildArtist,
  buildGroup,
  buildParticipant,
  buildSession,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
});
afterAll(() => t.close());

async function homeOf(client: Client, orgId = org.id) {
  const response = await client.get(`/api/orgs/${orgId}/home`);
  expect(response.status).toBe(200);
  return response.body as Home;
}

/** Noon (UTC) `days` days from now: inside the organisation's day whatever the hour of the run. */
function inDays(days: number) {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(11, 0, 0, 0);
  return date;
}

describe('an empty organisation', () => {
  it('gives its coordinator first steps that tick themselves, and an empty week', async () => {
    const fresh = await buildOrganisation(t, ['coordinator'], 'Chœur tout neuf');
    const coordinator = fresh.members.coordinator;
    const before = await homeOf(coordinator, fresh.id);
    expect(before.firstSteps).toEqual([
      { step: 'venues', done: false },
      { step: 'partners', done: false },
      { step: 'participants', done: false },
      { step: 'project', done: false },
      { step: 'journey', done: false },
    ]);
    expect(before.week).toMatchObject({
      sessions: [],
      sessionCount: 0,
      unconfirmed: 0,
      missingConsents: { participants: 0, groups: 0 },
      attendanceAwaited: [],
      importsWaiting: [],
    });

    await t.database.db
      .insert(schema.venues)
      .values({ orgId: fresh.id, name: 'Salle Pleyel', kind: 'concert_hall' });
    const group = await buildGroup(coordinator, fresh.id);
    await buildParticipant(coordinator, fresh.id, group.id);
    const after = await homeOf(coordinator, fresh.id);
    expect(after.firstSteps?.filter((step) => step.done).map((step) => step.step)).toEqual([
      'venues',
      'participants',
    ]);
  });
});

describe("the coordinator's week", () => {
  let home: Home;
  let artistId: string;
  let awaitedSessionId: string;
  let afterWeekId: string;
  beforeAll(async () => {
    const coordinator = org.members.coordinator;
    const artist = await buildArtist(t, org.id);
    artistId = artist.id;
    const group = await buildGroup(coordinator, org.id, { name: 'CM2 Victor-Hugo' });
    await buildParticipant(coordinator, org.id, group.id, { firstName: 'Inès' });
    await buildParticipant(coordinator, org.id, group.id, { firstName: 'Noé' });
    await buildParticipant(coordinator, org.id, group.id, {
      firstName: 'Lou',
      consent: PARTICIPATION_CONSENT,
    });
    await buildSession(t, org.id, {
      groupIds: [group.id],
      startsAt: inDays(2),
      status: 'planned',
    });
    const flagged = await buildSession(t, org.id, { startsAt: inDays(3) });
    await t.database.db
      .update(schema.sessions)
      .set({
        conflictOverride: {
          codes: ['venue_unavailable'],
          reason: 'Ouverture exceptionnelle',
          by: 'x',
          at: new Date().toISOString(),
        },
      })
      .where(eq(schema.sessions.id, flagged.id));
    await buildSession(t, org.id, { startsAt: inDays(4), status: 'cancelled' });
    // Beyond the seven days: not in the week.
    afterWeekId = (await buildSession(t, org.id, { startsAt: inDays(9) })).id;
    const past = await buildSession(t, org.id, {
      groupIds: [group.id],
      artistIds: [artist.id],
      startsAt: inDays(-2),
    });
    awaitedSessionId = past.id;
    await t.database.db.insert(schema.importBatches).values({
      orgId: org.id,
      entity: 'participants',
      fileName: 'inscriptions-septembre.xlsx',
      status: 'previewed',
      rows: [],
      errorCount: 2,
    });
    home = await homeOf(coordinator);
  });

  it('lists the sessions of the next seven days, cancelled ones left out, with what they await', async () => {
    expect(home.week?.sessionCount).toBe(2);
    // A quiet week: the next session after it is named too.
    expect(home.week?.later.map((s) => s.id)).toEqual([afterWeekId]);
    expect(home.week?.sessions.map((s) => [s.status, s.acceptedConflicts])).toEqual([
      ['planned', 0],
      ['confirmed', 1],
    ]);
    expect(home.week).toMatchObject({ unconfirmed: 1, withAcceptedConflicts: 1 });
  });

  it('counts the minors without consent in the groups of the week', async () => {
    expect(home.week?.missingConsents).toEqual({ participants: 2, groups: 1 });
  });

  it('names a past session with no attendance received, its artist and when they last synced', async () => {
    expect(home.week?.attendanceAwaitedCount).toBe(1);
    expect(home.week?.attendanceAwaited[0]).toMatchObject({
      session: { id: awaitedSessionId },
      artists: [{ id: artistId, lastSyncAt: null }],
    });
  });

  it('lists the imports read and not applied', async () => {
    expect(home.week?.importsWaiting).toEqual([
      expect.objectContaining({
        entity: 'participants',
        fileName: 'inscriptions-septembre.xlsx',
        errorCount: 2,
      }),
    ]);
  });

  it('gives admins the same week and the administration, and nothing of the other roles', async () => {
    const invite = (expiresAt: Date, acceptedAt: Date | null = null) => ({
      orgId: org.id,
      email: `${randomUUID()}@example.test`,
      role: 'artist' as const,
      tokenHash: randomUUID(),
      expiresAt,
      acceptedAt,
    });
    await t.database.db
      .insert(schema.memberInvitations)
      .values([
        invite(new Date(Date.now() + DAY)),
        invite(new Date(Date.now() - DAY)),
        invite(new Date(Date.now() + DAY), new Date()),
      ]);
    const message = (status: 'failed' | 'sent') => ({
      orgId: org.id,
      kind: 'member-invitation',
      toAddress: 'x@example.test',
      subject: 's',
      bodyText: 'b',
      status,
    });
    await t.database.db.insert(schema.outboxMessages).values([message('failed'), message('sent')]);
    const admin = await homeOf(org.members.admin);
    expect(admin.week?.sessionCount).toBe(2);
    expect(admin.administration).toEqual({ members: 5, pendingInvitations: 1, failedMessages: 1 });
    expect([admin.artist, admin.relayGroups, admin.figures]).toEqual([null, null, null]);
    const coordinator = home;
    expect(coordinator.administration).toBeNull();
  });
});

describe('the attendance a device has not sent yet', () => {
  it('leaves the list once a mark arrives, and tells the artist’s last sync', async () => {
    const scene = await buildOrganisation(t, ['coordinator', 'artist']);
    const artist = await buildArtist(t, scene.id, scene.members.artist.userId);
    const group = await buildGroup(scene.members.coordinator, scene.id);
    const child = await buildParticipant(scene.members.coordinator, scene.id, group.id, {
      consent: PARTICIPATION_CONSENT,
    });
    const monday = await buildSession(t, scene.id, {
      groupIds: [group.id],
      artistIds: [artist.id],
      startsAt: inDays(-3),
    });
    const tuesday = await buildSession(t, scene.id, {
      groupIds: [group.id],
      artistIds: [artist.id],
      startsAt: inDays(-2),
    });
    await sendOperations(scene.members.artist, scene.id, [
      markOp(monday.id, child.id, 'present', { recordedAt: new Date().toISOString() }),
    ]);
    const coordinator = await homeOf(scene.members.coordinator, scene.id);
    expect(coordinator.week?.attendanceAwaited.map((a) => a.session.id)).toEqual([tuesday.id]);
    const lastSync = coordinator.week?.attendanceAwaited[0]?.artists[0]?.lastSyncAt;
    expect(Date.now() - Date.parse(lastSync!)).toBeLessThan(HOUR);
    const artistHome = await homeOf(scene.members.artist, scene.id);
    expect(artistHome.artist?.attendanceAwaited.map((s) => s.id)).toEqual([tuesday.id]);
  });
});

describe("the artist's home", () => {
  it('says when the account is linked to no artist record', async () => {
    const lone = await buildOrganisation(t, ['artist']);
    const home = await homeOf(lone.members.artist, lone.id);
    expect(home.artist).toEqual({
      linked: false,
      next: null,
      day: null,
      later: [],
      weekCount: 0,
      attendanceAwaited: [],
    });
    expect([home.week, home.firstSteps, home.relayGroups, home.figures]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('gives the next session with its place, groups and other artists, and that day', async () => {
    const scene = await buildOrganisation(t, ['coordinator', 'artist']);
    const me = await buildArtist(t, scene.id, scene.members.artist.userId);
    const partner = await buildArtist(t, scene.id);
    const group = await buildGroup(scene.members.coordinator, scene.id, {
      name: 'Ehpad Les Tilleuls',
    });
    const morning = inDays(2);
    morning.setUTCHours(8, 0, 0, 0);
    const afternoon = inDays(2);
    afternoon.setUTCHours(13, 0, 0, 0);
    await buildSession(t, scene.id, {
      artistIds: [me.id],
      startsAt: inDays(1),
      status: 'cancelled',
    });
    const first = await buildSession(t, scene.id, {
      artistIds: [me.id, partner.id],
      groupIds: [group.id],
      startsAt: morning,
    });
    const second = await buildSession(t, scene.id, { artistIds: [me.id], startsAt: afternoon });
    // Someone else's session the same day is not in the artist's day.
    await buildSession(t, scene.id, { artistIds: [partner.id], startsAt: afternoon });
    const following = await buildSession(t, scene.id, { artistIds: [me.id], startsAt: inDays(12) });

    const home = await homeOf(scene.members.artist, scene.id);
    expect(home.artist?.linked).toBe(true);
    expect(home.artist?.next).toMatchObject({
      id: first.id,
      groups: [{ id: group.id, name: 'Ehpad Les Tilleuls' }],
      otherArtists: [{ id: partner.id, name: partner.displayName }],
      venue: { name: expect.stringContaining('Salle des fêtes') },
    });
    expect(home.artist?.day?.sessions.map((s) => s.id)).toEqual([first.id, second.id]);
    expect(home.artist?.later.map((s) => s.id)).toEqual([following.id]);
    expect(home.artist?.weekCount).toBe(2);
  });
});

describe("the relay's home", () => {
  it('lists only their groups, with consents to collect, the next session and open surveys', async () => {
    const scene = await buildOrganisation(t, ['coordinator', 'relay']);
    const coordinator = scene.members.coordinator;
    const relayId = scene.members.relay.userId!;
    const mine = await buildGroup(coordinator, scene.id, {
      name: 'GS Jean-Jaurès',
      ageBand: '3-5',
    });
    const empty = await buildGroup(coordinator, scene.id, { name: 'Atelier du mercredi' });
    const other = await buildGroup(coordinator, scene.id, { name: 'Pas le mien' });
    await t.database.db
      .update(schema.groups)
      .set({ relayUserId: relayId })
      .where(inArray(schema.groups.id, [mine.id, empty.id]));
    await buildParticipant(coordinator, scene.id, mine.id, { ageBand: '3-5' });
    await buildParticipant(coordinator, scene.id, mine.id, {
      ageBand: '3-5',
      consent: PARTICIPATION_CONSENT,
    });
    const next = await buildSession(t, scene.id, { groupIds: [mine.id], startsAt: inDays(5) });
    await buildSession(t, scene.id, { groupIds: [mine.id], startsAt: inDays(6) });
    await buildSession(t, scene.id, { groupIds: [other.id], startsAt: inDays(1) });
    const [project] = await t.database.db
      .insert(schema.projects)
      .values({ orgId: scene.id, name: 'Éveil', status: 'active' })
      .returning();
    const [journey] = await t.database.db
      .insert(schema.journeys)
      .values({
        orgId: scene.id,
        projectId: project!.id,
        groupId: mine.id,
        name: 'Éveil GS',
        startsOn: '2026-09-01',
      })
      .returning();
    const [survey] = await t.database.db
      .insert(schema.surveys)
      .values({
        orgId: scene.id,
        title: 'Grille d’observation',
        subject: 'group',
        journeyId: journey!.id,
        questions: [],
        status: 'open',
      })
      .returning();
    await t.database.db.insert(schema.surveyResponses).values({
      orgId: scene.id,
      surveyId: survey!.id,
      phase: 'before',
      respondentKey: `group:${mine.id}`,
      groupId: mine.id,
      answers: {},
      opId: randomUUID(),
    });

    const home = await homeOf(scene.members.relay, scene.id);
    expect(home.relayGroups).toEqual([
      expect.objectContaining({
        id: empty.id,
        participants: 0,
        missingConsents: 0,
        next: null,
        openSurveys: [],
      }),
      expect.objectContaining({
        id: mine.id,
        participants: 2,
        missingConsents: 1,
        next: expect.objectContaining({ id: next.id }),
        openSurveys: [{ id: survey!.id, title: 'Grille d’observation', answers: 1 }],
      }),
    ]);
    expect([home.week, home.artist, home.figures]).toEqual([null, null, null]);
  });
});

describe("the viewer's home", () => {
  it('gives the season’s figures up to yesterday, people counts under 5 shown as "< 5"', async () => {
    const scene = await buildOrganisation(t, ['coordinator', 'viewer']);
    const group = await buildGroup(scene.members.coordinator, scene.id);
    const child = await buildParticipant(scene.members.coordinator, scene.id, group.id, {
      consent: PARTICIPATION_CONSENT,
    });
    const held = await buildSession(t, scene.id, { groupIds: [group.id], startsAt: inDays(-2) });
    await buildSession(t, scene.id, { startsAt: inDays(-3), kind: 'concert' });
    await buildSession(t, scene.id, { startsAt: inDays(-4), status: 'cancelled' });
    await buildSession(t, scene.id, { startsAt: inDays(3) });
    await sendOperations(scene.members.coordinator, scene.id, [
      markOp(held.id, child.id, 'present', { recordedAt: new Date().toISOString() }),
    ]);

    const home = await homeOf(scene.members.viewer, scene.id);
    const figures = home.figures!;
    // Sessions of the last days count when they are in the current season (September to August).
    const seasonStart = Date.parse(`${figures.from}T00:00:00Z`);
    const pastInSeason = [2, 3].filter((days) => Date.now() - days * DAY >= seasonStart).length;
    expect(figures.sessionsHeld).toBe(pastInSeason);
    expect(figures.attendances).toBe(SMALL_COUNT);
    expect(figures.sessionsUpcoming).toBeGreaterThanOrEqual(1);
    expect([home.week, home.firstSteps, home.artist, home.relayGroups]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // Read again at the same data version: the same figures.
    expect((await homeOf(scene.members.viewer, scene.id)).figures).toEqual(figures);
  });
});

describe('who may read a home', () => {
  it('answers 404 to someone who is not a member, and shows nothing of another organisation', async () => {
    const other = await buildOrganisation(t, ['coordinator']);
    expect((await other.members.coordinator.get(`/api/orgs/${org.id}/home`)).status).toBe(404);
    const theirs = await homeOf(other.members.coordinator, other.id);
    expect(theirs.week?.sessionCount).toBe(0);
    expect(theirs.week?.importsWaiting).toEqual([]);
  });
});
