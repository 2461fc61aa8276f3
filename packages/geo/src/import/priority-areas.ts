// Importer for the official list of priority neighbourhoods of city policy (QPV) and their communes.

import type { DataSource } from '../types';
import { readCsvTable } from './csv';
import { field, headerKey, issue, mapColumns, normalizeCommuneCode } from './fields';
import {
  fileError,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  yearFrom,
} from './result';

export type PriorityAreaRecord = {
  /** QPV code: `QN06099M` (2024 generation), `QP075001` (2015 generation). */
  code: string;
  name: string;
  /** INSEE codes as published; a neighbourhood may straddle several communes. */
  communeCodes: string[];
};

// ANCT "Liste des quartiers prioritaires de la politique de la ville 2024" (code_qp; lib_qp;
// insee_reg; lib_reg; insee_dep; lib_dep; insee_com; lib_com; siren_epci; lib_epci) and the
// INSEE QPV population files (CODEQPV; LIBQPV; … LISTEDEPCOM; LISTELIBDEPCOM).
const COLUMNS = {
  code: ['code_qp', 'codeqpv', 'code_qpv', 'code_quartier'],
  name: ['lib_qp', 'nom_qp', 'libqpv', 'lib_qpv', 'nom_qpv'],
  communes: ['insee_com', 'listedepcom', 'commune_qp', 'code_insee', 'depcom'],
} as const;

type Layout = 'anct-liste-qp' | 'insee-qpv';

const SOURCES: Record<Layout, Omit<DataSource, 'year'>> = {
  'anct-liste-qp': {
    name: 'Liste des quartiers prioritaires de la politique de la ville (QPV)',
    publisher: 'ANCT (Agence nationale de la cohésion des territoires)',
    licence: 'Licence Ouverte 2.0',
  },
  'insee-qpv': {
    name: 'Données sur les quartiers de la politique de la ville (QPV)',
    publisher: 'INSEE',
    licence: 'Licence Ouverte 2.0',
  },
};

const AREA_CODE = /^Q[A-Z][0-9A-Z]{4,8}$/;

function layoutOf(fields: readonly string[]): Layout | null {
  const keys = new Set(fields.map(headerKey));
  const has = (names: readonly string[]) => names.some((n) => keys.has(headerKey(n)));
  if (!has(COLUMNS.code) || !has(COLUMNS.communes)) return null;
  return keys.has('codeqpv') ? 'insee-qpv' : 'anct-liste-qp';
}

/**
 * The commune codes of one field: spreadsheets publish them as text formulas (`="60057"`),
 * several per neighbourhood separated by `;`, `,` or `|`.
 *
 * @example splitCommuneCodes('="13055;13070"') // ['13055', '13070']
 */
export function splitCommuneCodes(value: string): string[] {
  return value
    .replace(/^="?|"$/g, '')
    .split(/[;,|\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/**
 * Parses the list of priority neighbourhoods (QPV) with the communes they lie in, in the ANCT
 * list layout or the INSEE layout (detected from the header). A neighbourhood listed on several
 * lines (one per commune) is merged. Any invalid code is a line error: the file then applies
 * not at all.
 *
 * @example parsePriorityAreas(text, { fileName: 'liste-quartiers-prioritaires-2024.csv' }).records[0]?.communeCodes
 */
export function parsePriorityAreas(
  text: string,
  options: ImportOptions = {},
): ImportResult<PriorityAreaRecord> {
  const table = readCsvTable(text, (fields) => layoutOf(fields) !== null);
  const layout = table ? layoutOf(table.header) : null;
  const year = yearFrom(options);
  const source: DataSource = {
    ...SOURCES[layout ?? 'anct-liste-qp'],
    year: year ?? 0,
    fileName: options.fileName,
  };
  if (!table || !layout) {
    return fileError('unknownLayout', 'No code_qp / insee_com header', source, 'unknown');
  }
  if (!year)
    return fileError('missingYear', 'Data year not given nor in file name', source, layout);
  const col = mapColumns(table.header, COLUMNS);
  const errors: ImportIssue[] = [];
  const byCode = new Map<string, PriorityAreaRecord>();
  for (const { line, fields } of table.rows) {
    const rawCode = field(fields, col.code);
    const code = rawCode?.replace(/^="?|"$/g, '').toUpperCase();
    if (!code || !AREA_CODE.test(code)) {
      errors.push(issue(line, 'invalidAreaCode', 'code_qp', rawCode, 'Not a QPV code'));
      continue;
    }
    const name = field(fields, col.name);
    if (!name) {
      errors.push(issue(line, 'missingName', 'lib_qp', code, 'Neighbourhood without a name'));
      continue;
    }
    const rawCommunes = splitCommuneCodes(field(fields, col.communes) ?? '');
    const communeCodes = rawCommunes.map((c) => normalizeCommuneCode(c));
    const bad = rawCommunes.find((_, i) => !communeCodes[i]);
    if (rawCommunes.length === 0 || bad !== undefined) {
      errors.push(
        issue(line, 'invalidCommuneCode', 'insee_com', bad ?? '', 'Not an INSEE commune code'),
      );
      continue;
    }
    const record = byCode.get(code) ?? { code, name, communeCodes: [] };
    for (const c of communeCodes as string[]) {
      if (!record.communeCodes.includes(c)) record.communeCodes.push(c);
    }
    byCode.set(code, record);
  }
  return {
    ok: errors.length === 0,
    records: [...byCode.values()],
    errors,
    warnings: [],
    source,
    layout,
    linesRead: table.rows.length,
  };
}
