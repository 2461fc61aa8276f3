// What an import refuses, always with a 4xx that names the problem, and writes nothing for.
import type { ImportBatch } from '@tutti/contracts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, upload, utf8BomCsv, XLSX } from '../../testing/import-files';
import { buildGroup } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay', 'artist']);
}, 60_000);
afterAll(() => t.close());

const partnersFile = utf8BomCsv(['Nom de la structure;Type', 'Mairie de Lormes;Mairie']);

async function partnersCount() {
  const response = await org.members.coordinator.get(`/api/orgs/${org.id}/partners`);
  return (response.body as { total: number }).total;
}

describe('import refusals', () => {
  it('refuses bodies that are not a CSV or XLSX file with 415, and empty or unreadable ones with 400', async () => {
    const staff = org.members.coordinator;
    const cases: [Buffer | undefined, string, number, string][] = [
      [Buffer.from('{"name":"x"}'), 'application/json', 415, 'IMPORT.UNSUPPORTED_TYPE'],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png', 415, 'IMPORT.UNSUPPORTED_TYPE'],
      [Buffer.alloc(0), 'text/csv', 400, 'IMPORT.EMPTY'],
      [
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'application/vnd.ms-excel',
        400,
        'IMPORT.UNREADABLE',
      ],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), XLSX, 400, 'IMPORT.UNREADABLE'],
      [Buffer.from('%PDF-1.7\u0000\u0001'), 'text/csv', 400, 'IMPORT.UNREADABLE'],
      [utf8BomCsv(['Nom de la structure;Type']), 'text/csv', 400, 'IMPORT.EMPTY'],
      [utf8BomCsv(['Colonne A;Colonne B', 'x;y']), 'text/csv', 400, 'IMPORT.NO_HEADER'],
    ];
    for (const [file, type, status, code] of cases) {
      const response = await staff.request('POST', `/api/orgs/${org.id}/partners/imports`, file, {
        'content-type': type,
      });
      expect({
        type,
        status: response.status,
        code: (response.body as ImportBatch & { error: { code: string } }).error?.code,
      }).toEqual({
        type,
        status,
        code,
      });
    }
  });

  it('names the missing columns: a partner needs its type, a participant a group (column or choice)', async () => {
    const partners = await upload(
      org.members.coordinator,
      org.id,
      'partners',
      utf8BomCsv(['Nom;Adresse', 'Mairie;1 rue Haute']),
    );
    expect(partners.status).toBe(400);
    expect(partners.body).toMatchObject({
      error: {
        code: 'IMPORT.MISSING_COLUMNS',
        fields: [{ path: 'body.columns.type', message: 'Missing column' }],
        details: { missing: ['type'], found: ['Nom', 'Adresse'] },
      },
    });
    const participants = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      utf8BomCsv(['Prénom', 'Léa']),
    );
    expect(participants.body).toMatchObject({
      error: { code: 'IMPORT.MISSING_COLUMNS', details: { missing: ['group'] } },
    });
  });

  it('checks the group chosen for the file', async () => {
    const file = utf8BomCsv(['Prénom', 'Léa']);
    const unknown = await upload(org.members.coordinator, org.id, 'participants', file, {
      groupId: '00000000-0000-4000-8000-000000000001',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: { code: 'IMPORT.UNKNOWN_GROUP', fields: [{ path: 'querystring.groupId' }] },
    });
    const audience = await buildGroup(org.members.coordinator, org.id, {
      name: 'Public du concert',
      kind: 'audience',
      listedIndividually: false,
    });
    const counted = await upload(org.members.coordinator, org.id, 'participants', file, {
      groupId: audience.id,
    });
    expect(counted.body).toMatchObject({ error: { code: 'PARTICIPANT.GROUP_COUNTED_ONLY' } });
    const partners = await upload(org.members.coordinator, org.id, 'partners', partnersFile, {
      groupId: audience.id,
    });
    expect(partners.status).toBe(400);
  });

  it('refuses files over 10 MB or 50,000 lines with 413', async () => {
    const many = utf8BomCsv([
      'Nom de la structure;Type',
      ...Array.from({ length: MAX_IMPORT_LINES + 1 }, (_, i) => `M${i};Mairie`),
    ]);
    const lines = await upload(org.members.coordinator, org.id, 'partners', many);
    expect(lines.status).toBe(413);
    expect(lines.body).toMatchObject({
      error: { code: 'IMPORT.TOO_MANY_LINES', details: { lines: MAX_IMPORT_LINES + 1 } },
    });
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a');
    const bytes = await upload(org.members.coordinator, org.id, 'partners', big);
    expect(bytes.status).toBe(413);
    expect(bytes.body).toMatchObject({ error: { code: 'IMPORT.TOO_LARGE' } });
    expect(await partnersCount()).toBe(0);
  });

  it('reports a quote never closed and cells beyond the last column on their line', async () => {
    const file = utf8BomCsv([
      'Nom de la structure;Type',
      'Mairie;Mairie;en trop',
      '"Mairie de Corbigny;Mairie',
      'École;École',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'partners', file);
    const issues = batch.rows.items.flatMap((row) => row.issues);
    expect(
      issues.filter((i) => i.column === null).map(({ line, code }) => ({ line, code })),
    ).toEqual([
      { line: 2, code: 'extraCells' },
      { line: 3, code: 'unclosedQuote' },
    ]);
    // The rest of the file went into the open quote: the line cannot be applied.
    expect(batch.rows.items.map((row) => row.status)).toEqual(['error', 'error']);
  });

  it('lets admins and coordinators import, no one else', async () => {
    for (const role of ['viewer', 'relay', 'artist'] as const) {
      const response = await upload(org.members[role], org.id, 'partners', partnersFile);
      expect({ role, status: response.status }).toEqual({ role, status: 403 });
    }
    expect((await upload(org.members.admin, org.id, 'partners', partnersFile)).status).toBe(201);
  });

  it('discards a preview: it can no longer be applied, and its lines are gone', async () => {
    const { batch } = await upload(org.members.coordinator, org.id, 'partners', partnersFile);
    const discarded = await org.members.coordinator.delete(
      `/api/orgs/${org.id}/imports/${batch.id}`,
    );
    expect(discarded.status).toBe(204);
    const read = await org.members.coordinator.get(`/api/orgs/${org.id}/imports/${batch.id}`);
    expect(read.body).toMatchObject({
      status: 'discarded',
      canApply: false,
      rows: { items: [], total: 0 },
    });
    expect((await apply(org.members.coordinator, org.id, batch)).body).toMatchObject({
      error: { code: 'IMPORT.NOT_PREVIEWED' },
    });
    expect(await partnersCount()).toBe(0);
  });
});
