import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExportTable, exportCsv, exportXlsx, typed } from './export-table';

const table: ExportTable = {
  name: 'Séances',
  header: ['Date', 'Mois', 'Début', 'Heures', 'Taux', 'p', 'p faible', 'Rural', 'Personnes'],
  rows: [
    [
      typed.date('2025-09-01'),
      typed.month('2025-09'),
      typed.dateTime('2026-01-10 11:00'),
      1.5,
      typed.percent(0.875),
      typed.pValue(0.0423),
      typed.pValue(0.0004),
      true,
      '< 5',
    ],
    [null, typed.month('2025-10'), null, 2, typed.percent('< 5'), null, null, false, 12],
  ],
};

async function readBack(locale: 'fr' | 'en' | 'de') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx([table], locale)) as unknown as ArrayBuffer);
  return workbook.getWorksheet('Séances')!;
}

describe('export tables', () => {
  it('writes dates, months, numbers and percentages as typed XLSX cells with formats', async () => {
    const sheet = await readBack('fr');
    const row = sheet.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(1).value).toEqual(new Date('2025-09-01T00:00:00Z'));
    expect(row.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(2).numFmt).toBe('mm/yyyy');
    expect(row.getCell(3).value).toEqual(new Date('2026-01-10T11:00:00Z'));
    expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(5)).toMatchObject({ value: 0.875, numFmt: '0.0%' });
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(6)).toMatchObject({ value: 0.042, numFmt: '0.000' });
    expect(row.getCell(7).value).toBe('< 0,001');
    expect(row.getCell(8).value).toBe('oui');
    expect(row.getCell(9).value).toBe('< 5');
    // A hidden rate stays its words; a count stays a number.
    expect(sheet.getRow(3).getCell(5).value).toBe('< 5');
    expect(sheet.getRow(3).getCell(9).type).toBe(ExcelJS.ValueType.Number);
  });

  it('follows the reader’s language for date formats, yes/no and the p-value floor', async () => {
    const de = (await readBack('de')).getRow(2);
    expect(de.getCell(1).numFmt).toBe('dd.mm.yyyy');
    expect(de.getCell(7).value).toBe('< 0,001');
    expect(de.getCell(8).value).toBe('ja');
    const en = (await readBack('en')).getRow(2);
    expect(en.getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(en.getCell(7).value).toBe('< 0.001');
    expect(en.getCell(8).value).toBe('yes');
  });

  it('writes CSV with the locale’s dates, decimal mark, percentages and p-values', () => {
    const lines = (locale: 'fr' | 'en' | 'de') =>
      exportCsv(table, locale).toString('utf8').replace('\uFEFF', '').split('\r\n');
    expect(lines('fr')[1]).toBe(
      '01/09/2025;09/2025;10/01/2026 11:00;1,5;87,5%;0,042;< 0,001;oui;< 5',
    );
    expect(lines('fr')[2]).toBe(';10/2025;;2;< 5;;;non;12');
    expect(lines('de')[1]).toBe(
      '01.09.2025;09.2025;10.01.2026 11:00;1,5;87,5%;0,042;< 0,001;ja;< 5',
    );
    expect(lines('en')[1]).toBe(
      '2025-09-01;2025-09;2026-01-10 11:00;1.5;87.5%;0.042;< 0.001;yes;< 5',
    );
  });

  it('writes a negative percentage as a number, without the formula guard', () => {
    const csv = exportCsv({ name: 'x', header: ['Écart'], rows: [[typed.percent(-0.125)]] }, 'fr');
    expect(csv.toString('utf8')).toBe('\uFEFFÉcart\r\n-12,5%\r\n');
  });
});
