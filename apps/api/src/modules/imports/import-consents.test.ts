// Consent columns of a class list: "oui"/"non" or a date, photos, the guardian's name, phone and
// e-mail, read into consent records whose source is the file; what cannot be read is an error on
// its cell, what is assumed or dropped a warning. And venues naming a partner the organisation
// does not have yet.
import type { ImportBatch, Participant, ParticipantDetail, VenueSummary } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPreviewRows, apply, choose, upload, utf8BomCsv } from '../../testing/import-files';
import { buildGroup } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator']);
}, 60_000);
afterAll(() => t.close());

describe('consent columns', () => {
  it('reads yes, no, dates, photos and guardians; refuses what it cannot read, on its cell', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, { name: 'CM2 Les Hérons' });
    const file = utf8BomCsv([
      'Prénom;Âge;Consentement;Date de l’autorisation;Droit à l’image;Responsable légal;Tél. parent;E-mail parent',
      'Anna;10;oui;12/09/2025;oui;Léa Roux;+33 6 11 22 33 44;LEA.ROUX@example.test',
      'Basile;10;15/09/25;;non;;;',
      'Chloé;10;non;;;Marc Petit;06 98 76 54 32;',
      'Dylan;34;oui;;;;;',
      'Elsa;10;peut-être;;;;;',
      'Fanny;10;oui;01/01/2099;;;;',
      'Gaël;10;oui;;;;12;',
      'Hugo;10;;;oui;;;',
      'Iris;10;donnée;;;Nadia Benali;;nadia@',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file, {
      groupId: group.id,
      fileName: 'cm2.csv',
    });
    expect(batch.fields).toContain('consent');
    const rows = await allPreviewRows(org.members.coordinator, org.id, batch);
    const at = (line: number) => rows.find((r) => r.line === line)!;
    const said = (line: number) =>
      at(line).issues.map(({ code, column, severity }) => [code, column, severity]);
    expect(at(2)).toMatchObject({ status: 'valid', cells: { consent: '2025-09-12' } });
    expect(said(2)).toEqual([['dateReadDayFirst', 'Date de l’autorisation', 'warning']]);
    // A date in the consent column is the day it was given (its two-digit year completed).
    expect(at(3).cells.consent).toBe('2025-09-15');
    expect(said(3)).toEqual([['yearCompleted', 'Consentement', 'warning']]);
    expect(at(4).cells.consent).toBe('false');
    expect(said(4)).toEqual([['guardianWithoutConsent', 'Responsable légal', 'warning']]);
    expect(said(5)).toEqual([['consentNotNeeded', 'Consentement', 'warning']]);
    expect(said(6)).toEqual([['invalidConsent', 'Consentement', 'error']]);
    expect(said(7)).toEqual([['futureDate', 'Date de l’autorisation', 'error']]);
    expect(said(8)).toEqual([
      ['consentDateUnknown', 'Consentement', 'warning'],
      ['invalidPhone', 'Tél. parent', 'error'],
    ]);
    expect(said(9)).toEqual([['consentDateUnknown', 'Droit à l’image', 'warning']]);
    expect(said(10)).toEqual([
      ['consentDateUnknown', 'Consentement', 'warning'],
      ['invalidEmail', 'E-mail parent', 'error'],
    ]);
    expect(batch.counts).toMatchObject({ withErrors: 4, valid: 5 });

    // The lines fixed, the file goes in with one consent record per consent given.
    const fixed = utf8BomCsv([
      'Prénom;Âge;Consentement;Date de l’autorisation;Droit à l’image;Responsable légal;Tél. parent;E-mail parent',
      'Anna;10;oui;12/09/2025;oui;Léa Roux;+33 6 11 22 33 44;LEA.ROUX@example.test',
      'Basile;10;15/09/25;;non;;;',
      'Chloé;10;non;;;Marc Petit;06 98 76 54 32;',
      'Dylan;34;oui;;;;;',
      'Hugo;10;;;oui;;;',
    ]);
    const second = await upload(org.members.coordinator, org.id, 'participants', fixed, {
      groupId: group.id,
      fileName: 'cm2.csv',
    });
    const applied = await apply(org.members.coordinator, org.id, second.batch);
    expect((applied.body as ImportBatch).result).toMatchObject({ created: 5, consents: 3 });
    const list = (
      await org.members.coordinator.get(
        `/api/orgs/${org.id}/participants?groupId=${group.id}&limit=50`,
      )
    ).body as { items: Participant[] };
    const byName = new Map(list.items.map((p) => [p.firstName, p]));
    expect(
      ['Anna', 'Basile', 'Chloé', 'Dylan', 'Hugo'].map((n) => byName.get(n)!.consentStatus),
    ).toEqual(['given', 'given', 'missing', 'not_required', 'missing']);
    const detail = async (name: string) =>
      (
        (
          await org.members.coordinator.get(
            `/api/orgs/${org.id}/participants/${byName.get(name)!.id}`,
          )
        ).body as ParticipantDetail
      ).consents;
    expect(await detail('Anna')).toMatchObject([
      {
        guardianName: 'Léa Roux',
        guardianEmail: 'lea.roux@example.test',
        guardianPhone: '+33611223344',
        givenOn: '2025-09-12',
        purposes: ['participation', 'photos'],
        source: 'import',
        sourceFile: 'cm2.csv',
        sourceLine: 2,
      },
    ]);
    expect(await detail('Basile')).toMatchObject([
      { guardianName: null, givenOn: '2025-09-15', purposes: ['participation'] },
    ]);
    // Photos alone: a consent for photos, none to take part (the child is still "missing").
    expect(await detail('Hugo')).toMatchObject([{ purposes: ['photos'], sourceLine: 6 }]);
    expect(await detail('Chloé')).toEqual([]);
  });
});

describe('venues naming a partner', () => {
  it('creates the partner a venue names, or maps it to the one written differently', async () => {
    const school = await org.members.coordinator.post(`/api/orgs/${org.id}/partners`, {
      name: 'École Jean-Macé',
      type: 'primary_school',
    });
    const file = utf8BomCsv([
      'Nom du lieu;Type de lieu;Commune;Structure partenaire',
      'Salle des fêtes de Luzy;Salle des fêtes;Luzy;Mairie de Luzy',
      'Préau de l’école;École;Clamecy;Ecole Jean Mace',
      'Gymnase;Gymnase;Luzy;mairie de luzy',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'venues', file);
    expect(batch.fields).toContain('partner');
    expect(
      batch.references.map(({ id, kind, value, lines, proposedKind }) => ({
        id,
        kind,
        value,
        lines,
        proposedKind,
      })),
    ).toEqual([
      // "Ecole Jean Mace" folds like the partner's name: it is that partner, nothing to ask.
      {
        id: 'partner-1',
        kind: 'partner',
        value: 'Mairie de Luzy',
        lines: 2,
        proposedKind: 'municipality',
      },
      // Two communes are called Clamecy (Nièvre, Aisne): which one is asked too.
      { id: 'commune-1', kind: 'commune', value: 'Clamecy', lines: 1, proposedKind: null },
    ]);
    const clamecy = batch.references[1]!;
    expect(clamecy.problem).toBe('ambiguous');
    expect(clamecy.suggestions.slice(0, 2).map((s) => [s.id, s.detail?.slice(0, 4)])).toEqual([
      ['58079', '(58)'],
      ['02198', '(02)'],
    ]);
    expect(batch.rows.items[1]!.cells.partner).toBe('École Jean-Macé');
    const { batch: chosen } = await choose(org.members.coordinator, org.id, batch, {
      'partner-1': { action: 'create' },
      'commune-1': { action: 'map', targetId: '58079' },
    });
    expect(chosen.canApply).toBe(true);
    const applied = await apply(org.members.coordinator, org.id, batch);
    expect((applied.body as ImportBatch).result).toMatchObject({
      created: 3,
      referencesCreated: 1,
    });
    const venues = (
      (await org.members.coordinator.get(`/api/orgs/${org.id}/venues?limit=50`)).body as {
        items: (VenueSummary & { partner?: { id: string; name: string } | null })[];
      }
    ).items;
    const partners = (
      (await org.members.coordinator.get(`/api/orgs/${org.id}/partners?limit=50`)).body as {
        items: { id: string; name: string; type: string }[];
      }
    ).items;
    const mairie = partners.find((p) => p.name === 'Mairie de Luzy')!;
    expect(mairie.type).toBe('municipality');
    const byVenue = await Promise.all(
      venues.map(async (v) => {
        const detail = (await org.members.coordinator.get(`/api/orgs/${org.id}/venues/${v.id}`))
          .body as { name: string; partner: { id: string } | null };
        return [detail.name, detail.partner?.id] as const;
      }),
    );
    expect(Object.fromEntries(byVenue)).toEqual({
      'Salle des fêtes de Luzy': mairie.id,
      'Préau de l’école': (school.body as { id: string }).id,
      Gymnase: mairie.id,
    });
  });
});
