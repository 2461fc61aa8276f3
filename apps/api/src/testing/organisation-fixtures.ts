// Resources of an organisation for the contract tests, and a valid body for every org route.
import { carbonCrossOrgBodies, seedCarbonResources } from './carbon-fixtures';
import { impactCrossOrgBodies, seedImpactResources } from './impact-contract-fixtures';
import { importCrossOrgBodies, seedImportResources } from './imports-fixtures';
import { participantCrossOrgBodies, seedParticipantResources } from './participants-fixtures';
import { placeCrossOrgBodies, seedPlaceResources } from './places-fixtures';
import { planningCrossOrgBodies, seedPlanningResources } from './planning-fixtures';
import { programmeCrossOrgBodies, seedProgrammeResources } from './programme-fixtures';
import type { buildOrganisation, TestApp } from './test-app';

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
  const coordinator = organisation.members.coordinator;
  return {
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
  };
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
};
