import type { Commune, CommuneMatch, Department, Epci, ReferenceStatus } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUser,
  type Client,
  clientFor,
  signIn,
  startTestApp,
  type TestApp,
} from '../../testing/test-app';
import { locateCommune, locateCommunes } from './index';

let t: TestApp;
let person: Client;
beforeAll(async () => {
  t = await startTestApp();
  person = await signIn(t.app, (await buildUser(t)).email);
});
afterAll(() => t.close());

async function search(q: string, limit?: number) {
  const query = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
  const response = await person.get(`/api/communes/search?${query}`);
  expect(response.status).toBe(200);
  return (response.body as { items: CommuneMatch[] }).items;
}

describe('commune search', () => {
  it('ignores accents, case and hyphens, most populous first', async () => {
    const [first] = await search('SAINT etienne');
    expect(first).toMatchObject({ id: '42218', name: 'Saint-Étienne', match: 'exact' });
    const [lisle] = await search('lisle adam');
    expect(lisle?.name).toBe("L'Isle-Adam");
    expect((await search('st etienne'))[0]?.id).toBe('42218');
  });

  it('finds every commune of a postal code, and narrows a name by postal code', async () => {
    const served = await search('48000');
    expect(served.map((c) => c.id)).toContain('48095');
    expect(served.every((c) => c.match === 'postal-code' || c.match === 'code')).toBe(true);
    const narrowed = await search('42000 saint');
    expect(narrowed.map((c) => c.id)).toEqual(['42218']);
  });

  it('finds Paris from an arrondissement name and Corsican codes as text', async () => {
    expect((await search('paris 15'))[0]).toMatchObject({
      id: '75056',
      matchedName: expect.stringMatching(/Paris 15/),
    });
    expect((await search('2A004'))[0]).toMatchObject({ id: '2A004', name: 'Ajaccio' });
  });

  it('finds foreign municipalities of cross-border projects by their local names', async () => {
    const items = await search('Bruxelles');
    expect(items[0]).toMatchObject({ country: 'BE', id: 'BE-21004' });
  });

  it('places French communes inside their official shape, and flags approximate positions', async () => {
    // 300 inhabitants: GeoNames has no place for it; the official boundaries do.
    const [albaret] = await search('Albaret-le-Comtal');
    expect(albaret).toMatchObject({
      id: '48001',
      coordinatesSource: 'official',
      coordinatesMethod: 'official-shape-interior',
      approximate: false,
    });
    const [mende] = await search('Mende');
    expect(mende).toMatchObject({ id: '48095', approximate: false, departmentName: 'Lozère' });
    // Restored since the 2018 boundaries, too small for GeoNames' cities500: approximate.
    const [chalinargues] = await search('Chalinargues');
    expect(chalinargues).toMatchObject({ id: '15035', approximate: true });
  });

  it('honours the limit and answers an empty list when nothing matches', async () => {
    expect(await search('saint', 3)).toHaveLength(3);
    expect(await search('zzzqqq')).toEqual([]);
    expect(await search('99999')).toEqual([]);
  });

  it('refuses an empty query, a limit out of range and unknown parameters with 400 naming them', async () => {
    for (const [query, path] of [
      ['q=', 'querystring.q'],
      ['q=%20%20', 'querystring.q'],
      ['q=mende&limit=0', 'querystring.limit'],
      ['q=mende&limit=51', 'querystring.limit'],
      ['q=mende&limit=abc', 'querystring.limit'],
      [`q=${'a'.repeat(101)}`, 'querystring.q'],
      ['q=mende&country=FR', 'querystring.country'],
    ] as const) {
      const response = await person.get(`/api/communes/search?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.body).toMatchObject({ error: { fields: [{ path }] } });
    }
  });

  it('is for signed-in people only', async () => {
    const response = await clientFor(t.app).get('/api/communes/search?q=mende');
    expect(response.status).toBe(401);
  });
});

describe('commune look-up', () => {
  it('resolves arrondissement and former codes to the current commune', async () => {
    const paris = await person.get('/api/communes/75115');
    expect(paris.body).toMatchObject({ id: '75056', name: 'Paris' });
    // 01340 is the code of a former commune merged into 01015.
    const former = await person.get('/api/communes/01340');
    expect(former.status).toBe(200);
    expect((former.body as Commune).id).toBe('01015');
  });

  it('answers 404 for an unknown code and 400 for something that is not a code', async () => {
    expect((await person.get('/api/communes/99999')).body).toMatchObject({
      error: { code: 'COMMUNE.NOT_FOUND' },
    });
    const bad = await person.get('/api/communes/paris');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: [{ path: 'params.code' }] } });
  });

  it('locates communes for other modules, null when unknown', async () => {
    expect(await locateCommune(t.database, '48095')).toMatchObject({
      communeId: '48095',
      name: 'Mende',
      approximate: false,
    });
    expect(await locateCommune(t.database, '00000')).toBeNull();
    const both = await locateCommunes(t.database, ['75115', '15035']);
    expect(both.get('75115')?.communeId).toBe('75056');
    expect(both.get('15035')?.approximate).toBe(true);
  });
});

describe('territorial lists', () => {
  it('lists departments with their communes and population', async () => {
    const { items } = (await person.get('/api/territories/departments')).body as {
      items: Department[];
    };
    expect(items.find((d) => d.code === '48')).toMatchObject({
      name: 'Lozère',
      regionCode: '76',
      communes: 152,
    });
    expect(items.find((d) => d.code === '2A')?.name).toBe('Corse-du-Sud');
  });

  it('lists the EPCI of a department and the communes of an EPCI, department and region', async () => {
    const { items } = (await person.get('/api/territories/epcis?department=48')).body as {
      items: Epci[];
    };
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((e) => e.departmentCodes.includes('48'))).toBe(true);
    const epci = items[0]!;
    const members = (await person.get(`/api/territories/epcis/${epci.code}/communes`)).body as {
      items: Commune[];
    };
    expect(members.items).toHaveLength(epci.communes);
    const lozere = (await person.get('/api/territories/departments/48/communes')).body as {
      items: Commune[];
    };
    expect(lozere.items).toHaveLength(152);
    const occitanie = (await person.get('/api/territories/regions/76/communes')).body as {
      items: Commune[];
    };
    expect(occitanie.items.length).toBeGreaterThan(4000);
  });

  it('answers 404 for an unknown department, region or EPCI', async () => {
    for (const url of [
      '/api/territories/departments/99/communes',
      '/api/territories/regions/99/communes',
      '/api/territories/epcis/999999999/communes',
    ]) {
      expect((await person.get(url)).body).toMatchObject({
        error: { code: 'TERRITORY.NOT_FOUND' },
      });
    }
  });

  it('reports the built-in sources and the share of approximate positions', async () => {
    const status = (await person.get('/api/territories/reference')).body as ReferenceStatus;
    expect(status.imports).toEqual([]);
    expect(status.builtInSources.map((s) => s.publisher)).toEqual(
      expect.arrayContaining(['GeoNames', 'IGN']),
    );
    const france = status.coverage.find((c) => c.country === 'FR')!;
    // 5 restored villages that GeoNames' cities500 lacks and 28 overseas communes (atolls, islands).
    expect(france.approximate).toBe(33);
    expect(france.approximateShare).toBeLessThan(0.002);
  });
});

describe('commune shapes', () => {
  type Topology = {
    type: string;
    transform: unknown;
    objects: { communes: { geometries: { id: string; type: string }[] } };
  };

  it('serves a department’s shapes as TopoJSON, one per current commune, with an ETag', async () => {
    const response = await person.get('/api/territories/departments/48/shapes');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const topology = response.body as Topology;
    expect(topology.type).toBe('Topology');
    const ids = topology.objects.communes.geometries.map((g) => g.id);
    expect(ids).toHaveLength(152);
    expect(ids).toContain('48095');
    // Monts-de-Randon (2019) is one shape, not the five communes of 2018 it is made of.
    expect(ids).toContain('48127');
    for (const former of ['48057', '48133', '48189', '48197']) expect(ids).not.toContain(former);
    const again = await person.request('GET', '/api/territories/departments/48/shapes', undefined, {
      'if-none-match': response.headers.etag as string,
    });
    expect(again.status).toBe(304);
  });

  it('answers 404 where Tutti has no shapes and 400 for something that is not a department', async () => {
    for (const code of ['987', '99']) {
      const response = await person.get(`/api/territories/departments/${code}/shapes`);
      expect({ code, status: response.status }).toEqual({ code, status: 404 });
      expect(response.body).toMatchObject({ error: { code: 'TERRITORY.NOT_FOUND' } });
    }
    const bad = await person.get('/api/territories/departments/..%2Fx/shapes');
    expect(bad.status).toBe(400);
  });

  it('is for signed-in people only', async () => {
    const response = await clientFor(t.app).get('/api/territories/departments/48/shapes');
    expect(response.status).toBe(401);
  });
});
