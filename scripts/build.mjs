// Builds what `npm start` serves, only when its sources changed: the API bundle and the web app.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const force = process.argv.includes('--force');

/** A fingerprint of every file under the given paths: names, sizes and modification times. */
function fingerprint(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
        visit(join(path, name));
      }
    } else {
      hash.update(`${relative(root, path)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const path of paths) visit(join(root, path));
  return hash.digest('hex');
}

function upToDate(stampFile, print) {
  return !force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === print;
}

const sharedInputs = ['packages', 'package-lock.json', 'tsconfig.base.json'];

async function buildApi() {
  const outDir = join(root, 'apps/api/dist');
  const stamp = join(outDir, '.stamp');
  const print = fingerprint([...sharedInputs, 'apps/api/src', 'apps/api/package.json']);
  if (upToDate(stamp, print)) return false;
  const esbuild = await import('esbuild');
  const workers = existsSync(join(root, 'apps/api/src/workers'))
    ? readdirSync(join(root, 'apps/api/src/workers'))
        .filter((name) => name.endsWith('.worker.ts'))
        .map((name) => `apps/api/src/workers/${name}`)
    : [];
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['apps/api/src/server.ts', ...workers],
    outdir: outDir,
    outbase: 'apps/api/src',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [
      {
        // Workspace packages are TypeScript sources and go in the bundle; npm packages stay outside.
        name: 'external-npm-packages',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@tutti/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  writeFileSync(stamp, print);
  return true;
}

function buildWeb() {
  const outDir = join(root, 'apps/web/dist');
  const stamp = join(outDir, '.stamp');
  const print = fingerprint([
    ...sharedInputs,
    'apps/web/src',
    'apps/web/public',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/package.json',
  ]);
  if (upToDate(stamp, print)) return false;
  if (!existsSync(join(root, 'apps/web/index.html'))) return false;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: join(root, 'apps/web'),
    stdio: 'inherit',
    // Always what people get: the test runner's NODE_ENV=test would make Vite build a
    // development bundle (React's development build, no service worker).
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('The web app did not build');
  writeFileSync(stamp, print);
  return true;
}

const started = performance.now();
const builtApi = await buildApi();
const builtWeb = buildWeb();
if (builtApi || builtWeb) {
  console.log(
    `Built ${[builtApi && 'API', builtWeb && 'web app'].filter(Boolean).join(' and ')} in ${Math.round(performance.now() - started)} ms`,
  );
}
