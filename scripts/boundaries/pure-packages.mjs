// Rule: pure packages (planner, carbon, geo, contracts, kit) never import from apps/ nor do I/O outside
// their CLI, bench and test files.
import { join } from 'node:path';
import { importsOf, readText, relativePath, sourceFiles } from './source-files.mjs';

export const purePackages = ['planner', 'carbon', 'geo', 'contracts', 'kit'];
const ioModules = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|worker_threads)$/;

export function checkPurePackages(root) {
  const problems = [];
  for (const pkg of purePackages) {
    for (const file of sourceFiles(join(root, 'packages', pkg, 'src'))) {
      const rel = relativePath(root, file);
      const isIoAllowed = /(\.test\.ts$|\/cli\/|\/bench\/|\.node\.ts$)/.test(rel);
      for (const { spec } of importsOf(readText(file))) {
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
  return problems;
}
