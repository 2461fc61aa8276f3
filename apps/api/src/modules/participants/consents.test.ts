// Guardian consent: the flag on minors follows current consents for participation; dates are checked.
import type { Consent, Participant, ParticipantDetail } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildGroup,
  buildParticipant,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;
let groupId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay', 'viewer']);
  base = `/api/orgs/${org.id}/participants`;
  groupId = (
    await buildGroup(org.members.coordinator, org.id, { relayUserId: org.members.relay.userId })
  ).id;
});
afterAll(() => t.close());

async function statusOf(participantId: string) {
  const detail = await org.members.coordinator.get(`${base}/${participantId}`);
  return (detail.body as ParticipantDetail).consentStatus;
}

describe('guardian consent', () => {
  it('flags a minor until a consent for participation is recorded, and again once withdrawn', async () => {
    const child = await buildParticipant(org.members.coordinator, org.id, groupId);
    expect(child.consentStatus).toBe('missing');

    const photosOnly = await org.members.relay.post(`${base}/${child.id}/consents`, {
      ...PARTICIPATION_CONSENT,
      purposes: ['photos'],
    });
    expect(photosOnly.status).toBe(201);
    expect(await statusOf(child.id)).toBe('missing');

    const given = await org.members.relay.post(`${base}/${child.id}/consents`, {
      guardianName: 'Karim Haddad',
      givenOn: '2025-09-15',
      method: 'online',
      purposes: ['participation', 'audio_video'],
    });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      guardianName: 'Karim Haddad',
      givenOn: '2025-09-15',
      method: 'online',
      purposes: ['participation', 'audio_video'],
      withdrawnOn: null,
    });
    expect(await statusOf(child.id)).toBe('given');

    const consentId = (given.body as Consent).id;
    const withdrawn = await org.members.coordinator.post(
      `${base}/${child.id}/consents/${consentId}/withdraw`,
      { withdrawnOn: '2026-01-10' },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ withdrawnOn: '2026-01-10' });
    expect(await statusOf(child.id)).toBe('missing');

    const detail = (await org.members.coordinator.get(`${base}/${child.id}`))
      .body as ParticipantDetail;
    expect(detail.consents).toHaveLength(2);

    const again = await org.members.coordinator.post(
      `${base}/${child.id}/consents/${consentId}/withdraw`,
      { withdrawnOn: '2026-01-11' },
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'CONSENT.ALREADY_WITHDRAWN' } });
  });

  it('records the consent handed in with the enrolment form', async () => {
    const child = await buildParticipant(org.members.relay, org.id, groupId, {
      consent: PARTICIPATION_CONSENT,
    });
    expect(child.consentStatus).toBe('given');
    expect(child.consents).toEqual([expect.objectContaining({ guardianName: 'Samia Benali' })]);
    const list = (await org.members.coordinator.get(`${base}?consent=given`)).body as {
      items: Participant[];
    };
    expect(list.items.map((p) => p.id)).toContain(child.id);
  });

  it('refuses a consent dated in the future or withdrawn before it was given, naming the field', async () => {
    const child = await buildParticipant(org.members.coordinator, org.id, groupId);
    const future = await org.members.coordinator.post(`${base}/${child.id}/consents`, {
      ...PARTICIPATION_CONSENT,
      givenOn: '2099-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({
      error: { code: 'CONSENT.INVALID_DATES', fields: [{ path: 'body.givenOn' }] },
    });
    const consent = (
      await org.members.coordinator.post(`${base}/${child.id}/consents`, PARTICIPATION_CONSENT)
    ).body as Consent;
    const early = await org.members.coordinator.post(
      `${base}/${child.id}/consents/${consent.id}/withdraw`,
      { withdrawnOn: '2025-01-01' },
    );
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({
      error: { code: 'CONSENT.INVALID_DATES', fields: [{ path: 'body.withdrawnOn' }] },
    });
  });

  it('refuses an empty or repeated purpose list and an unknown method', async () => {
    const child = await buildParticipant(org.members.coordinator, org.id, groupId);
    for (const body of [
      { ...PARTICIPATION_CONSENT, purposes: [] },
      { ...PARTICIPATION_CONSENT, purposes: ['photos', 'photos'] },
      { ...PARTICIPATION_CONSENT, method: 'pigeon' },
    ]) {
      const response = await org.members.coordinator.post(`${base}/${child.id}/consents`, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'REQUEST.VALIDATION' } });
    }
  });

  it('does not let a viewer record a consent', async () => {
    const child = await buildParticipant(org.members.coordinator, org.id, groupId);
    const response = await org.members.viewer.post(
      `${base}/${child.id}/consents`,
      PARTICIPATION_CONSENT,
    );
    expect(response.status).toBe(403);
  });
});
