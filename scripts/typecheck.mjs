// Type-checks every workspace with its own tsconfig (server code without DOM types, web with them).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const projects = ['apps', 'packages']
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(group, name)))
  .concat(['e2e'])
  .filter((dir) => existsSync(join(root, dir, 'tsconfig.json')));

let failed = false;
for (const project of projects) {
  const result = spawnSync('npx', ['tsc', '-p', join(project, 'tsconfig.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed = true;
    console.error(`Type errors in ${project}`);
  }
}
if (failed) process.exit(1);
console.log(`Types check in ${projects.length} workspaces.`);
