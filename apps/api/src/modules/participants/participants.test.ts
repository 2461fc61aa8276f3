// Participants: enrolment with minimal data, accent-free search, filters, pagination, relay scope.
import type { Participant, ParticipantDetail } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;
let groupId: string;

type ParticipantList = { items: Participant[]; total: number };

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  base = `/api/orgs/${org.id}/participants`;
  groupId = (await buildGroup(org.members.coordinator, org.id, { name: 'CM1 Langevin' })).id;
  const people: [string, string | null][] = [
    ['Zoé', 'Lefèvre'],
    ['Noé', "N'Diaye"],
    ['Chloé', 'Œillet'],
    ['Mathis', null],
    ['Inès', 'Benali'],
  ];
  for (const [firstName, lastName] of people) {
    await buildParticipant(org.members.coordinator, org.id, groupId, { firstName, lastName });
  }
});
afterAll(() => t.close());

async function names(query: string) {
  const response = await org.members.coordinator.get(`${base}?groupId=${groupId}&${query}`);
  expect(response.status).toBe(200);
  return (response.body as ParticipantList).items.map((p) => p.firstName);
}

describe('participants', () => {
  it('enrols a participant with minimal data and dates their retention', async () => {
    const created = await org.members.coordinator.post(base, {
      groupId,
      firstName: '  Lina ',
      ageBand: '6-10',
      communeCode: '94081',
      communeName: 'Vitry-sur-Seine',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      firstName: 'Lina',
      lastName: null,
      isMinor: true,
      consentStatus: 'missing',
      group: { id: groupId, name: 'CM1 Langevin' },
      anonymised: false,
      consents: [],
      accessNeeds: null,
    });
    expect((created.body as ParticipantDetail).retainUntil).toMatch(/^\d{4}-08-31$/);
  });

  it('finds names whatever the accents and case, by any part of the name', async () => {
    expect(await names('q=zoe')).toEqual(['Zoé']);
    expect(await names('q=LEFEV')).toEqual(['Zoé']);
    expect(await names('q=oeil')).toEqual(['Chloé']);
    expect(await names("q=n'di")).toEqual(['Noé']);
    expect(await names('q=%25')).toEqual([]);
    expect(await names('q=oe')).toEqual(['Chloé', 'Noé', 'Zoé']);
  });

  it('pages through the list in name order with the total', async () => {
    const first = (await org.members.coordinator.get(`${base}?groupId=${groupId}&limit=2`))
      .body as ParticipantList;
    const second = (
      await org.members.coordinator.get(`${base}?groupId=${groupId}&limit=2&offset=2`)
    ).body as ParticipantList;
    expect(first.total).toBe(6);
    expect(first.items.map((p) => p.firstName)).toEqual(['Chloé', 'Inès']);
    expect(second.items.map((p) => p.firstName)).toEqual(['Lina', 'Mathis']);
  });

  it('filters by age band and by consent status', async () => {
    const adults = await buildGroup(org.members.coordinator, org.id, {
      name: 'Chorale intergénérationnelle',
      kind: 'choir',
    });
    await buildParticipant(org.members.coordinator, org.id, adults.id, {
      firstName: 'Paulette',
      ageBand: '65+',
    });
    const seniors = (await org.members.coordinator.get(`${base}?ageBand=65%2B`))
      .body as ParticipantList;
    expect(seniors.items.map((p) => [p.firstName, p.consentStatus])).toEqual([
      ['Paulette', 'not_required'],
    ]);
    const notRequired = (await org.members.coordinator.get(`${base}?consent=not_required`))
      .body as ParticipantList;
    expect(notRequired.total).toBe(1);
    expect(await names('consent=missing')).toHaveLength(6);
    const missing = (await org.members.coordinator.get(`${base}?consent=missing&limit=2`))
      .body as ParticipantList;
    expect(missing.total).toBe(6);
  });

  it('refuses a group that only counts its members, and an unknown group, naming the field', async () => {
    const audience = await buildGroup(org.members.coordinator, org.id, {
      name: 'Public du concert',
      kind: 'audience',
      listedIndividually: false,
    });
    const counted = await org.members.coordinator.post(base, {
      groupId: audience.id,
      firstName: 'Jean',
      ageBand: '26-64',
    });
    expect(counted.status).toBe(409);
    expect(counted.body).toMatchObject({
      error: { code: 'PARTICIPANT.GROUP_COUNTED_ONLY', fields: [{ path: 'body.groupId' }] },
    });
    const unknown = await org.members.coordinator.post(base, {
      groupId: '00000000-0000-4000-8000-000000000000',
      firstName: 'Jean',
      ageBand: '26-64',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'PARTICIPANT.UNKNOWN_GROUP' } });
  });

  it('keeps a relay to the participants of their own groups', async () => {
    const relay = org.members.relay;
    const own = await buildGroup(org.members.coordinator, org.id, { relayUserId: relay.userId });
    const mine = await buildParticipant(relay, org.id, own.id, { firstName: 'Yanis' });
    const list = (await relay.get(`${base}?limit=200`)).body as ParticipantList;
    expect(list.items.map((p) => p.id)).toEqual([mine.id]);
    const others = (await org.members.coordinator.get(`${base}?groupId=${groupId}`))
      .body as ParticipantList;
    expect((await relay.get(`${base}/${others.items[0]!.id}`)).status).toBe(404);
    const intoOtherGroup = await relay.post(base, { groupId, firstName: 'Max', ageBand: '6-10' });
    expect(intoOtherGroup.status).toBe(400);
    expect((await relay.patch(`${base}/${mine.id}`, { lastName: 'Amrani' })).status).toBe(200);
  });

  it('keeps artists and viewers out of participant lists and records', async () => {
    expect((await org.members.artist.get(base)).status).toBe(403);
    expect((await org.members.viewer.get(base)).status).toBe(403);
    const someone = await buildParticipant(org.members.coordinator, org.id, groupId);
    expect((await org.members.viewer.get(`${base}/${someone.id}`)).status).toBe(403);
    const write = await org.members.viewer.post(base, {
      groupId,
      firstName: 'Max',
      ageBand: '6-10',
    });
    expect(write.status).toBe(403);
  });

  it('updates the search name with the name and moves a participant to another group', async () => {
    const other = await buildGroup(org.members.coordinator, org.id, { name: 'CM2 Curie' });
    const p = await buildParticipant(org.members.coordinator, org.id, groupId, {
      firstName: 'Élodie',
    });
    const updated = await org.members.coordinator.patch(`${base}/${p.id}`, {
      lastName: 'Gaël-Hébert',
      groupId: other.id,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ lastName: 'Gaël-Hébert', group: { id: other.id } });
    const found = (await org.members.coordinator.get(`${base}?q=gael-heb`)).body as ParticipantList;
    expect(found.items.map((x) => x.id)).toEqual([p.id]);
  });

  it('deletes a participant without attendance and anonymises one on request', async () => {
    const gone = await buildParticipant(org.members.coordinator, org.id, groupId);
    expect((await org.members.coordinator.delete(`${base}/${gone.id}`)).status).toBe(204);
    expect((await org.members.coordinator.get(`${base}/${gone.id}`)).status).toBe(404);

    const erased = await buildParticipant(org.members.coordinator, org.id, groupId, {
      firstName: 'Rayan',
      lastName: 'Meziane',
      communeName: 'Ivry-sur-Seine',
    });
    const response = await org.members.coordinator.post(`${base}/${erased.id}/anonymise`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      firstName: 'Anonyme',
      lastName: null,
      communeName: null,
      anonymised: true,
    });
    expect(await names('q=meziane')).toEqual([]);
    const edit = await org.members.coordinator.patch(`${base}/${erased.id}`, { firstName: 'R' });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ error: { code: 'PARTICIPANT.ANONYMISED' } });
  });
});
