// The limits of one import: a zip bomb, too many lines, columns or characters, a worker out of
// memory, and imports of one organisation at once, each refused with a 4xx naming the limit,
// while the server keeps answering.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  MAX_IMPORT_CELL_CHARS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_INFLATED_BYTES,
} from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload, utf8BomCsv, XLSX, xlsxFile } from '../../testing/import-files';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { manyRowsXlsx, zipBombXlsx } from '../../testing/xlsx-bombs';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
let tooLong: Buffer;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator']);
  other = await buildOrganisation(t, ['coordinator']);
  // Read up to the line past the limit, like a million-row file: what comes after is never read.
  tooLong = await manyRowsXlsx(60_000);
}, 120_000);
afterAll(() => t.close());

const errorOf = (response: { body: unknown }) =>
  (response.body as { error: { code: string; message: string; details: Record<string, unknown> } })
    .error;

describe('import limits', () => {
  it('refuses a zip bomb from its declared size, and one that lies about it while inflating', async () => {
    const staff = org.members.coordinator;
    const honest = await zipBombXlsx(8 * 1024 * 1024, {
      declaredBytes: MAX_IMPORT_INFLATED_BYTES + 50 * 1024 * 1024,
    });
    expect(honest.length).toBeLessThan(100 * 1024);
    const refused = await upload(staff, org.id, 'partners', honest, { type: XLSX });
    expect(refused.status).toBe(413);
    expect(errorOf(refused)).toMatchObject({
      code: 'IMPORT.INFLATED_TOO_LARGE',
      details: { limit: 'inflatedBytes', maxBytes: MAX_IMPORT_INFLATED_BYTES },
    });
    expect(errorOf(refused).message).toMatch(/150 MB/);
    // Refused before inflating: the size named is the one declared, nothing was spent on it.
    expect(errorOf(refused).details.bytes).toBeGreaterThan(MAX_IMPORT_INFLATED_BYTES);

    const liar = await zipBombXlsx(8 * 1024 * 1024, { declaredBytes: 1024 });
    const caught = await upload(staff, org.id, 'partners', liar, { type: XLSX });
    expect(caught.status).toBe(413);
    expect(errorOf(caught).code).toBe('IMPORT.INFLATED_TOO_LARGE');
    // Inflating stopped as soon as the part outgrew what it declared (1 kB), far below 8 MB.
    expect(errorOf(caught).details.bytes).toBeLessThan(1024 * 1024);
  });

  it('refuses too many lines, too many columns and an oversized cell, naming the limit and the line', async () => {
    const staff = org.members.coordinator;
    const lines = await upload(staff, org.id, 'partners', tooLong, { type: XLSX });
    expect(lines.status).toBe(413);
    expect(errorOf(lines)).toMatchObject({
      code: 'IMPORT.TOO_MANY_LINES',
      details: { limit: 'lines', maxLines: 50_000, line: 50_011 },
    });

    const wide = ['Nom;Type', `Mairie;Mairie${';'.repeat(MAX_IMPORT_COLUMNS - 1)}x`];
    const columns = await upload(staff, org.id, 'partners', utf8BomCsv(wide));
    expect(columns.status).toBe(422);
    expect(errorOf(columns)).toMatchObject({
      code: 'IMPORT.TOO_MANY_COLUMNS',
      details: { limit: 'columns', maxColumns: MAX_IMPORT_COLUMNS, line: 2, column: 201 },
    });

    const long = 'x'.repeat(MAX_IMPORT_CELL_CHARS + 1);
    const csvCell = await upload(
      staff,
      org.id,
      'partners',
      utf8BomCsv(['Nom;Type', `${long};Mairie`]),
    );
    const xlsxCell = await upload(
      staff,
      org.id,
      'partners',
      await xlsxFile([
        ['Nom', 'Type'],
        ['Mairie', 'Mairie'],
        ['Mairie', long],
      ]),
      { type: XLSX },
    );
    expect([csvCell.status, xlsxCell.status]).toEqual([422, 422]);
    expect(errorOf(csvCell)).toMatchObject({
      code: 'IMPORT.CELL_TOO_LONG',
      details: {
        limit: 'cellCharacters',
        maxCharacters: MAX_IMPORT_CELL_CHARS,
        line: 2,
        column: 1,
      },
    });
    expect(errorOf(xlsxCell).details).toMatchObject({ line: 3, column: 2 });
  });

  it('reads an upload sent over a real connection, stopping at the line limit', async () => {
    // Injected requests carry a light stream; a real one holds the socket and the server, which
    // a request-wide check once walked field by field, hanging the server (found on the build).
    const origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${origin}/api/orgs/${org.id}/partners/imports?fileName=p.xlsx`, {
      method: 'POST',
      headers: { ...org.members.coordinator.authHeaders, 'content-type': XLSX },
      body: new Uint8Array(tooLong),
    });
    expect(response.status).toBe(413);
    expect(errorOf({ body: await response.json() })).toMatchObject({
      code: 'IMPORT.TOO_MANY_LINES',
      details: { limit: 'lines', maxLines: 50_000, line: 50_011 },
    });
  });

  it('keeps answering /healthz while a long file is read, and refuses a second import of the organisation with 429', async () => {
    const staff = org.members.coordinator;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let answered = false;
    // Two uploads of one organisation at once: whichever reaches the slot first is read, the
    // other is refused at once.
    const both = Promise.all([
      upload(staff, org.id, 'partners', tooLong, { type: XLSX }),
      upload(staff, org.id, 'partners', tooLong, { type: XLSX }),
    ]).finally(() => {
      answered = true;
    });
    const otherOrganisation = upload(other.members.coordinator, other.id, 'partners', tooLong, {
      type: XLSX,
    });
    let healthyWhileReading = 0;
    while (!answered) {
      // One probe per turn of the event loop (an injected request alone never gives one up).
      await new Promise((resolve) => setImmediate(resolve));
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
      if (!answered) healthyWhileReading++;
    }
    delay.disable();
    const answers = await both;
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(1);
    expect(errorOf(refused[0]!)).toMatchObject({
      code: 'IMPORT.BUSY',
      details: { limit: 'importsPerOrganisation', max: 1 },
    });
    const read = answers.find((answer) => answer.status !== 429)!;
    expect(errorOf(read).code).toBe('IMPORT.TOO_MANY_LINES');
    expect(errorOf(await otherOrganisation).code).toBe('IMPORT.TOO_MANY_LINES');
    // Read on the main thread, the file held the event loop for seconds and no probe got through.
    expect(healthyWhileReading).toBeGreaterThan(3);
    console.info(`event-loop delay while reading: max ${Math.round(delay.max / 1e6)} ms`);
  });
});

describe('an import worker out of memory', () => {
  let small: TestApp;
  beforeAll(async () => {
    // 24 MB: under it a worker cannot even read a two-line file since today's larger contracts
    // (16 MB refused one), above it the 49,000-row workbook fits (32 MB accepted it).
    small = await startTestApp({ TUTTI_IMPORT_MEMORY_MB: '24' });
  }, 60_000);
  afterAll(() => small.close());

  it('is a clean 422 naming the memory limit, and the server goes on importing', async () => {
    const mine = await buildOrganisation(small, ['coordinator']);
    const staff = mine.members.coordinator;
    const refused = await upload(staff, mine.id, 'partners', await manyRowsXlsx(49_000), {
      type: XLSX,
    });
    expect(refused.status).toBe(422);
    expect(errorOf(refused)).toMatchObject({
      code: 'IMPORT.TOO_COMPLEX',
      details: { limit: 'memoryMb', maxMemoryMb: 24 },
    });
    const health = await small.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const file = utf8BomCsv(['Nom;Type', 'Mairie de Lormes;Mairie']);
    expect((await upload(staff, mine.id, 'partners', file)).status).toBe(201);
  }, 120_000);
});
