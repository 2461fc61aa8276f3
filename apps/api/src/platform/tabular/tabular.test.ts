// Reading and writing tabular files as French offices produce them, without a database.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  foldHeader,
  locateHeader,
  matchColumns,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseWholeNumber,
  readDate,
  readTable,
  toCsv,
  toXlsx,
} from './index';

const windows1252 = (text: string) =>
  Buffer.from(
    [...text].map((c) => ({ é: 0xe9, è: 0xe8, ç: 0xe7, ô: 0xf4, œ: 0x9c })[c] ?? c.charCodeAt(0)),
  );

describe('decodeText', () => {
  it('tells UTF-8 with a BOM, plain UTF-8, UTF-16 and Windows-1252 apart', () => {
    expect(decodeText(Buffer.from('\uFEFFLéa', 'utf8'))).toEqual({
      text: 'Léa',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(Buffer.from('Léa', 'utf8'))).toEqual({ text: 'Léa', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('\uFEFFLéa', 'utf16le'))).toEqual({
      text: 'Léa',
      encoding: 'utf-16le',
    });
    expect(decodeText(windows1252('Chœur de Sérès'))).toEqual({
      text: 'Chœur de Sérès',
      encoding: 'windows-1252',
    });
  });
});

describe('readTable on CSV', () => {
  it('reads semicolons, quoted separators and line breaks, and numbers rows by their first line', async () => {
    const text =
      'Prénom;Nom;Remarque\r\nLéa;"Dupont; B.";"deux\r\nlignes"\r\n\r\nJean;Martin;"dit ""Jeannot"""\r\n';
    const table = await readTable(Buffer.from(text, 'utf8'));
    expect(table.source).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
      sheetName: null,
    });
    expect(table.rows).toEqual([
      { line: 1, cells: ['Prénom', 'Nom', 'Remarque'] },
      { line: 2, cells: ['Léa', 'Dupont; B.', 'deux\r\nlignes'] },
      { line: 5, cells: ['Jean', 'Martin', 'dit "Jeannot"'] },
    ]);
  });

  it('guesses a comma separator with quoted commas, and says there is none in a one-column file', async () => {
    const commas = await readTable(
      Buffer.from('\uFEFFNom,Ville\n"Mairie, annexe",Nevers\n', 'utf8'),
    );
    expect(commas.source.separator).toBe(',');
    expect(commas.source.encoding).toBe('utf-8-bom');
    expect(commas.rows[1]!.cells).toEqual(['Mairie, annexe', 'Nevers']);
    const single = await readTable(Buffer.from('Prénom\nLéa\nJean\n', 'utf8'));
    expect(single.source.separator).toBeNull();
    expect(single.rows.map((r) => r.cells)).toEqual([['Prénom'], ['Léa'], ['Jean']]);
  });

  it('flags a quote that is never closed', async () => {
    const table = await readTable(Buffer.from('Nom;Ville\n"Mairie;Nevers\nÉcole;Clamecy\n'));
    expect(table.rows[1]!.unclosedQuote).toBe(true);
  });

  it('refuses an empty file, an old .xls and a binary file with a 4xx', async () => {
    await expect(readTable(Buffer.alloc(0))).rejects.toMatchObject({ code: 'IMPORT.EMPTY' });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readTable(xls)).rejects.toMatchObject({ code: 'IMPORT.UNREADABLE', status: 400 });
    await expect(readTable(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).rejects.toMatchObject({
      code: 'IMPORT.UNREADABLE',
    });
    await expect(readTable(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({
      code: 'IMPORT.UNREADABLE',
    });
  });
});

describe('readTable on XLSX', () => {
  it('reads the first sheet with row numbers, dates, numbers, formulas and links', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Élèves');
    sheet.addRow(['Liste des élèves']);
    sheet.addRow([]);
    sheet.addRow(['Prénom', 'Né le', 'Jauge', 'Courriel']);
    sheet.addRow(['Léa', new Date(Date.UTC(2017, 2, 5)), 120, null]);
    sheet.getCell('C4').value = { formula: '100+20', result: 120 };
    sheet.getCell('D4').value = { text: 'lea@example.test', hyperlink: 'mailto:lea@example.test' };
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table.source).toEqual({
      format: 'xlsx',
      encoding: null,
      separator: null,
      sheetName: 'Élèves',
    });
    expect(table.rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(table.rows[2]!.cells).toEqual([
      'Léa',
      new Date(Date.UTC(2017, 2, 5)),
      120,
      'lea@example.test',
    ]);
  });
});

describe('headers', () => {
  const specs = [
    { field: 'firstName', headers: ['Prénom', 'first name'] },
    { field: 'ageBand', headers: ["Tranche d'âge", 'Âge'] },
    { field: 'contactName', headers: ['Contact'], repeatable: true },
  ];

  it('folds case, accents, punctuation, units and required marks', () => {
    expect(foldHeader('  Tranche d’âge (ans) * ')).toBe('tranche d age');
    expect(foldHeader('PRENOM')).toBe('prenom');
  });

  it('maps synonyms, numbers repeated fields, and ignores unknown and repeated columns', () => {
    expect(
      matchColumns(['PRÉNOM', 'age', 'Contact', 'Contact 2', 'Téléphone', 'first name'], specs),
    ).toEqual([
      { position: 1, header: 'PRÉNOM', key: 'firstName' },
      { position: 2, header: 'age', key: 'ageBand' },
      { position: 3, header: 'Contact', key: 'contactName' },
      { position: 4, header: 'Contact 2', key: 'contactName.2' },
      { position: 5, header: 'Téléphone', key: null },
      { position: 6, header: 'first name', key: null },
    ]);
  });

  it('finds the header below a title line', () => {
    const found = locateHeader(
      [
        { line: 1, cells: ['Classe de CE1 — école Paul-Langevin'] },
        { line: 3, cells: ['Prénom', 'Âge'] },
        { line: 4, cells: ['Léa', '7'] },
      ],
      specs,
    );
    expect(found?.header.line).toBe(3);
    expect(found?.data.map((r) => r.line)).toEqual([4]);
    expect(locateHeader([{ line: 1, cells: ['x', 'y'] }], specs)).toBeNull();
  });
});

describe('values', () => {
  const today = new Date('2026-01-15T12:00:00Z');

  it('reads French, ISO, two-digit-year, XLSX and Excel-number dates, and refuses impossible ones', () => {
    expect(parseDate('05/03/2017', today)).toBe('2017-03-05');
    expect(parseDate('5.3.2017', today)).toBe('2017-03-05');
    expect(parseDate('2017-03-05', today)).toBe('2017-03-05');
    expect(parseDate('05/03/17', today)).toBe('2017-03-05');
    expect(parseDate('05/03/45', today)).toBe('1945-03-05');
    expect(parseDate(new Date(Date.UTC(2017, 2, 5)), today)).toBe('2017-03-05');
    expect(parseDate(42_799, today)).toBe('2017-03-05');
    expect(parseDate('31/02/2017', today)).toBeNull();
    expect(parseDate('mars 2017', today)).toBeNull();
  });

  it('says when reading a date took a choice: day before month, or the century of a two-digit year', () => {
    expect(readDate('05/03/2017', today)).toEqual({
      date: '2017-03-05',
      repairs: ['dateReadDayFirst'],
    });
    expect(readDate('17/03/2017', today)).toEqual({ date: '2017-03-17', repairs: [] });
    expect(readDate('03/03/2017', today)).toEqual({ date: '2017-03-03', repairs: [] });
    expect(readDate('17/03/17', today)).toEqual({ date: '2017-03-17', repairs: ['yearCompleted'] });
    expect(readDate('2017-03-05', today)).toEqual({ date: '2017-03-05', repairs: [] });
    expect(readDate(new Date(Date.UTC(2017, 2, 5)), today)?.repairs).toEqual([]);
  });

  it('reads yes and no in French, English and German, and decimal commas', () => {
    expect(['Oui', 'x', 'VRAI', 'yes', 'ja', true].map(parseBoolean)).toEqual(Array(6).fill(true));
    expect(['non', 'N', 'faux', '0', false].map(parseBoolean)).toEqual(Array(5).fill(false));
    expect(parseBoolean('')).toBeNull();
    expect(parseBoolean('peut-être')).toBeUndefined();
    expect(parseDecimal('47,0036')).toBe(47.0036);
    expect(parseDecimal('-3.52')).toBe(-3.52);
    expect(parseDecimal('1 200,5')).toBe(1200.5);
    expect(parseDecimal('N/A')).toBeNull();
    expect(parseWholeNumber('120 places')).toBe(120);
    expect(parseWholeNumber('1\u202f200')).toBe(1200);
    expect(parseWholeNumber('12,5')).toBeNull();
  });
});

describe('writing', () => {
  const sheet = {
    name: 'Lieux',
    columns: [
      { header: 'Nom du lieu', type: 'text' as const },
      { header: 'Jauge', type: 'integer' as const },
      { header: 'Latitude', type: 'decimal' as const },
      { header: 'Accès PMR', type: 'boolean' as const },
      { header: 'Le', type: 'date' as const },
    ],
    rows: [['Salle "Jean; Vilar"', 120, 47.0036, true, '2026-03-05']],
  };

  it('writes CSV for Excel in French: BOM, semicolons, quotes, decimal comma, oui, dd/mm/yyyy', () => {
    expect(toCsv(sheet).toString('utf8')).toBe(
      '\uFEFFNom du lieu;Jauge;Latitude;Accès PMR;Le\r\n"Salle ""Jean; Vilar""";120;47,0036;oui;05/03/2026\r\n',
    );
  });

  it('writes XLSX with typed cells, a bold frozen header and a filter, read back the same', async () => {
    const bytes = await toXlsx(sheet);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const written = workbook.worksheets[0]!;
    expect(written.getRow(1).font?.bold).toBe(true);
    expect(written.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(written.getCell('B2').value).toBe(120);
    expect(written.getCell('E2').value).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect(written.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    const table = await readTable(bytes);
    expect(table.rows[1]!.cells).toEqual([
      'Salle "Jean; Vilar"',
      120,
      47.0036,
      'oui',
      new Date('2026-03-05T00:00:00Z'),
    ]);
  });
});
