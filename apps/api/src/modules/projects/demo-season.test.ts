// The demo season: projects, templates and journeys around today, with no conflict left unaccepted.
import type { Session } from '@tutti/contracts';
import { DEMO_PASSWORD } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coordinator: Client;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  const me = await coordinator.get('/api/me');
  orgId = (me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId;
});
afterAll(() => t.close());

async function allSessions(): Promise<Session[]> {
  const journeys = await coordinator.get(`/api/orgs/${orgId}/journeys`);
  const ids = (journeys.body as { items: { id: string }[] }).items.map((j) => j.id);
  const sessions: Session[] = [];
  for (const id of ids) {
    const journey = await coordinator.get(`/api/orgs/${orgId}/journeys/${id}`);
    for (const s of (journey.body as { sessions: { id: string }[] }).sessions) {
      sessions.push((await coordinator.get(`/api/orgs/${orgId}/sessions/${s.id}`)).body as Session);
    }
  }
  return sessions;
}

describe('the demo season', () => {
  it('has five projects with budgets, three journey templates and five journeys', async () => {
    const projects = await coordinator.get(`/api/orgs/${orgId}/projects`);
    const items = (
      projects.body as { items: { name: string; status: string; journeyCount: number }[] }
    ).items;
    expect(items.map((p) => p.name).sort()).toEqual([
      'Ateliers chant et écriture en Nièvre',
      'Chœur des générations',
      'Concerts de poche d’été aux Settons',
      'Villages en musique — Haut-Nivernais',
      'Éveil musical à Vitry-sur-Seine',
    ]);
    expect(items.find((p) => p.status === 'draft')?.name).toBe(
      'Concerts de poche d’été aux Settons',
    );
    const templates = await coordinator.get(`/api/orgs/${orgId}/journey-templates`);
    expect((templates.body as { total: number }).total).toBe(3);
    const journeys = await coordinator.get(`/api/orgs/${orgId}/journeys`);
    expect((journeys.body as { total: number }).total).toBe(5);
  });

  it('marks past sessions done and later ones planned, in Paris time', async () => {
    const now = Date.now();
    for (const session of await allSessions()) {
      if (session.status === 'cancelled') continue;
      const expected = Date.parse(session.endsAt) <= now ? ['done'] : ['planned', 'confirmed'];
      expect({ id: session.id, status: session.status }).toEqual({
        id: session.id,
        status: expect.toSatisfy((s: string) => expected.includes(s)),
      });
      expect(session.timeZone).toBe('Europe/Paris');
    }
  });

  it('leaves no conflict that a coordinator did not accept', async () => {
    for (const session of await allSessions()) {
      const check = await coordinator.post(`/api/orgs/${orgId}/sessions/check`, {
        sessionId: session.id,
        projectId: session.project.id,
        kind: session.kind,
        venueId: session.venue?.id ?? null,
        startsAtLocal: `${session.local.date}T${session.local.startTime}`,
        timeZone: session.timeZone,
        durationMin: session.durationMin,
        artistIds: session.artists.map((a) => a.id),
        groupIds: session.groups.map((g) => g.id),
        capacity: session.capacity,
      });
      const { conflicts, acceptedConflicts } = check.body as {
        conflicts: { key: string; message: string }[];
        acceptedConflicts: string[];
      };
      const unaccepted = conflicts.filter((c) => !acceptedConflicts.includes(c.key));
      expect({ session: session.title, unaccepted: unaccepted.map((c) => c.message) }).toEqual({
        session: session.title,
        unaccepted: [],
      });
    }
  });

  it('flags the concert at the collégiale, whose conflict was accepted with a reason', async () => {
    const projects = await coordinator.get(`/api/orgs/${orgId}/projects?q=Villages`);
    const villages = (projects.body as { items: { id: string }[] }).items[0]!;
    const sessions: Session[] = [];
    // The concerts outside the journeys lie within six weeks of the seed day.
    for (let week = -6; week < 6; week += 4) {
      const from = new Date(Date.now() + week * 7 * 86_400_000);
      const to = new Date(from.getTime() + 4 * 7 * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const calendar = await coordinator.get(
        `/api/orgs/${orgId}/sessions?projectId=${villages.id}&from=${iso(from)}&to=${iso(to)}`,
      );
      sessions.push(...(calendar.body as { items: Session[] }).items);
    }
    const flagged = [...new Map(sessions.map((s) => [s.id, s])).values()].filter((s) => s.override);
    expect(flagged.map((s) => [s.title, s.override?.reason])).toEqual([
      [
        expect.stringMatching(/^Concert (de Noël )?à la collégiale$/),
        'Sophie chante ce dimanche et récupère le lundi suivant',
      ],
    ]);
  });
});
