import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectSeparator, neutraliseFormula, readCsv, writeCsv } from './csv';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('writeCsv', () => {
  test('writes a BOM, semicolons, CRLF and the decimal mark asked for', () => {
    expect(
      writeCsv(
        [
          ['kg', 'note'],
          [1.5, 'a;b'],
        ],
        { decimalMark: ',' },
      ),
    ).toBe('\uFEFFkg;note\r\n1,5;"a;b"\r\n');
    expect(writeCsv([[1.5, null]], { decimalMark: '.' })).toBe('\uFEFF1.5;\r\n');
  });

  test('prefixes text cells that start like a formula, never numbers', () => {
    const text = writeCsv([['=SUM(A1:A9)', '+33 6', '-5', '@user', '\tx', 'plain', -5]], {
      decimalMark: ',',
    });
    expect(readCsv(text, { separator: ';' }).rows[0]!.cells).toEqual([
      "'=SUM(A1:A9)",
      "'+33 6",
      "'-5",
      "'@user",
      "'\tx",
      'plain',
      '-5',
    ]);
  });

  test('writes a formatted number as it is, a negative percentage without the formula prefix', () => {
    const text = writeCsv([[{ formatted: '-12,5%' }, { formatted: '01/09/2025' }, '-12,5%']], {
      decimalMark: ',',
    });
    expect(text).toBe("\uFEFF-12,5%;01/09/2025;'-12,5%\r\n");
  });

  test('any text round-trips through the writer and the reader, prefixed when formula-like', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }),
        (cells) => {
          const text = writeCsv([[...cells, 'end']], { decimalMark: ',' });
          const [row] = readCsv(text, { separator: ';' }).rows;
          expect(row!.cells).toEqual([...cells.map(neutraliseFormula), 'end']);
          for (const cell of row!.cells) expect(FORMULA_START.test(cell)).toBe(false);
        },
      ),
    );
  });
});

describe('readCsv', () => {
  test('guesses the separator, keeps quoted separators and numbers rows by their first line', () => {
    const { separator, rows } = readCsv(
      '\uFEFFPrénom;Nom\r\n\r\nLéa;"Dupont;\r\nB."\r\nZoé;Roux\r\n',
    );
    expect(separator).toBe(';');
    expect(rows).toEqual([
      { line: 1, cells: ['Prénom', 'Nom'] },
      { line: 3, cells: ['Léa', 'Dupont;\r\nB.'] },
      { line: 5, cells: ['Zoé', 'Roux'] },
    ]);
  });

  test('reads one column when no separator appears, and flags an unclosed quote', () => {
    expect(detectSeparator('nom\nLuzy\n')).toBeNull();
    expect(readCsv('nom\nLuzy\n').rows.map((r) => r.cells)).toEqual([['nom'], ['Luzy']]);
    expect(readCsv('a,b\n"open,c\n').rows[1]).toMatchObject({ line: 2, unclosedQuote: true });
  });
});
