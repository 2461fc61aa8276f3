// Contract-test fixtures of partners (with a contact and an agreement document), venues and artists.
import type { buildOrganisation } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

function idOf(what: string, response: { status: number; body: unknown }, expected = 201) {
  if (response.status !== expected)
    throw new Error(`fixture ${what}: ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** One of each resource, created through the API; the agreement has a document to download. */
export async function seedPlaceResources(organisation: BuiltOrganisation) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const base = `/api/orgs/${organisation.id}`;
  const partnerId = idOf(
    'partner',
    await staff.post(`${base}/partners`, { name: 'Mairie de Corbigny', type: 'municipality' }),
  );
  const contactId = idOf(
    'contact',
    await staff.post(`${base}/partners/${partnerId}/contacts`, { name: 'Secrétariat de mairie' }),
  );
  const agreementId = idOf(
    'agreement',
    await staff.post(`${base}/partners/${partnerId}/agreements`, {
      title: 'Convention 2025-2026',
      startsOn: '2025-09-01',
    }),
  );
  const document = await staff.request(
    'PUT',
    `${base}/partners/${partnerId}/agreements/${agreementId}/document`,
    Buffer.from('%PDF-1.7\nfixture\n%%EOF\n'),
    { 'content-type': 'application/pdf' },
  );
  idOf('agreement document', document, 200);
  const venueId = idOf(
    'venue',
    await staff.post(`${base}/venues`, {
      name: 'Salle des fêtes de Corbigny',
      kind: 'community_hall',
      partnerId,
      availability: [{ weekday: 3, startsAt: '14:00', endsAt: '18:00' }],
      blackouts: [{ startsOn: '2025-12-22', endsOn: '2026-01-02', reason: 'Fêtes' }],
    }),
  );
  const artistId = idOf(
    'artist',
    await staff.post(`${base}/artists`, {
      displayName: 'Camille Roussel',
      instruments: ['violoncelle'],
      skills: ['workshop_singing', 'concert'],
      availability: [{ weekday: 2, startsAt: '09:00', endsAt: '17:00' }],
      unavailability: [{ startsOn: '2025-10-27', endsOn: '2025-10-31' }],
    }),
  );
  return { partnerId, contactId, agreementId, venueId, artistId };
}

/** Valid bodies for the routes of partners, venues and artists. */
export const placeCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/partners': { name: 'Partenaire intrus', type: 'other' },
  'PATCH /api/orgs/:orgId/partners/:partnerId': { name: 'Renommé par un intrus' },
  'POST /api/orgs/:orgId/partners/:partnerId/contacts': { name: 'Intrus' },
  'PATCH /api/orgs/:orgId/partners/:partnerId/contacts/:contactId': { name: 'Intrus' },
  'POST /api/orgs/:orgId/partners/:partnerId/agreements': {
    title: 'Convention intruse',
    startsOn: '2025-09-01',
  },
  'PATCH /api/orgs/:orgId/partners/:partnerId/agreements/:agreementId': { title: 'Intruse' },
  'POST /api/orgs/:orgId/venues': { name: 'Lieu intrus', kind: 'other' },
  'PATCH /api/orgs/:orgId/venues/:venueId': {
    capacity: 1,
    availability: [{ weekday: 1, startsAt: '00:00', endsAt: '01:00' }],
  },
  'POST /api/orgs/:orgId/artists': { displayName: 'Artiste intrus' },
  'PATCH /api/orgs/:orgId/artists/:artistId': { displayName: 'Intrus', unavailability: [] },
};
