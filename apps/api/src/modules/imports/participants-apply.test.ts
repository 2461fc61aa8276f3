// Applying participant imports: duplicates skipped or kept, stale previews refused, a failed line writes nothing.
import type { ImportBatch, Participant } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allPreviewRows,
  apply,
  upload,
  utf8BomCsv,
  windows1252Csv,
} from '../../testing/import-files';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
}, 60_000);
afterAll(() => t.close());

async function participantsOf(groupId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/participants?groupId=${groupId}&limit=200`,
  );
  return (response.body as { items: Participant[] }).items;
}

const classList = [
  'Prénom;Nom;Date de naissance;Commune;Code postal',
  'Léa;Müller;05/03/2018;Nevers;58000',
  'Noé;Lefèvre;31/02/2018;Nevers;58000',
  ';Benali;12/11/2017;Clamecy;58500',
  'Chloé;Œillet;17/06/2018;Neverz;58000',
  'Inès;N’Diaye;09/09/2017;Clamecy;58500',
];

describe('applying participant imports', () => {
  it('warns about duplicates in the file and in the group, and skips or keeps them as chosen', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, { name: 'CM2 Jaurès' });
    await buildParticipant(org.members.coordinator, org.id, group.id, {
      firstName: 'Sami',
      lastName: 'Khan',
    });
    const file = utf8BomCsv(['Prénom;Nom', 'Sami;KHAN', 'Éva;Roche', 'Eva;Roche', 'Hugo;Blanc']);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file, {
      groupId: group.id,
    });
    expect(batch).toMatchObject({
      counts: { valid: 2, duplicates: 2, withErrors: 0 },
      canApply: true,
    });
    const warnings = batch.rows.items.flatMap((r) => r.issues);
    expect(
      warnings.map(({ line, severity, code, params }) => ({ line, severity, code, params })),
    ).toEqual([
      { line: 2, severity: 'warning', code: 'duplicateExisting', params: {} },
      { line: 4, severity: 'warning', code: 'duplicateInFile', params: { line: 3 } },
    ]);
    const skipped = await apply(org.members.coordinator, org.id, batch, 'skip');
    expect(skipped.body).toMatchObject({ result: { created: 2, skipped: 2 } });
    expect((await participantsOf(group.id)).map((p) => p.firstName).sort()).toEqual([
      'Hugo',
      'Sami',
      'Éva',
    ]);

    const kept = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      utf8BomCsv(['Prénom;Nom', 'Sami;Khan']),
      {
        groupId: group.id,
      },
    );
    expect((await apply(org.members.coordinator, org.id, kept.batch, 'keep')).body).toMatchObject({
      result: { created: 1, skipped: 0 },
    });
    expect((await participantsOf(group.id)).filter((p) => p.firstName === 'Sami')).toHaveLength(2);
  });

  it('refuses a stale preview (409) when a group it relies on was renamed or archived since', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, {
      name: 'Atelier percussions',
    });
    const file = utf8BomCsv(['Prénom;Groupe', 'Nora;Atelier percussions']);
    const renamed = await upload(org.members.coordinator, org.id, 'participants', file);
    const archived = await upload(org.members.coordinator, org.id, 'participants', file);
    await org.members.coordinator.patch(`/api/orgs/${org.id}/groups/${group.id}`, {
      name: 'Atelier rythmes',
    });
    expect((await apply(org.members.coordinator, org.id, renamed.batch)).body).toMatchObject({
      error: { code: 'IMPORT.STALE' },
    });
    await org.members.coordinator.patch(`/api/orgs/${org.id}/groups/${group.id}`, {
      name: 'Atelier percussions',
      archived: true,
    });
    const stale = await apply(org.members.coordinator, org.id, archived.batch);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'IMPORT.STALE' } });
    expect(await participantsOf(group.id)).toEqual([]);
  });

  it('writes nothing when a line fails in the middle of the apply, and names the line', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, { name: 'CP Curie' });
    // A constraint the database enforces at write time only, on the third line's name.
    await t.database.executeSql(`
      create function test_refuse_panne() returns trigger language plpgsql as $$
      begin
        if new.first_name = 'Panne' then raise exception 'refused' using errcode = 'check_violation'; end if;
        return new;
      end $$;
      create trigger test_refuse_panne before insert on participants for each row execute function test_refuse_panne();
    `);
    try {
      const file = utf8BomCsv(['Prénom', 'Ada', 'Blaise', 'Panne', 'Denis']);
      const { batch } = await upload(org.members.coordinator, org.id, 'participants', file, {
        groupId: group.id,
      });
      expect(batch.canApply).toBe(true);
      const failed = await apply(org.members.coordinator, org.id, batch);
      expect(failed.status).toBe(409);
      expect(failed.body).toMatchObject({
        error: { code: 'IMPORT.LINE_FAILED', details: { line: 4 } },
      });
      expect(await participantsOf(group.id)).toEqual([]);
      const after = await org.members.coordinator.get(`/api/orgs/${org.id}/imports/${batch.id}`);
      expect(after.body).toMatchObject({ status: 'previewed', canApply: true });
    } finally {
      await t.database.executeSql(
        'drop trigger test_refuse_panne on participants; drop function test_refuse_panne();',
      );
    }
  });

  it('shows only the lines with problems when asked, a page at a time', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, { name: 'CE1 bis' });
    const { batch } = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      windows1252Csv(classList),
      {
        groupId: group.id,
      },
    );
    const problems = await org.members.coordinator.get(
      `/api/orgs/${org.id}/imports/${batch.id}?rows=problems&limit=2&offset=1`,
    );
    // Line 2 has a warning (its birth date read day first), 3 and 4 errors, 5 a commune to choose.
    expect((problems.body as ImportBatch).rows).toMatchObject({ total: 4 });
    expect((problems.body as ImportBatch).rows.items.map((r) => r.line)).toEqual([3, 4]);
    expect(
      (await allPreviewRows(org.members.coordinator, org.id, batch)).map((r) => r.line),
    ).toEqual([2, 3, 4, 5, 6]);
  });
});
