// Prints what the first page costs, gzipped: the entry chunk, its preloads and the French strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const entry = html.match(/<script type="module"[^>]*src="\/([^"]+\.js)"/)?.[1];
if (!entry)
  throw new Error('dist/index.html has no module script: run `npm run build -w @tutti/web` first');
const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g)].map(
  (match) => match[1],
);

const sizes = (path) => {
  const content = readFileSync(join(dist, path));
  return {
    file: path,
    rawKb: content.length / 1000,
    gzipKb: gzipSync(content, { level: 9 }).length / 1000,
  };
};
const rows = [entry, ...preloads].map(sizes);
const kb = (value) => `${value.toFixed(1).padStart(7)} kB`;

for (const row of rows)
  console.log(`${row.file.padEnd(40)} ${kb(row.rawKb)} raw ${kb(row.gzipKb)} gzip`);
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.rawKb, gzip: sum.gzip + row.gzipKb }),
  {
    raw: 0,
    gzip: 0,
  },
);
console.log(`${'entry chunk'.padEnd(40)} ${kb(rows[0].rawKb)} raw ${kb(rows[0].gzipKb)} gzip`);
console.log(`${'first page, all scripts'.padEnd(40)} ${kb(total.raw)} raw ${kb(total.gzip)} gzip`);

// The strings of one language are downloaded before the first paint too, French by default.
const french = readdirSync(join(dist, 'assets')).find((name) => /^strings-fr-.*\.js$/.test(name));
if (french) {
  const strings = sizes(`assets/${french}`);
  console.log(`${strings.file.padEnd(40)} ${kb(strings.rawKb)} raw ${kb(strings.gzipKb)} gzip`);
  console.log(
    `${'first paint in French'.padEnd(40)} ${kb(total.raw + strings.rawKb)} raw ${kb(total.gzip + strings.gzipKb)} gzip`,
  );
}
