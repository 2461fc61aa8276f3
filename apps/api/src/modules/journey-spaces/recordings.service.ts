// The recording of a session, added by an artist who led it (or a coordinator): a file uploaded
// with the resumable media upload becomes a resource of the library, linked to the session and to
// the participants it shows, placed in the playlist of the journey's space at the session's step.
// It asks to be published, so it shows once the session took place, its file is ready and everyone
// it names consented (the consent rules of every resource); coordinators keep it in hand as any
// resource: edit, unpublish, take it out of the space or delete it.
import {
  can,
  type FieldError,
  mediaKindOf,
  type SessionRecordingBodySchema,
  type SessionRecordings,
} from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { today } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import * as recordings from './recordings.repository';
import { loadResourceViews } from './resource-views';
import * as resources from './resources.repository';
import * as spaces from './spaces.repository';
import { tookPlace } from './visibility';

type RecordingInput = z.output<typeof SessionRecordingBodySchema>;
type RecordedSession = NonNullable<Awaited<ReturnType<typeof recordings.findRecordedSession>>> & {
  journeyId: string;
  journeyName: string;
  groupId: string;
  groupName: string;
  stepPosition: number;
};

/**
 * The session, when the actor may add its recording: 404 when absent, 403 for an artist who does
 * not lead it, 409 when it is not a step of a journey (no space to add it to).
 */
async function requireRecordable(tx: Executor, actor: OrgActor, sessionId: string) {
  const session = await recordings.findRecordedSession(tx, sessionId);
  if (!session) throw notFound('SESSION.NOT_FOUND', 'Session');
  if (
    !can(actor.role, 'journeySpaces.manage') &&
    !(await recordings.leadsSession(tx, actor.userId, sessionId))
  ) {
    throw new AppError('AUTH.FORBIDDEN', 'Only the artists of this session add its recording');
  }
  if (!session.journeyId || session.stepPosition === null || !session.groupId) {
    throw new AppError('SPACE.NOT_A_STEP', 'The session is not a step of a journey');
  }
  return session as RecordedSession;
}

async function presentRecordings(
  tx: Executor,
  actor: OrgActor,
  session: RecordedSession,
  now: Date,
): Promise<SessionRecordings> {
  const people = await recordings.groupParticipants(tx, session.groupId);
  const rows = await recordings.findSessionRecordings(tx, session.id);
  const day = today(await resources.findTimeZone(tx, actor.orgId));
  const views = await loadResourceViews(tx, rows, day);
  const stepDone = tookPlace(session, now);
  return {
    session: {
      id: session.id,
      journey: { id: session.journeyId, name: session.journeyName, group: session.groupName },
      stepPosition: session.stepPosition,
      tookPlace: stepDone,
    },
    participants: people.map((person) => ({
      id: person.id,
      firstName: person.firstName,
      lastInitial: person.lastName ? `${[...person.lastName.trim()][0] ?? ''}.` : '',
    })),
    recordings: views.map((view) => ({
      id: view.row.id,
      kind: view.row.kind,
      title: view.row.title,
      fileStatus: view.file?.status ?? null,
      participantCount: view.people.length,
      addedByMe: view.row.createdBy === actor.userId,
      shown: view.visible && stepDone,
      heldBack: view.heldBack,
      createdAt: view.row.createdAt.toISOString(),
    })),
  };
}

/** The session's recordings in its journey's space, and whom a new one may name. */
export async function listSessionRecordings({
  actor,
  sessionId,
  now = new Date(),
}: {
  actor: OrgActor;
  sessionId: string;
  now?: Date;
}) {
  requirePermission(actor, 'journeySpaces.addRecording');
  return actor.inTenant(async (tx) => {
    const session = await requireRecordable(tx, actor, sessionId);
    return presentRecordings(tx, actor, session, now);
  });
}

/**
 * Adds the recording: the file must be a recording its artist uploaded (any for coordinators),
 * of the kind said once processed; the people named, of the journey's group (400 naming each).
 */
export async function addSessionRecording({
  actor,
  sessionId,
  input,
  now = new Date(),
}: {
  actor: OrgActor;
  sessionId: string;
  input: RecordingInput;
  now?: Date;
}) {
  requirePermission(actor, 'journeySpaces.addRecording');
  requirePermission(actor, 'media.uploadRecording');
  return actor.inTenant(async (tx) => {
    const session = await requireRecordable(tx, actor, sessionId);
    if (session.status === 'cancelled') {
      throw new AppError('SESSION.NOT_EDITABLE', 'A cancelled session has no recording');
    }
    if (session.startsAt > now) {
      throw new AppError('SESSION.NOT_STARTED', 'The session has not started yet');
    }
    const fields: FieldError[] = [];
    const file = await recordings.findUploadedFile(tx, input.mediaId);
    const usable =
      file?.use === 'recording' &&
      ['uploading', 'processing', 'ready'].includes(file.status) &&
      (can(actor.role, 'media.manage') || file.uploadedBy === actor.userId);
    if (!usable) {
      fields.push({ path: 'body.mediaId', message: 'A recording you uploaded' });
    } else if (file.status === 'ready' && mediaKindOf(file.mediaType) !== input.kind) {
      fields.push({ path: 'body.mediaId', message: `An ${input.kind} file` });
    }
    const group = new Set(
      (await recordings.groupParticipants(tx, session.groupId)).map((person) => person.id),
    );
    input.participantIds.forEach((id, index) => {
      if (!group.has(id)) {
        fields.push({
          path: `body.participantIds.${index}`,
          message: "A participant of the journey's group",
        });
      }
    });
    if (fields.length > 0) {
      throw new AppError('SPACE.REFERENCE_NOT_FOUND', 'Unknown file or participant', { fields });
    }
    const row = await resources.insertResource(tx, {
      orgId: actor.orgId,
      createdBy: actor.userId,
      published: true,
      kind: input.kind,
      title: input.title,
      description: input.description,
      fileId: input.mediaId,
      url: null,
      text: null,
      linkProvider: null,
      licence: 'all_rights_reserved',
      rightsNote: null,
      downloadable: false,
      availableFrom: null,
      availableUntil: null,
      audience: 'everyone',
      sessionId: session.id,
      showsPeople: true,
      chapters: input.chapters,
    });
    await resources.replacePeople(tx, actor.orgId, row.id, input.participantIds);
    const scope = { journeyId: session.journeyId };
    await spaces.insertEntry(tx, {
      orgId: actor.orgId,
      resourceId: row.id,
      ...scope,
      section: 'playlist',
      stepPosition: session.stepPosition,
      position: await spaces.nextPosition(tx, scope, 'playlist', session.stepPosition),
    });
    return presentRecordings(tx, actor, session, now);
  });
}
