// Rule: a module uses another only through its index.ts (`../groups`, `@/features/groups`), never
// through a file inside it (`../groups/groups.service`), so each index.ts is the whole list of
// what the others may use.
//
// Tests are held to the same rule: a test of one module is one more consumer of the others, and a
// helper several modules' tests share is test code, which lives in apps/api/src/testing (or the
// web's test folders), not inside a production module that tests alone would reach into.
import { crossModuleImports, layers } from './module-layers.mjs';
import { relativePath } from './source-files.mjs';

export function checkModuleEntry(root) {
  return layers.flatMap((layer) =>
    crossModuleImports(root, layer)
      .filter((edge) => !edge.entered)
      .map(
        (edge) =>
          `${relativePath(root, edge.file)}: imports ${edge.spec} (a ${layer.name} enters ` +
          `${edge.to} through its index.ts only)`,
      ),
  );
}
