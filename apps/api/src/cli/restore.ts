// `npm run restore -- <archive>`: restores a backup into an empty instance (the configured
// database and files folder), then checks every table and file against the archive's manifest.
import { RestoreRefused, restoreBackup } from '../platform/backup';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const archivePath = process.argv[2];
if (!archivePath) {
  console.error('Usage: npm run restore -- <backup archive (.tar.gz)>');
  process.exit(2);
}
const config = loadConfig({ ...process.env, TUTTI_DEMO_SEED: 'off' });
const database = await openConfiguredDatabase(config);
try {
  const manifest = await restoreBackup({ database, filesDir: config.filesDir, archivePath });
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${rows} rows in ${Object.keys(manifest.tables).length} tables and ${Object.keys(manifest.files).length} files, each checked against the archive.`,
  );
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(`Restore refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
