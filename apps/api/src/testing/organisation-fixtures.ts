// Resources of an organisation for the contract tests, and a valid body for every org route.

import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { schema } from '@tutti/db';
import sharp from 'sharp';
import { fileStorageFor, storageKey } from '../platform/storage';
import { callCrossOrgBodies, seedCallResources } from './calls-fixtures';
import { carbonCrossOrgBodies, seedCarbonResources } from './carbon-fixtures';
import { choirCrossOrgBodies, seedChoirResources } from './choir-fixtures';
import { concertCrossOrgBodies, seedConcertResources } from './concert-fixtures';
import { seedWaitingListResources, waitingListCrossOrgBodies } from './concert-lists-fixtures';
import { directoryCrossOrgBodies, seedDirectoryResources } from './directory-fixtures';
import { impactCrossOrgBodies, seedImpactResources } from './impact-contract-fixtures';
import { importCrossOrgBodies, seedImportResources } from './imports-fixtures';
import {
  libraryCrossOrgBodies,
  networkCrossOrgBodies,
  seedLibraryResources,
  seedNetworkResources,
} from './network-fixtures';
import { participantCrossOrgBodies, seedParticipantResources } from './participants-fixtures';
import { paymentCrossOrgBodies, seedPaymentResources } from './payments-fixtures';
import { placeCrossOrgBodies, seedPlaceResources } from './places-fixtures';
import { planningCrossOrgBodies, seedPlanningResources } from './planning-fixtures';
import { programmeCrossOrgBodies, seedProgrammeResources } from './programme-fixtures';
import {
  referenceImportCrossOrgBodies,
  seedReferenceImportResources,
} from './reference-imports-fixtures';
import { relaySeatCrossOrgBodies, seedRelaySeatResources } from './relay-seats-fixtures';
import { seedSpaceResources, spaceCrossOrgBodies } from './space-fixtures';
import type { buildOrganisation, TestApp } from './test-app';
import { seedTrainingResources, trainingCrossOrgBodies } from './training-fixtures';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

/** Creates one of each resource through the API; returns the ids by path-parameter name. */
export async function seedOrganisationResources(
  _t: TestApp,
  organisation: BuiltOrganisation,
): Promise<Record<string, string>> {
  const admin = organisation.members.admin;
  const memberInvitation = await admin.post(`/api/orgs/${organisation.id}/member-invitations`, {
    email: `guest-${organisation.id.slice(0, 8)}@example.test`,
    role: 'artist',
  });
  if (memberInvitation.status !== 201)
    throw new Error(`fixture member invitation: ${JSON.stringify(memberInvitation.body)}`);
  // The invitation's e-mail waits in the outbox.
  const outbox = await admin.get(`/api/orgs/${organisation.id}/outbox`);
  const messageId = (outbox.body as { items: { id: string }[] }).items[0]?.id;
  if (!messageId) throw new Error(`fixture outbox message: ${JSON.stringify(outbox.body)}`);
  const coordinator = organisation.members.coordinator;
  const ids = {
    messageId,
    orgId: organisation.id,
    userId: coordinator?.userId ?? admin.userId!,
    memberInvitationId: (memberInvitation.body as { id: string }).id,
    // First, so that the other modules' resources keep the shared names (projectId, sessionId...).
    ...(await seedCarbonResources(_t, organisation)),
    ...(await seedPlaceResources(organisation)),
    ...(await seedProgrammeResources(_t, organisation)),
    ...(await seedParticipantResources(organisation)),
    ...(await seedImpactResources(_t, organisation)),
    ...(await seedImportResources(organisation)),
    ...(await seedPlanningResources(_t, organisation)),
    ...(await seedReferenceImportResources(_t, organisation)),
    ...(await seedDirectoryResources(organisation)),
    ...(await seedNetworkResources(organisation)),
    mediaId: await seedMediaResource(_t, organisation),
  };
  const calls = await seedCallResources(_t, organisation, ids.mediaId);
  const concert = await seedConcertResources(organisation, ids);
  return {
    ...ids,
    ...calls,
    ...concert,
    ...(await seedPaymentResources(_t, organisation, concert)),
    ...(await seedSpaceResources(organisation, ids)),
    ...(await seedRelaySeatResources(organisation, { ...ids, ...concert })),
    ...(await seedWaitingListResources(_t, organisation.id, concert.concertId)),
    ...(await seedChoirResources(_t, organisation, ids)),
    ...(await seedLibraryResources(organisation, ids)),
    ...(await seedTrainingResources(organisation, ids)),
  };
}

/** A published image, written straight to storage and the table (processing has its own tests). */
export async function seedMediaResource(t: TestApp, organisation: BuiltOrganisation) {
  const png = await sharp({
    create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
  const id = randomUUID();
  const key = storageKey(organisation.id, id);
  const stored = await fileStorageFor(t.config).write(key, Readable.from([png]), { maxBytes: 1e6 });
  await t.database.db.insert(schema.files).values({
    id,
    orgId: organisation.id,
    fileName: 'affiche.png',
    mediaType: 'image/png',
    ...stored,
    storageKey: key,
    use: 'image',
    status: 'ready',
    storedBytes: stored.sizeBytes,
    variants: [
      {
        name: 'original',
        storageKey: key,
        mediaType: 'image/png',
        sizeBytes: stored.sizeBytes,
        width: 8,
      },
    ],
  });
  return id;
}

/** A body that passes validation, so that the answer shows the access decision itself. */
export const crossOrgBodies: Record<string, unknown> = {
  'PATCH /api/orgs/:orgId': { name: 'Renamed by a stranger' },
  'PUT /api/orgs/:orgId/public-profile': {
    published: true,
    slug: 'taken-by-a-stranger',
    description: null,
    region: null,
  },
  'PATCH /api/orgs/:orgId/members/:userId': { role: 'viewer' },
  'POST /api/orgs/:orgId/member-invitations': { email: 'intruder@example.test', role: 'admin' },
  ...placeCrossOrgBodies,
  ...programmeCrossOrgBodies,
  ...participantCrossOrgBodies,
  ...carbonCrossOrgBodies,
  ...impactCrossOrgBodies,
  ...importCrossOrgBodies,
  ...planningCrossOrgBodies,
  ...concertCrossOrgBodies,
  ...paymentCrossOrgBodies,
  ...relaySeatCrossOrgBodies,
  ...waitingListCrossOrgBodies,
  ...referenceImportCrossOrgBodies,
  ...spaceCrossOrgBodies,
  ...directoryCrossOrgBodies,
  ...networkCrossOrgBodies,
  ...libraryCrossOrgBodies,
  ...callCrossOrgBodies,
  ...choirCrossOrgBodies,
  ...trainingCrossOrgBodies,
};
