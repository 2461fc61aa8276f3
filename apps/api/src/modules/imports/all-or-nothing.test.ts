// Property: an import applies every line or none, whatever mix of valid, invalid and failing lines it holds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, upload, utf8BomCsv } from '../../testing/import-files';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator']);
  // Lines named "Panne" pass every check of the preview and fail only when written.
  await t.database.executeSql(`
    create function test_refuse_panne() returns trigger language plpgsql as $$
    begin
      if new.name like 'Panne%' then raise exception 'refused' using errcode = 'check_violation'; end if;
      return new;
    end $$;
    create trigger test_refuse_panne before insert on partners for each row execute function test_refuse_panne();
  `);
}, 60_000);
afterAll(() => t.close());

type Kind = 'valid' | 'noName' | 'badType' | 'badCommune' | 'badEmail' | 'failsOnWrite';

function lineOf(kind: Kind, n: number): string {
  switch (kind) {
    case 'valid':
      return `Mairie ${n};Mairie;Nevers;`;
    case 'noName':
      return ';Mairie;;';
    case 'badType':
      return `Structure ${n};Fusée;;`;
    case 'badCommune':
      return `École ${n};École;Neverz;`;
    case 'badEmail':
      return `Centre ${n};Centre social;;centre@`;
    case 'failsOnWrite':
      return `Panne ${n};Autre;;`;
  }
}

async function partnersCount() {
  const response = await org.members.coordinator.get(`/api/orgs/${org.id}/partners?limit=1`);
  return (response.body as { total: number }).total;
}

let run = 0;

describe('all or nothing', () => {
  it('writes every line of a file or none of them', async () => {
    const kinds = fc.constantFrom<Kind>(
      'valid',
      'valid',
      'valid',
      'noName',
      'badType',
      'badCommune',
      'badEmail',
      'failsOnWrite',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(kinds, { minLength: 1, maxLength: 8 }), async (lines) => {
        run += 1;
        const file = utf8BomCsv([
          'Nom de la structure;Type;Commune;Courriel',
          ...lines.map((kind, i) => lineOf(kind, run * 100 + i)),
        ]);
        const before = await partnersCount();
        const { status, batch } = await upload(org.members.coordinator, org.id, 'partners', file);
        expect(status).toBe(201);
        const applied = await apply(org.members.coordinator, org.id, batch, 'keep');
        const written = (await partnersCount()) - before;
        const clean = lines.every((kind) => kind === 'valid' || kind === 'failsOnWrite');
        const fails = lines.includes('failsOnWrite');
        expect(written === 0 || written === lines.length).toBe(true);
        expect({ status: applied.status, written }).toEqual(
          clean && !fails ? { status: 200, written: lines.length } : { status: 409, written: 0 },
        );
      }),
      { numRuns: 25, seed: 11 },
    );
  }, 120_000);
});
