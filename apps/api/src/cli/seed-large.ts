// `npm run seed:large [-- --years N --organisations N]`: generated organisations at the scale of a
// large association (45,000 participants, about 2,400 workshops, 125 concerts with their bookings
// and 150,000 attendance marks a school year), for benchmarks: one, or a network of N side by
// side in one database. Prints the time taken and the database's size.
import { parseArgs } from 'node:util';
import {
  DemoRefusedError,
  type LargeCommune,
  MAX_LARGE_ORGANISATIONS,
  rowsOf,
  seedLargeOrganisation,
} from '@tutti/db';
import { sql } from 'drizzle-orm';
import { builtInDataset } from '../modules/communes/reference-data';
import { hashPassword } from '../platform/auth/passwords';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '1' },
    organisations: { type: 'string', default: '1' },
  },
});
const years = Number(values.years);
if (!Number.isInteger(years) || years < 1 || years > 10) {
  console.error('--years takes a whole number from 1 to 10');
  process.exit(1);
}
const organisations = Number(values.organisations);
if (
  !Number.isInteger(organisations) ||
  organisations < 1 ||
  organisations > MAX_LARGE_ORGANISATIONS
) {
  console.error(`--organisations takes a whole number from 1 to ${MAX_LARGE_ORGANISATIONS}`);
  process.exit(1);
}

// Villages and small towns of rural departments, and towns of the inner suburbs of Paris.
const RURAL = ['58', '89', '18', '03', '71', '21', '23', '36'];
const URBAN = ['94', '93'];

function pickCommunes(): LargeCommune[] {
  const dataset = builtInDataset();
  const chosen: LargeCommune[] = [];
  for (const commune of dataset.communes) {
    const department = commune.departmentCode ?? '';
    const rural =
      RURAL.includes(department) && commune.population >= 300 && commune.population <= 12_000;
    const urban = URBAN.includes(department) && commune.population >= 25_000;
    // About one rural commune in four: a realistic spread of villages, not all of them.
    if ((rural && Number(commune.id.slice(-2)) % 4 === 0) || urban) {
      chosen.push({
        code: commune.id,
        name: commune.name,
        departmentCode: department,
        latitude: commune.location.lat,
        longitude: commune.location.lon,
        urban,
      });
    }
  }
  return chosen;
}

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const communes = pickCommunes();
  const summary = await seedLargeOrganisation(database, {
    years,
    organisations,
    communes,
    hashPassword,
    log: (line) => console.log(`  ${line}`),
  });
  const [size] = await rowsOf<{ bytes: string }>(
    database.db,
    sql`select pg_database_size(current_database())::text as bytes`,
  );
  const names =
    organisations === 1
      ? `"${summary.organisations[0]!.name}"`
      : `${organisations} organisations ("${summary.organisations[0]!.name}" and ${organisations - 1} numbered 2 to ${organisations})`;
  console.log(`\nGenerated ${names} in ${(summary.durationMs / 1000).toFixed(1)} s`);
  console.log(`  database size   ${(Number(size?.bytes ?? 0) / 1024 / 1024).toFixed(0)} MiB`);
  console.log(`  organisation id ${summary.orgId}${organisations > 1 ? ' (the first)' : ''}`);
  console.log(`  school years    ${summary.schoolYears.join(', ')}`);
  console.log(
    `  communes        ${communes.length} (venues in real communes of ${[...RURAL, ...URBAN].join(', ')})`,
  );
  for (const [name, count] of Object.entries(summary.counts)) {
    console.log(`  ${name.padEnd(16)}${count.toLocaleString('en-GB')}`);
  }
  console.log(`Accounts (password: ${summary.password}):`);
  for (const account of summary.accounts)
    console.log(`  ${account.role.padEnd(12)} ${account.email}  ${account.userId}`);
  console.log(`  artist record of artist@large.test: ${summary.artistId}`);
  if (organisations > 1) {
    console.log(
      `  the other organisations' accounts: the same with .N before the @ (coordinator.2@large.test …)`,
    );
  }
} catch (error) {
  if (!(error instanceof DemoRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
