// Supervised recording days: the tour stops a recording day can be held at (sessions at a venue,
// read from the sessions and venues tables), and the day proposed to each applicant.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, gte, inArray, isNotNull, lt, ne } from 'drizzle-orm';

const { callRecordingDays, projects, sessions, venues } = schema;

const stopColumns = {
  sessionId: sessions.id,
  title: sessions.title,
  projectName: projects.name,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  timeZone: sessions.timeZone,
  venueName: venues.name,
  communeCode: venues.communeCode,
  communeName: venues.communeName,
  latitude: venues.latitude,
  longitude: venues.longitude,
};
export type StopRow = Awaited<ReturnType<typeof stopsBetween>>[number];

/** Sessions at a venue (not online, not cancelled) starting in [from, to), by start. */
export async function stopsBetween(tx: Executor, orgId: string, from: Date, to: Date) {
  return tx
    .select(stopColumns)
    .from(sessions)
    .innerJoin(venues, eq(venues.id, sessions.venueId))
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .where(
      and(
        eq(sessions.orgId, orgId),
        gte(sessions.startsAt, from),
        lt(sessions.startsAt, to),
        ne(sessions.status, 'cancelled'),
        ne(sessions.kind, 'online'),
        isNotNull(sessions.venueId),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/** One application's proposal replaces the one before. */
export async function saveRecordingDay(
  tx: Executor,
  values: typeof callRecordingDays.$inferInsert,
) {
  const [row] = await tx
    .insert(callRecordingDays)
    .values(values)
    .onConflictDoUpdate({
      target: callRecordingDays.applicationId,
      set: {
        sessionId: values.sessionId,
        communeCode: values.communeCode,
        distanceKm: values.distanceKm,
        proposedBy: values.proposedBy,
        proposedAt: values.proposedAt,
      },
    })
    .returning();
  return row!;
}

/** The day proposed to each of these applications, with its stop. */
export async function recordingDaysOf(tx: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return tx
    .select({
      ...stopColumns,
      applicationId: callRecordingDays.applicationId,
      applicantCommune: callRecordingDays.communeCode,
      distanceKm: callRecordingDays.distanceKm,
      proposedAt: callRecordingDays.proposedAt,
    })
    .from(callRecordingDays)
    .innerJoin(sessions, eq(sessions.id, callRecordingDays.sessionId))
    .innerJoin(venues, eq(venues.id, sessions.venueId))
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .where(
      and(
        inArray(callRecordingDays.applicationId, applicationIds),
        ne(sessions.status, 'cancelled'),
      ),
    );
}
