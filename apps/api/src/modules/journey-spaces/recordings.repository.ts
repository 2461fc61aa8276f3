// What adding a session's recording to its journey's space reads: the session with its journey
// and step, whether the user is one of its artists, the journey group's participants, the file
// uploaded, and the recordings already linked to the session.
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';

const { artists, files, groups, journeys, participants, sessionArtists, sessions, spaceResources } =
  schema;

/** The session, with its journey and step (null outside a journey), or null when absent. */
export async function findRecordedSession(tx: Executor, sessionId: string) {
  const [row] = await tx
    .select({
      id: sessions.id,
      status: sessions.status,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      stepPosition: sessions.journeyPosition,
      journeyId: journeys.id,
      journeyName: journeys.name,
      groupId: groups.id,
      groupName: groups.name,
    })
    .from(sessions)
    .leftJoin(journeys, eq(journeys.id, sessions.journeyId))
    .leftJoin(groups, eq(groups.id, journeys.groupId))
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

/** Whether the user is one of the session's artists. */
export async function leadsSession(tx: Executor, userId: string, sessionId: string) {
  const [row] = await tx
    .select({ sessionId: sessionArtists.sessionId })
    .from(sessionArtists)
    .innerJoin(artists, eq(artists.id, sessionArtists.artistId))
    .where(and(eq(artists.userId, userId), eq(sessionArtists.sessionId, sessionId)))
    .limit(1);
  return !!row;
}

/** The group's current participants (not archived, not anonymised), in name order. */
export async function groupParticipants(tx: Executor, groupId: string) {
  return tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
    })
    .from(participants)
    .where(
      and(
        eq(participants.groupId, groupId),
        isNull(participants.archivedAt),
        isNull(participants.anonymisedAt),
      ),
    )
    .orderBy(asc(participants.firstName), asc(participants.lastName));
}

/** A media file with who uploaded it and for what use. */
export async function findUploadedFile(tx: Executor, fileId: string) {
  const [row] = await tx
    .select({
      id: files.id,
      status: files.status,
      use: files.use,
      mediaType: files.mediaType,
      uploadedBy: files.uploadedBy,
    })
    .from(files)
    .where(eq(files.id, fileId));
  return row ?? null;
}

/** The audio and video resources recorded at the session, newest first. */
export async function findSessionRecordings(tx: Executor, sessionId: string) {
  return tx
    .select()
    .from(spaceResources)
    .where(
      and(
        eq(spaceResources.sessionId, sessionId),
        inArray(spaceResources.kind, ['audio', 'video']),
      ),
    )
    .orderBy(desc(spaceResources.createdAt));
}
