// The offline pack's two scripts, plain files next to this one (no build step), read once from
// the sources whether the server runs from them or from its bundle, and served with an ETag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const folder = join(
  dirname(createRequire(import.meta.url).resolve('@tutti/api/package.json')),
  'src/modules/journey-spaces/offline',
);

const read = new Map<string, { text: string; etag: string }>();

/** A script's text and its ETag: `space-sw.js` (the worker) or `space-pack.js` (the page's). */
export function packScript(name: 'space-sw.js' | 'space-pack.js') {
  let script = read.get(name);
  if (!script) {
    const text = readFileSync(join(folder, name), 'utf8');
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
    script = { text, etag };
    read.set(name, script);
  }
  return script;
}
