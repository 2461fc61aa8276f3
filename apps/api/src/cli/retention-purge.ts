// `npm run retention:purge`: anonymises now every participant past their retention date.
import { purgeExpiredParticipants } from '../modules/participants/participants.retention';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const { anonymised } = await purgeExpiredParticipants({ database });
  console.log(`Retention purge: ${anonymised} participant record(s) anonymised.`);
} finally {
  await database.close();
}
