// The demo's introductions and follow-up answers: the continuation rate shows on the impact page.
import type { Handover, ImpactIndicators } from '@tutti/contracts';
import { DEMO_PASSWORD } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coordinator: Client;
let base: string;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  const orgId = ((await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] })
    .memberships[0]!.orgId;
  base = `/api/orgs/${orgId}`;
}, 300_000);
afterAll(() => t.close());

describe('the demo’s handovers', () => {
  it('shows the continuation rate of the school year: 7 of 12 known, the rest unknown', async () => {
    const response = await coordinator.get(`${base}/impact/indicators`);
    expect(response.status).toBe(200);
    const { continuation } = response.body as ImpactIndicators;
    expect(continuation).toMatchObject({ available: true, known: 12 });
    expect(continuation.rate).toBeCloseTo(7 / 12, 3);
  });

  it('lists two introductions in progress, one passed to the coordinators', async () => {
    const response = await coordinator.get(`${base}/handovers?status=awaiting`);
    const items = (response.body as { items: Handover[] }).items;
    expect(items).toHaveLength(2);
    expect(items.filter((h) => h.escalatedAt !== null)).toHaveLength(1);
  });
});
