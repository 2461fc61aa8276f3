// `npm run retention:purge`: runs every retention rule now, and prints what it purged (counts).
import { purgeExpiredRecords } from '../modules/retention';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const { totals } = await purgeExpiredRecords({ database });
  console.log('Retention purge, records anonymised or deleted per rule:');
  for (const [rule, count] of Object.entries(totals)) console.log(`  ${rule}: ${count}`);
} finally {
  await database.close();
}
