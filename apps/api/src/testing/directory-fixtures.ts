// Contract-test fixtures of the directory: a listing, the commune matches are asked for, valid bodies.
import type { buildOrganisation } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

export async function seedDirectoryResources(organisation: BuiltOrganisation) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const created = await staff.post(`/api/orgs/${organisation.id}/ensembles`, {
    name: 'Chœur de la Collégiale',
    kind: 'choir',
    places: [{ communeCode: '58079', communeName: 'Clamecy' }],
    rehearsals: [{ rule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '20:00', durationMin: 120 }],
  });
  if (created.status !== 201) throw new Error(`fixture ensemble: ${JSON.stringify(created.body)}`);
  return { ensembleId: (created.body as { id: string }).id, communeCode: '58145' };
}

/** Valid bodies for the routes of the directory. */
export const directoryCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/ensembles': {
    name: 'Ensemble intrus',
    kind: 'band',
    places: [{ communeCode: '58194', communeName: 'Nevers' }],
  },
  'PATCH /api/orgs/:orgId/ensembles/:ensembleId': { name: 'Renommé par un intrus' },
  // :requestId is filled with B's request about a person's data (the name the two routes share):
  // still an id of B's, so a 404 here proves nothing leaks; a support request of B's would be better.
  'PATCH /api/orgs/:orgId/directory/support-requests/:requestId': { handled: true },
  'POST /api/orgs/:orgId/participants/:participantId/handovers': {
    ensembleId: '00000000-0000-4000-8000-000000000000',
    sang: 'Un canon',
    consent: {
      guardianName: 'Intrus',
      givenOn: '2026-01-05',
      method: 'paper',
      purposes: ['handover'],
    },
  },
};
