// Contract-test fixtures of groups, participants and attendance: one of each resource, valid bodies.
import type { buildOrganisation } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

/** A group, a participant of it and a guardian consent, created through the API. */
export async function seedParticipantResources(organisation: BuiltOrganisation) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const base = `/api/orgs/${organisation.id}`;
  const group = await staff.post(`${base}/groups`, {
    name: 'CE1 école Paul-Langevin',
    kind: 'class',
    ageBand: '6-10',
    communeCode: '58145',
    communeName: 'Lormes',
  });
  if (group.status !== 201) throw new Error(`fixture group: ${JSON.stringify(group.body)}`);
  const groupId = (group.body as { id: string }).id;
  const participant = await staff.post(`${base}/participants`, {
    groupId,
    firstName: 'Léa',
    ageBand: '6-10',
    consent: {
      guardianName: 'Nadia Benali',
      givenOn: '2025-09-10',
      method: 'paper',
      purposes: ['participation'],
    },
    accessNeeds: 'Fauteuil roulant',
  });
  if (participant.status !== 201)
    throw new Error(`fixture participant: ${JSON.stringify(participant.body)}`);
  const created = participant.body as { id: string; consents: { id: string }[] };
  // A person's rights are the admins' to record (organisations built without an admin have none).
  const admin = organisation.members.admin;
  const rightsRequest = admin
    ? await admin.post(`${base}/rights-requests`, {
        participantId: created.id,
        kind: 'access',
        receivedOn: '2026-11-02',
      })
    : null;
  if (rightsRequest && rightsRequest.status !== 201)
    throw new Error(`fixture rights request: ${JSON.stringify(rightsRequest.body)}`);
  const shareLink = await staff.post(`${base}/groups/${groupId}/share-links`, {
    note: 'Apportez une gourde.',
  });
  if (shareLink.status !== 201)
    throw new Error(`fixture share link: ${JSON.stringify(shareLink.body)}`);
  return {
    groupId,
    participantId: created.id,
    consentId: created.consents[0]!.id,
    linkId: (shareLink.body as { id: string }).id,
    ...(rightsRequest ? { requestId: (rightsRequest.body as { id: string }).id } : {}),
  };
}

const someId = '00000000-0000-4000-8000-000000000001';

/** Valid bodies for the routes of groups, participants and attendance. */
export const participantCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/groups': { name: 'Groupe intrus', kind: 'class' },
  'PATCH /api/orgs/:orgId/groups/:groupId': { name: 'Renommé par un intrus' },
  'POST /api/orgs/:orgId/groups/:groupId/share-links': { note: null },
  'POST /api/orgs/:orgId/participants': { groupId: someId, firstName: 'Intrus', ageBand: '6-10' },
  'PATCH /api/orgs/:orgId/participants/:participantId': { firstName: 'Intrus' },
  'POST /api/orgs/:orgId/rights-requests': {
    participantId: someId,
    kind: 'erasure',
    receivedOn: '2026-11-02',
  },
  'PATCH /api/orgs/:orgId/rights-requests/:requestId': { note: 'Intrus' },
  'POST /api/orgs/:orgId/participants/:participantId/erasure': { confirm: true },
  'POST /api/orgs/:orgId/participants/:participantId/consents': {
    guardianName: 'Intrus',
    givenOn: '2025-09-01',
    method: 'paper',
    purposes: ['participation'],
  },
  'POST /api/orgs/:orgId/participants/:participantId/consents/:consentId/withdraw': {
    withdrawnOn: '2025-10-01',
  },
  'PATCH /api/orgs/:orgId/participants/:participantId/access-needs': { needs: 'Intrus' },
  'POST /api/orgs/:orgId/offline/operations': {
    operations: [
      {
        opId: '00000000-0000-4000-8000-000000000002',
        deviceId: 'phone-intrus',
        recordedAt: '2026-03-10T09:00:00.000Z',
        sessionId: someId,
        kind: 'attendance.mark',
        participantId: someId,
        status: 'present',
      },
    ],
  },
};
