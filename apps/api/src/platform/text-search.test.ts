// One folding rule through the API: what people type without accents or ligatures finds the names
// as written, both in stored search names (participants) and in columns folded by SQL (groups, partners).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildParticipant } from '../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator']);
});
afterAll(() => t.close());

async function namesFound(path: string, query: string, name: (item: never) => string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/${path}?q=${encodeURIComponent(query)}`,
  );
  expect(response.status).toBe(200);
  return (response.body as { items: never[] }).items.map(name).sort();
}

describe('text folding in searches', () => {
  it('finds participants by their names without accents, ligatures nor ß', async () => {
    const groupId = (await buildGroup(org.members.coordinator, org.id)).id;
    for (const [firstName, lastName] of [
      ['Noël', 'Duchœur'],
      ['Anna', 'Straße'],
      ['Lætitia', 'Martin'],
    ]) {
      await buildParticipant(org.members.coordinator, org.id, groupId, { firstName, lastName });
    }
    const participants = (query: string) =>
      namesFound('participants', query, (p: { firstName: string }) => p.firstName);
    expect(await participants('choeur')).toEqual(['Noël']);
    expect(await participants('CHŒUR')).toEqual(['Noël']);
    expect(await participants('strasse')).toEqual(['Anna']);
    expect(await participants('Noel')).toEqual(['Noël']);
    expect(await participants('laeti')).toEqual(['Lætitia']);
  });

  it('finds groups and partners folded in SQL the same way', async () => {
    await buildGroup(org.members.coordinator, org.id, { name: 'Chœur des aînés' });
    await buildGroup(org.members.coordinator, org.id, { name: 'Atelier de la Hauptstraße' });
    const groups = (query: string) => namesFound('groups', query, (g: { name: string }) => g.name);
    expect(await groups('choeur des aines')).toEqual(['Chœur des aînés']);
    expect(await groups('STRASSE')).toEqual(['Atelier de la Hauptstraße']);

    const created = await org.members.coordinator.post(`/api/orgs/${org.id}/partners`, {
      name: 'Maison du Chœur de Noël',
      type: 'social_centre',
      communeName: 'Clamecy',
      communeCode: '58079',
    });
    expect(created.status).toBe(201);
    const partners = (query: string) =>
      namesFound('partners', query, (p: { name: string }) => p.name);
    expect(await partners('choeur de noel')).toEqual(['Maison du Chœur de Noël']);
    expect(await partners('chor')).toEqual([]);
  });
});
