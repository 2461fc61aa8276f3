// The demo call's recordings: three short sung phrases per submitted application, made in code
// and processed like any upload (metadata stripped, loudness-normalised light copy), stored under
// the applicant's code; and the summer course's recording day, proposed on the nearest tour
// stop to its applicant with no place to record. Run after the demo organisation is seeded.
import { DEMO_RECORDING_DAY_APPLICANT, schema, type TuttiDatabase } from '@tutti/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import { type DemoFile, melodyWav, seedDemoFiles } from '../media';
import { communeOf, offerRecordingDay, stopsNear } from './recording-days.service';

const phrases = [
  ['C4', 'E4', 'G4', 'C5'],
  ['D4', 'F4', 'A4', 'F4'],
  ['G4', 'E4', 'C4', 'E4'],
] as const;

export async function seedDemoCallRecordings(deps: {
  database: TuttiDatabase;
  config: Config;
  jobs?: JobQueue;
}) {
  const applications = await deps.database.db
    .select({
      id: schema.callApplications.id,
      orgId: schema.callApplications.orgId,
      code: schema.callApplications.code,
      recordings: schema.calls.recordings,
    })
    .from(schema.callApplications)
    .innerJoin(schema.calls, eq(schema.calls.id, schema.callApplications.callId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.calls.orgId))
    .where(
      and(
        eq(schema.organisations.isDemo, true),
        isNull(schema.calls.resultsAt),
        eq(schema.callApplications.status, 'submitted'),
      ),
    );
  for (const [index, application] of applications.entries()) {
    const files: DemoFile[] = application.recordings.map((spec, k) => ({
      fileName: `${application.code}-${spec.key}`,
      use: 'audition',
      bytes: () => melodyWav([...phrases[(index + k) % phrases.length]!], 0.2),
    }));
    const ids = await seedDemoFiles({ ...deps, orgId: application.orgId, files });
    await deps.database.withTenant({ orgId: application.orgId, userId: null }, (tx) =>
      tx.insert(schema.callRecordings).values(
        application.recordings.map((spec, k) => ({
          orgId: application.orgId,
          applicationId: application.id,
          key: spec.key,
          fileId: ids[k]!,
        })),
      ),
    );
  }
  await seedDemoRecordingDay(deps);
  return applications.length;
}

/** The demo applicant's recording day: the nearest tour stop within 30 km of their commune. */
async function seedDemoRecordingDay(deps: { database: TuttiDatabase; config: Config }) {
  const [found] = await deps.database.db
    .select({ application: schema.callApplications, call: schema.calls })
    .from(schema.callApplications)
    .innerJoin(schema.calls, eq(schema.calls.id, schema.callApplications.callId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.calls.orgId))
    .where(
      and(
        eq(schema.organisations.isDemo, true),
        eq(schema.callApplications.email, DEMO_RECORDING_DAY_APPLICANT.email),
      ),
    );
  if (!found) return;
  const { application, call } = found;
  const place = await communeOf(deps.database, DEMO_RECORDING_DAY_APPLICANT.communeCode, 'demo');
  await deps.database.withTenant({ orgId: call.orgId, userId: null }, async (tx) => {
    const [stop] = (await stopsNear(tx, call, place, 30)).sort(
      (a, b) => a.distanceKm - b.distanceKm,
    );
    if (!stop) return;
    await offerRecordingDay(tx, {
      orgId: call.orgId,
      call,
      application,
      stop,
      communeId: place.commune.id,
      proposedBy: null,
      publicUrl: deps.config.publicUrl,
      transportConfigured: !!deps.config.smtpUrl,
    });
  });
}
