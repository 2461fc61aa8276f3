// Opens the configured database, guards the embedded data folder, and applies migrations.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type TuttiDatabase } from '@tutti/db';
import type { Config } from './config';

/**
 * The embedded database belongs to one process at a time: a second one (a server, or
 * `npm run seed`) on the same folder would corrupt it, so it is refused with the reason.
 */
function claimDataFolder(dataDir: string): () => void {
  // The folder and its parent may not exist yet (a first start, or TUTTI_DATA_DIR set anew).
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, '..', `${dataDir.split('/').pop()}.pid`);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Another Tutti process (pid ${pid}) is using the data folder ${dataDir}. Stop it first.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function openConfiguredDatabase(config: Config): Promise<TuttiDatabase> {
  const target = config.database;
  const release =
    target.kind === 'pglite' && !target.dataDir.startsWith('memory://')
      ? claimDataFolder(target.dataDir)
      : () => {};
  try {
    const database = await openDatabase(target);
    await database.migrate();
    return {
      ...database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
