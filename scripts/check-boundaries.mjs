// Pure packages (planner, carbon, geo, contracts) must not import from apps/ nor do I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const purePackages = ['planner', 'carbon', 'geo', 'contracts'];
// I/O modules are allowed only in a package's CLI, bench and test files.
const ioModules = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|worker_threads)$/;
const importPattern =
  /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

const problems = [];
for (const pkg of purePackages) {
  const srcDir = join(root, 'packages', pkg, 'src');
  let files;
  try {
    files = [...sourceFiles(srcDir)];
  } catch {
    continue;
  }
  for (const file of files) {
    const rel = relative(root, file);
    const isIoAllowed = /(\.test\.ts$|\/cli\/|\/bench\/|\.node\.ts$)/.test(rel);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const spec = match[1] ?? match[2];
      if (/(^|\/)apps\//.test(spec) || /^@tutti\/(api|web)/.test(spec)) {
        problems.push(`${rel}: imports ${spec} (pure packages never import from apps/)`);
      }
      if (!isIoAllowed && ioModules.test(spec)) {
        problems.push(
          `${rel}: imports ${spec} (pure packages do no I/O outside cli/, bench/ and *.node.ts)`,
        );
      }
    }
  }
}
if (problems.length > 0) {
  console.error(`Boundary check failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Boundary check passed (${purePackages.join(', ')}).`);
