// Contract-test fixtures of trainings: one training offered to the organisation's network, with
// a trainee, and a valid body for each training route.
import type { buildOrganisation } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

const halfDays = [{ date: '2026-03-10', half: 'morning', startsAt: '09:00', endsAt: '12:30' }];

export async function seedTrainingResources(
  organisation: BuiltOrganisation,
  ids: { networkId: string },
) {
  const admin = organisation.members.admin;
  const base = `/api/orgs/${organisation.id}/trainings`;
  const created = await admin.post(base, {
    title: 'Former les relais',
    place: 'Nevers',
    networkId: ids.networkId,
    halfDays,
  });
  if (created.status !== 201) throw new Error(`fixture training: ${JSON.stringify(created.body)}`);
  const trainingId = (created.body as { id: string }).id;
  const person = await admin.post(`${base}/${trainingId}/people`, {
    displayName: 'Jan Peeters',
    organisationName: 'Partenaire',
  });
  if (person.status !== 201) throw new Error(`fixture trainee: ${JSON.stringify(person.body)}`);
  return { trainingId, personId: (person.body as { id: string }).id };
}

export const trainingCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/trainings': { title: 'Formation intruse', place: 'Ailleurs', halfDays },
  'POST /api/orgs/:orgId/trainings/:trainingId/people': { displayName: 'Intrus' },
  'PUT /api/orgs/:orgId/trainings/:trainingId/survey': { surveyId: null },
};
