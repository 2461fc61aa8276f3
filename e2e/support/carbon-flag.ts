// A demo project whose footprint has a line to check: 111 people of a group from Moulins-Engilbert
// (Nièvre) counted at a toddlers' concert in Vitry-sur-Seine, 290 km away, as the demo once had.
// Found again by name when it exists (a server you already run), else built through the API.
import type { Page } from 'playwright-core';
import { json, type Named, signedInOrg } from './api-json';

export const FAR_PROJECT = 'Concert des tout-petits à Vitry';
/** Next year, so that its sessions stay planned and the year is one the carbon page offers. */
export const FAR_YEAR = new Date().getFullYear() + 1;
export const FAR_GROUP = 'Public venu de Moulins-Engilbert';

/** Signed in as a coordinator: the project's id, found or built. */
export async function projectWithFarAudience(page: Page) {
  const request = page.request;
  const { orgId, csrf, base } = await signedInOrg(page);
  const projects = await json<{ items: Named[] }>(
    request,
    'GET',
    `${base}/projects?limit=200`,
    csrf,
  );
  const found = projects.items.find((p) => p.name === FAR_PROJECT);
  if (found) return { orgId, projectId: found.id };
  const venues = await json<{ items: Named[] }>(request, 'GET', `${base}/venues?limit=200`, csrf);
  const artists = await json<{ items: Named[] }>(request, 'GET', `${base}/artists?limit=200`, csrf);
  const hall = venues.items.find((v) => v.name === 'Centre social Balzac – grande salle')!.id;
  const artist = artists.items.find((a) => a.displayName === 'Aïcha Benyahia')!.id;
  const project = await json<Named>(request, 'POST', `${base}/projects`, csrf, {
    name: FAR_PROJECT,
    startsOn: `${FAR_YEAR}-05-01`,
    endsOn: `${FAR_YEAR}-06-30`,
  });
  const group = await json<Named>(request, 'POST', `${base}/groups`, csrf, {
    name: FAR_GROUP,
    kind: 'audience',
    listedIndividually: false,
    expectedSize: 111,
    communeCode: '58185',
    communeName: 'Moulins-Engilbert',
  });
  const session = (body: Record<string, unknown>) =>
    json<Named>(request, 'POST', `${base}/sessions`, csrf, {
      projectId: project.id,
      venueId: hall,
      durationMin: 60,
      artistIds: [artist],
      override: { reason: 'Démonstration d’une ligne carbone à vérifier' },
      ...body,
    });
  for (const day of ['05', '12', '19'])
    await session({ kind: 'workshop_early_years', startsAtLocal: `${FAR_YEAR}-05-${day}T10:00` });
  await session({
    kind: 'concert',
    title: 'Concert des tout-petits',
    startsAtLocal: `${FAR_YEAR}-05-26T10:00`,
    groupIds: [group.id],
  });
  return { orgId, projectId: project.id };
}
