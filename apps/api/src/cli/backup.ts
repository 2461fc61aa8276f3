// `npm run backup [-- --out path.tar.gz]`: one archive of the database and the files folder.
// On the embedded database, stop the server first (the data folder is one process's at a time).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../platform/backup';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(process.cwd(), `tutti-backup-${stamp}.tar.gz`) },
  },
});
const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const manifest = await createBackup({
    database,
    filesDir: config.filesDir,
    archivePath: values.out,
    s3: config.s3 !== null,
  });
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  const files = Object.values(manifest.files);
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  console.log(
    `Backup written to ${values.out}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${files.length} files (${(bytes / 1e6).toFixed(1)} MB)`,
  );
  if (manifest.s3) {
    console.log(
      'Media in the S3 bucket are not in the archive: back the bucket up with its store.',
    );
  }
} finally {
  await database.close();
}
