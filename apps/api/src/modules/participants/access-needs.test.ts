// Access needs are special-category data: admins and coordinators only; never relays, viewers, lists.
import { schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

const NEEDS = 'Fauteuil roulant ; prévoir une place au premier rang';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;
let participantId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  base = `/api/orgs/${org.id}/participants`;
  const group = await buildGroup(org.members.coordinator, org.id, {
    relayUserId: org.members.relay.userId,
  });
  const participant = await buildParticipant(org.members.coordinator, org.id, group.id, {
    firstName: 'Mila',
    accessNeeds: NEEDS,
  });
  participantId = participant.id;
});
afterAll(() => t.close());

describe('access needs', () => {
  it('are shown to admins and coordinators on the participant', async () => {
    for (const role of ['admin', 'coordinator'] as const) {
      const detail = await org.members[role].get(`${base}/${participantId}`);
      expect(detail.body).toMatchObject({ accessNeeds: { needs: NEEDS } });
    }
  });

  it('are never shown to a relay, not even as an empty field', async () => {
    for (const role of ['relay'] as const) {
      const detail = await org.members[role].get(`${base}/${participantId}`);
      expect(detail.status).toBe(200);
      expect(detail.body).not.toHaveProperty('accessNeeds');
      expect(JSON.stringify(detail.body)).not.toContain('Fauteuil');
    }
  });

  it('never appear in lists, whoever reads them', async () => {
    for (const role of ['admin', 'coordinator', 'relay'] as const) {
      const list = await org.members[role].get(base);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain('Fauteuil');
      expect(JSON.stringify(list.body)).not.toContain('accessNeeds');
    }
  });

  it('are written by admins and coordinators only', async () => {
    for (const role of ['relay', 'viewer', 'artist'] as const) {
      const response = await org.members[role].patch(`${base}/${participantId}/access-needs`, {
        needs: 'autre',
      });
      expect(response.status).toBe(403);
    }
    const group = await buildGroup(org.members.coordinator, org.id, {
      relayUserId: org.members.relay.userId,
    });
    const byRelay = await org.members.relay.post(base, {
      groupId: group.id,
      firstName: 'Léon',
      ageBand: '6-10',
      accessNeeds: 'Malentendant',
    });
    expect(byRelay.status).toBe(403);
    expect(byRelay.body).toMatchObject({ error: { fields: [{ path: 'body.accessNeeds' }] } });
  });

  it('are replaced and cleared by a coordinator', async () => {
    const other = await buildParticipant(
      org.members.coordinator,
      org.id,
      (await buildGroup(org.members.coordinator, org.id)).id,
    );
    const url = `${base}/${other.id}/access-needs`;
    const set = await org.members.coordinator.patch(url, { needs: 'Troubles de l’attention' });
    expect(set.body).toMatchObject({ accessNeeds: { needs: 'Troubles de l’attention' } });
    const cleared = await org.members.coordinator.patch(url, { needs: null });
    expect(cleared.body).toEqual({ accessNeeds: null });
    const detail = await org.members.coordinator.get(`${base}/${other.id}`);
    expect(detail.body).toMatchObject({ accessNeeds: null });
  });

  it('stay hidden by the database itself in a tenant transaction not opened as sensitive', async () => {
    const scope = { orgId: org.id, userId: org.members.coordinator.userId };
    const count = (sensitive: boolean) =>
      t.database.withTenant({ ...scope, sensitive }, async (tx) => {
        const rows = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(schema.participantAccessNeeds);
        return rows[0]!.n;
      });
    expect(await count(false)).toBe(0);
    expect(await count(true)).toBeGreaterThan(0);
  });
});
