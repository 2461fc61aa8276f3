// Rule: every API module and web feature has an index.ts, the list of what the app and the other
// modules may use from it (the entry rule then lets nothing else through).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { layers } from './module-layers.mjs';

export function checkModuleIndexes(root) {
  return layers.flatMap((layer) => {
    const dir = join(root, layer.dir);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isDirectory())
      .filter((name) => !existsSync(join(dir, name, 'index.ts')))
      .sort()
      .map(
        (name) =>
          `${layer.dir}/${name}: no index.ts (each ${layer.name} lists what others may use)`,
      );
  });
}
