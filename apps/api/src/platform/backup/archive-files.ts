// The files folder in a backup: every file but uploads under way, with its size and SHA-256.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export type FileDigest = { size: number; sha256: string };

/** Uploads under way and half-written renditions are not kept: they are not Tutti's data yet. */
const LEFT_OUT = new Set(['.uploads']);

async function sha256Of(path: string) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function fileDigests(folder: string): Promise<Record<string, FileDigest>> {
  const digests: Record<string, FileDigest> = {};
  if (!existsSync(folder)) return digests;
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === folder && LEFT_OUT.has(entry.name))) await walk(path);
      } else if (entry.isFile() && !entry.name.endsWith('.partial')) {
        digests[relative(folder, path)] = {
          size: (await stat(path)).size,
          sha256: await sha256Of(path),
        };
      }
    }
  }
  await walk(folder);
  return digests;
}
