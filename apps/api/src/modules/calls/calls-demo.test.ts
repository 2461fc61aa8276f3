// The demo's calls: juror@demo.test signs in and finds the youth choir's 40 applications, 12
// scored; the chair's ranking covers the four parts; the summer course's call is open.
import { DEMO_PASSWORD } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
}, 180_000);
afterAll(() => t.close());

describe('the demo calls', () => {
  it('give juror@demo.test a queue of 40 codes, 12 scored, and the chair a ranking per part', async () => {
    const juror = await signIn(t.app, 'juror@demo.test', DEMO_PASSWORD);
    const me = (await juror.get('/api/me')).body as { memberships: { orgId: string }[] };
    const orgId = me.memberships[0]!.orgId;
    const calls = (await juror.get(`/api/orgs/${orgId}/jury/calls`)).body as {
      items: { id: string; assigned: number; submitted: number }[];
    };
    expect(calls.items).toEqual([expect.objectContaining({ assigned: 40, submitted: 12 })]);
    const chair = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const ranking = (await chair.get(`/api/orgs/${orgId}/calls/${calls.items[0]!.id}/ranking`))
      .body as { parts: { part: string; items: unknown[] }[] };
    expect(ranking.parts.map((p) => [p.part, p.items.length])).toEqual([
      ['soprano', 10],
      ['alto', 10],
      ['tenor', 10],
      ['bass', 10],
    ]);
    const list = (await chair.get(`/api/orgs/${orgId}/calls`)).body as {
      items: { open: boolean }[];
    };
    expect(list.items.filter((c) => c.open)).toHaveLength(1);
  });
});
