// Builds the committed commune files from the official boundaries (IGN Admin Express GeoJSON, one
// file per department): data/communes-fr/centres.json and data/communes-fr/shapes/<department>.json.
// Usage: npm run build:communes -w @tutti/geo [-- --source DIR] [--out DIR]
//          [--min-weight 1e-9] [--quantization 10000]
// The product never reads the source folder: only the files written here, committed.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BoundaryFeature, buildCommuneShapes } from '../build/communes-fr';
import type { RawCommune } from '../communes/decoupage';
import { ADMIN_EXPRESS_SOURCE, type CommuneFilesIndex } from '../communes/official';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: '../../../shared/reference/communes-fr-2018' },
    out: { type: 'string', default: 'data/communes-fr' },
    'min-weight': { type: 'string', default: '1e-9' },
    quantization: { type: 'string', default: '10000' },
  },
});

const started = performance.now();
const sourceDir = resolve(values.source);
const outDir = resolve(values.out);
const files = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.geojson'))
  .sort();
if (files.length === 0) throw new Error(`No .geojson file in ${sourceDir}`);
const features: BoundaryFeature[] = files.flatMap(
  (name) => JSON.parse(readFileSync(join(sourceDir, name), 'utf8')).features,
);
const require = createRequire(import.meta.url);
const communes = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
) as RawCommune[];
console.log(`Read ${features.length} communes from ${files.length} files in ${sourceDir}`);

const minWeight = Number(values['min-weight']);
const quantization = Number(values.quantization);
const built = buildCommuneShapes({ features, communes, minWeight, quantization });

const shapesDir = join(outDir, 'shapes');
rmSync(shapesDir, { recursive: true, force: true });
mkdirSync(shapesDir, { recursive: true });
const departments: CommuneFilesIndex['departments'] = {};
let bytes = 0;
let gzipBytes = 0;
for (const d of built.departments) {
  const text = JSON.stringify(d.topology);
  const gz = gzipSync(text, { level: 9 }).length;
  writeFileSync(join(shapesDir, `${d.department}.json`), text);
  departments[d.department] = { communes: d.communes, bytes: text.length, gzipBytes: gz };
  bytes += text.length;
  gzipBytes += gz;
}
const index: CommuneFilesIndex = {
  source: ADMIN_EXPRESS_SOURCE,
  build: { minWeight, quantization },
  columns: ['code', 'lat', 'lon'],
  centres: built.centres.map((c) => [c.code, c.lat, c.lon]),
  merged: built.merged,
  withoutShape: built.withoutShape,
  departments,
};
// One centre per line: readable diffs when the boundaries are rebuilt.
const centresText = `{\n${Object.entries(index)
  .map(([key, value]) =>
    key === 'centres'
      ? `"centres": [\n${index.centres.map((row) => JSON.stringify(row)).join(',\n')}\n]`
      : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  )
  .join(',\n')}\n}\n`;
writeFileSync(join(outDir, 'centres.json'), centresText);
const centresGzip = gzipSync(centresText, { level: 9 }).length;

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const largest = Object.entries(departments).sort((a, b) => b[1].gzipBytes - a[1].gzipBytes)[0];
console.log(
  [
    `${built.centres.length} current communes placed, ${Object.keys(built.merged).length} of them merged or renumbered since the boundaries' year`,
    `${built.withoutShape.length} current communes without a shape of their own: ${built.withoutShape.map((c) => `${c.code} ${c.name}`).join(', ')}`,
    `centres.json: ${kb(centresText.length)}, ${kb(centresGzip)} gzipped`,
    `shapes: ${built.departments.length} departments, ${kb(bytes)}, ${kb(gzipBytes)} gzipped; largest ${largest?.[0]} ${kb(largest?.[1].gzipBytes ?? 0)} gzipped`,
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ].join('\n'),
);
