// Groups: creation with a relay, the relay's own scope, roles, archiving and refused deletion.
import type { Group } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  base = `/api/orgs/${org.id}/groups`;
});
afterAll(() => t.close());

type GroupList = { items: Group[]; total: number };

describe('groups', () => {
  it('creates a group with its relay person and lists it with its counts', async () => {
    const relayId = org.members.relay.userId!;
    const created = await org.members.coordinator.post(base, {
      name: 'Grande section, école Jean-Jaurès',
      kind: 'class',
      relayUserId: relayId,
      expectedSize: 24,
      ageBand: '3-5',
      communeCode: '94081',
      communeName: 'Vitry-sur-Seine',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Grande section, école Jean-Jaurès',
      relay: { userId: relayId },
      listedIndividually: true,
      participantCount: 0,
      minorsWithoutConsent: 0,
      archivedAt: null,
    });
    const group = created.body as Group;
    await buildParticipant(org.members.coordinator, org.id, group.id, { ageBand: '3-5' });
    const list = await org.members.viewer.get(`${base}?q=jean-jaur`);
    expect(list.status).toBe(200);
    expect((list.body as GroupList).items).toEqual([
      expect.objectContaining({ id: group.id, participantCount: 1, minorsWithoutConsent: 1 }),
    ]);
  });

  it('refuses a relay who is not a member with the relay role, naming the field', async () => {
    const response = await org.members.coordinator.post(base, {
      name: 'Chorale du jeudi',
      kind: 'choir',
      relayUserId: org.members.viewer.userId,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'GROUP.INVALID_RELAY', fields: [{ path: 'body.relayUserId' }] },
    });
  });

  it('refuses an unknown partner with 400 naming the field', async () => {
    const response = await org.members.coordinator.post(base, {
      name: 'Résidents de la Roseraie',
      kind: 'nursing_home_group',
      partnerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'GROUP.UNKNOWN_PARTNER', fields: [{ path: 'body.partnerId' }] },
    });
  });

  it('shows a relay only their own groups, and answers 404 for the others', async () => {
    const relay = org.members.relay;
    const own = await buildGroup(org.members.coordinator, org.id, { relayUserId: relay.userId });
    const other = await buildGroup(org.members.coordinator, org.id);
    const list = (await relay.get(`${base}?limit=200`)).body as GroupList;
    const ids = list.items.map((g) => g.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    expect(list.items.every((g) => g.relay?.userId === relay.userId)).toBe(true);
    expect((await relay.get(`${base}/${other.id}`)).status).toBe(404);
    expect((await relay.patch(`${base}/${other.id}`, { name: 'Pris' })).status).toBe(404);
    expect((await relay.patch(`${base}/${own.id}`, { expectedSize: 18 })).status).toBe(200);
  });

  it('makes a relay the relay of the group they enrol, and never of someone else', async () => {
    const relay = org.members.relay;
    const created = await relay.post(base, {
      name: 'Centre social Balzac',
      kind: 'social_centre_group',
    });
    expect(created.status).toBe(201);
    expect((created.body as Group).relay?.userId).toBe(relay.userId);
    const handedOver = await relay.patch(`${base}/${(created.body as Group).id}`, {
      relayUserId: null,
    });
    expect(handedOver.status).toBe(403);
  });

  it('lets viewers read but not write, and keeps artists out of group lists', async () => {
    expect((await org.members.viewer.get(base)).status).toBe(200);
    const write = await org.members.viewer.post(base, { name: 'Intrus', kind: 'other' });
    expect(write.status).toBe(403);
    expect((await org.members.artist.get(base)).status).toBe(403);
  });

  it('refuses to delete a group with participants (409 with dependents) and archives it instead', async () => {
    const group = await buildGroup(org.members.coordinator, org.id);
    await buildParticipant(org.members.coordinator, org.id, group.id);
    const refused = await org.members.coordinator.delete(`${base}/${group.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'GROUP.IN_USE', details: { dependents: { participants: 1 } } },
    });
    const archived = await org.members.coordinator.patch(`${base}/${group.id}`, {
      archived: true,
    });
    expect((archived.body as Group).archivedAt).not.toBeNull();
    const active = (await org.members.coordinator.get(`${base}?limit=200`)).body as GroupList;
    expect(active.items.map((g) => g.id)).not.toContain(group.id);
    const onlyArchived = (await org.members.coordinator.get(`${base}?archived=only`))
      .body as GroupList;
    expect(onlyArchived.items.map((g) => g.id)).toEqual([group.id]);
  });

  it('refuses to make a group with listed participants counted only', async () => {
    const group = await buildGroup(org.members.coordinator, org.id);
    await buildParticipant(org.members.coordinator, org.id, group.id);
    const response = await org.members.coordinator.patch(`${base}/${group.id}`, {
      listedIndividually: false,
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: { code: 'GROUP.IN_USE', fields: [{ path: 'body.listedIndividually' }] },
    });
  });

  it('deletes a group nothing refers to', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, {
      kind: 'audience',
      listedIndividually: false,
    });
    expect((await org.members.coordinator.delete(`${base}/${group.id}`)).status).toBe(204);
    expect((await org.members.coordinator.get(`${base}/${group.id}`)).status).toBe(404);
  });

  it('names unknown fields and out-of-range values', async () => {
    const response = await org.members.coordinator.post(base, {
      name: 'Classe',
      kind: 'class',
      expectedSize: 0,
      colour: 'blue',
    });
    expect(response.status).toBe(400);
    const paths = (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['body.colour', 'body.expectedSize']));
  });
});
