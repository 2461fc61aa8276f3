// `npm run seed`: recreates the demo organisation and its accounts in the configured database.
import { DEMO_PASSWORD, DemoRefusedError, demoAccounts } from '@tutti/db';
import { seedDemoCallRecordings } from '../modules/calls';
import { seedDemoChoirFiles } from '../modules/choirs';
import { seedDemoSpace } from '../modules/journey-spaces';
import { removeDemoMedia, seedDemoMedia } from '../modules/media';
import { purgeExpiredRecords } from '../modules/retention';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';
import { seedDemoOrganisation } from '../platform/demo';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  // The previous demo's files: their rows go with the organisation, their bytes would stay.
  await removeDemoMedia({ database, config });
  await seedDemoOrganisation(database);
  // Processed here, through the same steps as an upload (no server needs to run).
  await seedDemoMedia({ database, config });
  // The journey spaces' tracks, scores and videos, processed the same way.
  await seedDemoSpace({ database, config });
  await seedDemoCallRecordings({ database, config });
  await seedDemoChoirFiles({ database, config });
  // As on a first start: the demo shows what a purge removes.
  await purgeExpiredRecords({ database });
  console.log(`Demo organisation recreated. Accounts (password: ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(12)} ${account.email}`);
} catch (error) {
  if (!(error instanceof DemoRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
