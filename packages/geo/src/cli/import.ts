// Import command: reads official open-data files, reports line by line, saves an overlay.
// Usage: npm run import -w @tutti/geo -- --centres communes-france-2025.csv
//          [--density grille_densite_7_niveaux_2024.csv] [--facilities basilic.csv]
//          [--year 2025] [--facilities-year 2024] [--out geo-overlay.json]
// A file's year comes from --<file>-year, else --year, else a 20xx number in its name.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { type CommuneDataset, coverageStats } from '../communes/dataset';
import { loadCommuneDataset } from '../communes/load.node.js';
import {
  type ApplyOutcome,
  applyCommuneCentres,
  applyDensityGrid,
  placeFacilities,
} from '../import/apply';
import { parseCommuneCentres } from '../import/commune-centres';
import { parseDensityGrid } from '../import/density-grid';
import { parseFacilities } from '../import/facilities';
import { buildOverlay } from '../import/overlay';
import type { ImportResult } from '../import/result';

/** UTF-8 (BOM or not); files saved by a spreadsheet in Windows-1252 are detected and decoded. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

function report<T>(label: string, result: ImportResult<T>): boolean {
  const s = result.source;
  console.log(
    `\n${label}: ${s.name} (${s.publisher}, ${s.licence}, ${s.year}), layout ${result.layout}`,
  );
  console.log(
    `  ${result.linesRead} lines read, ${result.records.length} records, ${result.errors.length} errors, ${result.warnings.length} warnings`,
  );
  for (const e of result.errors.slice(0, 50)) {
    console.log(
      `  line ${e.line}: ${e.code}${e.column ? ` [${e.column}]` : ''}${e.value ? ` "${e.value}"` : ''} ${e.message}`,
    );
  }
  if (result.errors.length > 50) console.log(`  … ${result.errors.length - 50} more errors`);
  return result.ok;
}

function share(dataset: CommuneDataset): string {
  const fr = coverageStats(dataset).find((s) => s.country === 'FR');
  return `${((fr?.approximateShare ?? 0) * 100).toFixed(1)} %`;
}

const { values } = parseArgs({
  options: {
    centres: { type: 'string' },
    density: { type: 'string' },
    facilities: { type: 'string' },
    year: { type: 'string' },
    'centres-year': { type: 'string' },
    'density-year': { type: 'string' },
    'facilities-year': { type: 'string' },
    out: { type: 'string' },
  },
});
const optionsFor = (path: string, fileYear: string | undefined) => {
  const year = fileYear ?? values.year;
  return { year: year ? Number(year) : undefined, fileName: basename(path) };
};

const { dataset: initial } = loadCommuneDataset();
let dataset = initial;
let ok = true;
const outcomes: ApplyOutcome[] = [];
if (values.centres) {
  const result = parseCommuneCentres(
    readText(values.centres),
    optionsFor(values.centres, values['centres-year']),
  );
  ok = report('Commune centres', result) && ok;
  if (ok) outcomes.push(applyCommuneCentres(dataset, result));
  dataset = outcomes.at(-1)?.dataset ?? dataset;
}
if (values.density) {
  const result = parseDensityGrid(
    readText(values.density),
    optionsFor(values.density, values['density-year']),
  );
  ok = report('Density grid', result) && ok;
  if (ok) outcomes.push(applyDensityGrid(dataset, result));
  dataset = outcomes.at(-1)?.dataset ?? dataset;
}
const facilities = values.facilities
  ? parseFacilities(
      readText(values.facilities),
      optionsFor(values.facilities, values['facilities-year']),
    )
  : undefined;
if (facilities) ok = report('Cultural facilities', facilities) && ok;

if (!ok) {
  console.error('\nImport refused: fix the lines above; nothing was applied (all lines or none).');
  process.exit(1);
}
for (const o of outcomes) {
  console.log(
    `Applied: ${o.updated} communes updated, ${o.unknownCommunes.length} codes unknown to the reference`,
  );
}
const placed = facilities
  ? placeFacilities(dataset, facilities.records)
  : { placed: [], unplaced: [] };
if (facilities) {
  const live = placed.placed.filter((f) => f.hostsLiveMusic).length;
  console.log(
    `Facilities: ${placed.placed.length} placed (${live} with live music), ${placed.unplaced.length} without any position`,
  );
}
console.log(`Approximate French positions: ${share(initial)} before, ${share(dataset)} after`);
if (values.out) {
  writeFileSync(values.out, JSON.stringify(buildOverlay(initial, dataset, placed.placed)));
  console.log(
    `Overlay written to ${values.out}; load it with loadCommuneDataset({ overlayPath }).`,
  );
}
