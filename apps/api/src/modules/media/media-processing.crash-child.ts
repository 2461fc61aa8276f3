// Run by media-crash.test.ts in a child process that the test kills with SIGKILL mid-processing:
// processes one staged upload on the given PostgreSQL database and files folder, and tells its
// parent where it is (ffmpeg spawned, done). Never part of the server.
import { openDatabase } from '@tutti/db';
import { loadConfig } from '../../platform/config';
import { processMedia } from './media-processing';

const [url, filesDir, orgId, mediaId] = process.argv.slice(2) as [string, string, string, string];
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', TUTTI_FILES_DIR: filesDir });
const database = await openDatabase({ kind: 'postgres', url });
process.send?.('started');
const result = await processMedia(
  { database, config },
  { orgId, mediaId },
  { onSpawn: () => process.send?.('ffmpeg') },
);
process.send?.({ done: result });
await database.close();
process.disconnect?.();
