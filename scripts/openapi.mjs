// The API contract as a file: `write` regenerates the web app's types from the document the API
// serves (`npm run api:types`); `check` lints that document with Redocly and fails when the
// committed types no longer match it (`npm run lint:openapi`, part of `npm run lint`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const mode = process.argv[2];
if (mode !== 'write' && mode !== 'check') {
  console.error('Usage: node scripts/openapi.mjs write|check');
  process.exit(2);
}

const outDir = join(root, '.tutti', 'openapi');
const documentFile = join(outDir, 'openapi.json');
const typesFile = join(root, 'packages', 'api-types', 'openapi.d.ts');
const freshTypesFile = mode === 'write' ? typesFile : join(outDir, 'openapi.d.ts');

// Redocly's CLI reports usage and looks for updates over the network unless told not to.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

mkdirSync(outDir, { recursive: true });
run('npx', ['tsx', 'apps/api/src/cli/openapi.ts', documentFile]);
if (mode === 'check') run('npx', ['redocly', 'lint', documentFile, '--format=stylish']);
// openapi-typescript lives in packages/api-types, next to the TypeScript 5 it needs.
run(join(root, 'packages', 'api-types', 'node_modules', '.bin', 'openapi-typescript'), [
  documentFile,
  '--output',
  freshTypesFile,
  // A request may leave out a field that has a default; answers list it as required anyway.
  '--default-non-nullable',
  'false',
]);
if (mode === 'check' && readFileSync(freshTypesFile, 'utf8') !== readFileSync(typesFile, 'utf8')) {
  console.error(
    'packages/api-types/openapi.d.ts is out of date with the API: run `npm run api:types` and commit it.',
  );
  process.exit(1);
}
