// A child process for the data-folder tests: opens the embedded database in the folder given as
// its argument (migrating it), says "ready" on stdout, then holds it until it is killed.
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-folder.ts <data folder>');
const database = await openConfiguredDatabase(loadConfig({ TUTTI_DATA_DIR: dataDir }));
await database.executeSql('create table if not exists held_marker (n int)');
await database.executeSql('insert into held_marker values (1)');
process.stdout.write('ready\n');
setInterval(() => {}, 60_000);
