// Opens the configured database, guards the embedded data folder, and applies migrations.
import { openDatabase, type TuttiDatabase } from '@tutti/db';
import type { Config } from './config';
import { claimDataFolder } from './data-folder-lock';

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
