// Rule: production code of the API never imports from apps/api/src/testing (factories, fixtures,
// the test app), so test helpers can change freely and never ship. Tests (*.test.ts) and the
// testing folder itself may.
import { join } from 'node:path';
import {
  importsOf,
  isTestFile,
  readText,
  relativePath,
  resolveSpecifier,
  sourceFiles,
} from './source-files.mjs';

const sourceDir = 'apps/api/src';
const testingDir = 'apps/api/src/testing';

export function checkTestingImports(root) {
  const testing = join(root, testingDir);
  const problems = [];
  for (const file of sourceFiles(join(root, sourceDir))) {
    if (isTestFile(file) || isInside(testing, file)) continue;
    for (const { spec } of importsOf(readText(file))) {
      const target = resolveSpecifier(file, spec);
      if (target !== null && isInside(testing, target)) {
        problems.push(
          `${relativePath(root, file)}: imports ${spec} (production code never uses test helpers)`,
        );
      }
    }
  }
  return problems;
}

const isInside = (dir, path) => path === dir || path.startsWith(`${dir}/`);
