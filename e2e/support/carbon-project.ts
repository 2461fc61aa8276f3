// A demo project whose footprint has something to show: the first demo project whose artists drive, or, while
// the demo holds none, one built through the API in the Nièvre with the demo's venues and artists.
import type { Page } from 'playwright-core';
import { json, type Named, signedInOrg } from './api-json';

const PROJECT_NAME = 'Chansons du Haut-Nivernais';

/** Signed in already: finds or builds the project; returns its id and name. */
export async function demoProjectWithFootprint(page: Page) {
  const request = page.request;
  const { orgId, csrf, base } = await signedInOrg(page);
  const projects = await json<{ items: { id: string; name: string }[] }>(
    request,
    'GET',
    `${base}/projects?limit=200`,
    csrf,
  );
  for (const project of projects.items) {
    const footprint = await json<{ lines: { kind: string; mode: string }[] }>(
      request,
      'GET',
      `${base}/projects/${project.id}/carbon`,
      csrf,
    );
    // The test compares the electric car: a project where artists drive combustion cars.
    const driven = footprint.lines.some((l) => l.kind === 'artist' && l.mode === 'car-combustion');
    if (driven) return { orgId, projectId: project.id, name: project.name };
  }
  const venues = await json<{ items: Named[] }>(request, 'GET', `${base}/venues?limit=200`, csrf);
  const artists = await json<{ items: Named[] }>(request, 'GET', `${base}/artists?limit=200`, csrf);
  const venue = (name: string) => venues.items.find((v) => v.name === name)!.id;
  const artist = (name: string) => artists.items.find((a) => a.displayName === name)!.id;
  const project = await json<Named>(request, 'POST', `${base}/projects`, csrf, {
    name: PROJECT_NAME,
    startsOn: '2026-03-01',
    endsOn: '2026-06-30',
  });
  const group = (body: Record<string, unknown>) =>
    json<Named>(request, 'POST', `${base}/groups`, csrf, body);
  const classe = await group({
    name: 'CM1-CM2 Paul-Bert',
    kind: 'class',
    listedIndividually: false,
    expectedSize: 24,
    communeCode: '58083',
    communeName: 'Corbigny',
  });
  const choir = await group({
    name: 'Chorale de Lormes',
    kind: 'choir',
    listedIndividually: false,
    expectedSize: 28,
    communeCode: '58145',
    communeName: 'Lormes',
  });
  const audience = await group({
    name: 'Public du concert',
    kind: 'audience',
    listedIndividually: false,
    expectedSize: 140,
    communeCode: '58083',
    communeName: 'Corbigny',
  });
  const session = (body: Record<string, unknown>) =>
    json<Named>(request, 'POST', `${base}/sessions`, csrf, {
      projectId: project.id,
      durationMin: 120,
      override: { reason: 'Projet de démonstration de l’empreinte carbone' },
      ...body,
    });
  const workshops = [
    ['2026-03-10T09:30', 'École primaire Paul-Bert – préau', [classe.id]],
    ['2026-03-12T14:00', 'Salle des fêtes de Lormes', [choir.id]],
    ['2026-03-17T09:30', 'École primaire Paul-Bert – préau', [classe.id]],
    ['2026-03-19T14:00', 'Salle des fêtes de Lormes', [choir.id]],
  ] as const;
  for (const [startsAtLocal, venueName, groupIds] of workshops) {
    await session({
      kind: 'workshop_singing',
      startsAtLocal,
      venueId: venue(venueName),
      artistIds: [artist('Sophie Laurent'), artist('Élodie Petit')],
      groupIds,
    });
  }
  await session({
    kind: 'concert',
    title: 'Concert de printemps',
    startsAtLocal: '2026-03-28T18:00',
    venueId: venue('Gymnase de Corbigny'),
    artistIds: [artist('Sophie Laurent'), artist('Thomas Girard')],
    groupIds: [classe.id, choir.id, audience.id],
  });
  await session({
    kind: 'online',
    startsAtLocal: '2026-04-07T18:00',
    durationMin: 60,
    artistIds: [artist('Sophie Laurent')],
    groupIds: [choir.id],
  });
  // As the demo step sets them for demo projects: the coordinator's rural split and the van.
  await json(request, 'PATCH', `${base}/projects/${project.id}/carbon/settings`, csrf, {
    audienceModeSplit: {
      sharesPct: { 'car-combustion': 75, walking: 12, 'bus-combustion': 5, bike: 3, 'e-bike': 5 },
      carOccupancy: 2.5,
    },
    vanKmPerSession: 90,
  });
  return { orgId, projectId: project.id, name: PROJECT_NAME };
}
