// Contract-test fixtures of networks: each organisation founds one; `linkNetwork` makes another
// organisation a member, both sides accepting, so that isolation is tried from inside a network.
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

const facts = { country: 'FR', languages: ['fr'] };

/** A network founded by the organisation (its admin coordinates it). */
export async function seedNetworkResources(organisation: BuiltOrganisation) {
  const response = await organisation.members.admin.post(`/api/orgs/${organisation.id}/networks`, {
    name: `Réseau ${organisation.id.slice(0, 8)}`,
    slug: `reseau-${organisation.id.slice(0, 8)}`,
    ...facts,
  });
  if (response.status !== 201) throw new Error(`fixture network: ${JSON.stringify(response.body)}`);
  return { networkId: (response.body as { id: string }).id };
}

/** Makes `member` an active member of the network: it asks to join, the coordinator accepts. */
export async function linkNetwork(
  _t: TestApp,
  coordinator: BuiltOrganisation,
  member: BuiltOrganisation,
  networkId: string,
  country = 'FR',
) {
  const slug = `membre-${member.id.slice(0, 8)}`;
  const profile = await member.members.admin.request(
    'PUT',
    `/api/orgs/${member.id}/public-profile`,
    {
      published: true,
      slug,
      description: null,
      region: null,
    },
  );
  if (profile.status !== 200) throw new Error(`fixture profile: ${JSON.stringify(profile.body)}`);
  const network = await coordinator.members.admin.get(`/api/networks/${networkId}`);
  const networkSlug = (network.body as { slug: string }).slug;
  const asked = await member.members.admin.post(`/api/orgs/${member.id}/networks/join`, {
    networkSlug,
    country,
    languages: ['fr'],
  });
  if (asked.status !== 200) throw new Error(`fixture join: ${JSON.stringify(asked.body)}`);
  const accepted = await coordinator.members.admin.post(`/api/networks/${networkId}/invitations`, {
    orgSlug: slug,
  });
  if (accepted.status !== 200) throw new Error(`fixture accept: ${JSON.stringify(accepted.body)}`);
}

export const networkCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/networks': { name: 'Réseau intrus', slug: 'reseau-intrus', ...facts },
  'POST /api/orgs/:orgId/networks/join': { networkSlug: 'reseau-intrus', ...facts },
  'POST /api/orgs/:orgId/networks/:networkId/accept': facts,
  'PUT /api/orgs/:orgId/networks/:networkId/roles': {
    userId: '00000000-0000-4000-8000-000000000000',
    role: 'member',
  },
  'POST /api/orgs/:orgId/networks/:networkId/news': { title: 'Intrusion', body: 'Texte' },
  'PUT /api/orgs/:orgId/networks/:networkId/events/:sessionId': {
    category: 'concert',
    audiences: ['everyone'],
    accessibility: [],
  },
};

/** The organisation shares its published image with its network's library. */
export async function seedLibraryResources(
  organisation: BuiltOrganisation,
  ids: { networkId: string; mediaId: string },
) {
  const shared = await organisation.members.admin.post(
    `/api/orgs/${organisation.id}/networks/${ids.networkId}/library`,
    {
      kind: 'media',
      title: 'Affiche de concert',
      summary: 'Une affiche à reprendre pour un concert participatif.',
      language: 'fr',
      licence: 'CC-BY-SA-4.0',
      mediaId: ids.mediaId,
    },
  );
  if (shared.status !== 201) throw new Error(`fixture library: ${JSON.stringify(shared.body)}`);
  return { libraryEntryId: (shared.body as { id: string }).id };
}

export const libraryCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/networks/:networkId/library': {
    kind: 'method',
    title: 'Méthode intruse',
    summary: 'Résumé',
    body: 'Texte',
    language: 'fr',
    licence: 'CC-BY-4.0',
  },
  'PATCH /api/orgs/:orgId/networks/:networkId/library/:libraryEntryId': { title: 'Renommée' },
  'POST /api/orgs/:orgId/networks/:networkId/library/:libraryEntryId/takedowns': {
    reason: 'Une raison suffisante',
  },
};
