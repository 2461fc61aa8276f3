// `npm run territories:import -- --centres F --density F --facilities F --priority-areas F [--year N]`:
// imports official territorial files into the configured database, all files or none.
// A file's year comes from --<file>-year, else --year, else a 20xx number in its name.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ReferenceImportKind } from '@tutti/contracts';
import { formatImportReport } from '../modules/communes/reference-import.report';
import {
  type ImportFiles,
  importReferenceFiles,
} from '../modules/communes/reference-import.service';
import { decodeReferenceText } from '../modules/communes/reference-prepare';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const FILE_OPTIONS: Record<string, ReferenceImportKind> = {
  centres: 'commune-centres',
  density: 'density-grid',
  facilities: 'cultural-facilities',
  'priority-areas': 'priority-areas',
};

const USAGE = `Usage: npm run territories:import -- [--centres communes-france-2025.csv]
  [--density grille_densite_7_niveaux_2024.csv] [--facilities basilic.csv]
  [--priority-areas liste-quartiers-prioritaires-2024.csv] [--year N] [--<file>-year N]`;

/** UTF-8 with or without BOM, or Windows-1252 as a spreadsheet may save it. */
const readText = (path: string) => decodeReferenceText(readFileSync(path));

function yearOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new Error(`--${name} must be a year such as 2024, not "${value}"`);
  }
  return year;
}

function filesFromArguments(args: string[]): ImportFiles {
  const options = Object.fromEntries(
    Object.keys(FILE_OPTIONS).flatMap((name) => [
      [name, { type: 'string' }],
      [`${name}-year`, { type: 'string' }],
    ]),
  ) as Record<string, { type: 'string' }>;
  const { values } = parseArgs({ args, options: { ...options, year: { type: 'string' } } });
  const all = values as Record<string, string | undefined>;
  const year = yearOption(all.year, 'year');
  const files: ImportFiles = {};
  for (const [name, kind] of Object.entries(FILE_OPTIONS)) {
    const path = all[name];
    if (!path) continue;
    files[kind] = {
      text: readText(path),
      fileName: basename(path),
      year: yearOption(all[`${name}-year`], `${name}-year`) ?? year,
    };
  }
  if (Object.keys(files).length === 0) throw new Error('Give at least one file to import.');
  return files;
}

let files: ImportFiles;
try {
  files = filesFromArguments(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const database = await openConfiguredDatabase(loadConfig());
try {
  const run = await importReferenceFiles({ database, files });
  console.log(formatImportReport(run).join('\n'));
  process.exitCode = run.ok ? 0 : 1;
} finally {
  await database.close();
}
