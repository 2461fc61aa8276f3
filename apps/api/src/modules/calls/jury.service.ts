// What a juror does, blind: their calls and queue (applicant codes), one application (answers
// marked visible to jurors, cleaned recordings), scores and private notes, recusal, and the other
// jurors' scores once their own are submitted. No name, address or file name ever reaches them.
import type { JuryApplication, JuryScoreBody } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError, notFound } from '../../platform/errors';
import { findReadyFiles, openFileContent } from '../media';
import * as applications from './applications.repository';
import * as calls from './calls.repository';
import { callNotFound } from './calls.service';
import * as jury from './jury.repository';
import { weightedTotal } from './scoring';

const notAssigned = () => notFound('CALL_ASSIGNMENT.NOT_FOUND', 'Assignment');

/** A call the actor judges; an admin (promoted after being seated) judges none. */
async function jurorCall(tx: Tx, actor: OrgActor, callId: string) {
  const call = await calls.findCall(tx, actor.orgId, callId);
  if (!call || actor.role === 'admin' || !(await calls.isJuror(tx, callId, actor.userId))) {
    throw callNotFound();
  }
  return call;
}

/** In the meeting, only applications kept at the pre-selection are heard again. */
const inQueue = (call: calls.CallRow, item: { shortlisted: boolean | null }) =>
  call.phase !== 'meeting' || item.shortlisted !== false;

function stateOf(item: { recusedAt: Date | null; submittedAt: Date | null; scores: object }) {
  if (item.recusedAt) return 'recused' as const;
  if (item.submittedAt) return 'submitted' as const;
  return Object.keys(item.scores).length > 0 ? ('draft' as const) : ('todo' as const);
}

function presentJuryCall(call: calls.CallRow, queue: Awaited<ReturnType<typeof jury.queueOf>>) {
  const items = queue.filter((item) => inQueue(call, item) && !item.recusedAt);
  return {
    id: call.id,
    title: call.title,
    phase: call.phase,
    criteria: call.criteria,
    recordings: call.recordings,
    parts: call.parts,
    revisionUntil: call.revisionUntil?.toISOString() ?? null,
    scoresLocked: !!call.scoresLockedAt,
    assigned: items.length,
    submitted: items.filter((item) => item.submittedAt).length,
  };
}

export async function listJuryCalls({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'calls.judge');
  return actor.inTenant(async (tx) => {
    const rows =
      actor.role === 'admin' ? [] : await calls.callsOfJuror(tx, actor.orgId, actor.userId);
    const items = [];
    for (const { call } of rows) {
      items.push(presentJuryCall(call, await jury.queueOf(tx, call.id, actor.userId)));
    }
    return { items };
  });
}

export async function juryQueue({ actor, callId }: { actor: OrgActor; callId: string }) {
  requirePermission(actor, 'calls.judge');
  return actor.inTenant(async (tx) => {
    const call = await jurorCall(tx, actor, callId);
    const queue = await jury.queueOf(tx, callId, actor.userId);
    return {
      call: presentJuryCall(call, queue),
      items: queue
        .filter((item) => inQueue(call, item))
        .map((item) => ({
          applicationId: item.applicationId,
          code: item.code,
          part: item.part,
          state: stateOf(item),
          total: item.total,
        })),
    };
  });
}

async function requireAssignment(tx: Tx, actor: OrgActor, callId: string, applicationId: string) {
  const call = await jurorCall(tx, actor, callId);
  const assignment = await jury.findAssignment(tx, callId, applicationId, actor.userId);
  const application = await applications.findApplicationOfCall(tx, callId, applicationId);
  if (!assignment || application?.status !== 'submitted' || !inQueue(call, application)) {
    throw notAssigned();
  }
  return { call, assignment, application };
}

export async function juryApplication({
  actor,
  callId,
  applicationId,
}: {
  actor: OrgActor;
  callId: string;
  applicationId: string;
}): Promise<JuryApplication> {
  requirePermission(actor, 'calls.judge');
  return actor.inTenant(async (tx) => {
    const { call, assignment, application } = await requireAssignment(
      tx,
      actor,
      callId,
      applicationId,
    );
    const recordings = await applications.recordingsOf(tx, [application.id]);
    const recused = !!assignment.recusedAt;
    return {
      applicationId: application.id,
      code: application.code,
      part: application.part,
      // Only the fields marked visible to jurors; never a name, an address or a file name.
      answers: recused
        ? []
        : call.fields
            .filter((f) => f.visibility === 'jurors' && application.answers[f.key])
            .map((f) => ({ key: f.key, label: f.label, value: application.answers[f.key]! })),
      recordings: recused
        ? []
        : call.recordings.flatMap((spec) => {
            const r = recordings.find((rec) => rec.key === spec.key);
            return r
              ? [
                  {
                    id: r.id,
                    key: spec.key,
                    label: spec.label,
                    durationMs: r.durationMs,
                    ready: r.status === 'ready',
                  },
                ]
              : [];
          }),
      state: stateOf(assignment),
      myScore: {
        scores: assignment.scores,
        recordingQuality: assignment.recordingQuality,
        note: assignment.note,
        submittedAt: assignment.submittedAt?.toISOString() ?? null,
        total: assignment.total,
      },
    };
  });
}

/** Whether the juror may still write: pre-selection, or the meeting's revision window. */
function requireScoring(call: calls.CallRow, submitted: boolean) {
  const now = new Date();
  const inMeeting = call.phase === 'meeting' && (!call.revisionUntil || now < call.revisionUntil);
  if (call.scoresLockedAt || !(call.phase === 'preselection' || inMeeting)) {
    throw new AppError('CALL.SCORES_LOCKED', 'Scores cannot be changed in this phase');
  }
  void submitted;
}

export async function scoreApplication({
  actor,
  callId,
  applicationId,
  input,
}: {
  actor: OrgActor;
  callId: string;
  applicationId: string;
  input: JuryScoreBody;
}) {
  requirePermission(actor, 'calls.judge');
  await actor.inTenant(async (tx) => {
    const { call, assignment } = await requireAssignment(tx, actor, callId, applicationId);
    if (assignment.recusedAt) throw notAssigned();
    requireScoring(call, !!assignment.submittedAt);
    for (const key of Object.keys(input.scores)) {
      if (!call.criteria.some((c) => c.key === key)) {
        throw new AppError('CALL.UNKNOWN_CRITERION', 'No such criterion', {
          fields: [{ path: `body.scores.${key}`, message: 'No such criterion in this call' }],
        });
      }
    }
    const missing = call.criteria.filter((c) => input.scores[c.key] === undefined);
    if (input.submit && missing.length > 0) {
      throw new AppError('CALL.INCOMPLETE', 'Score every criterion before submitting', {
        fields: missing.map((c) => ({ path: `body.scores.${c.key}`, message: 'Required' })),
      });
    }
    await jury.updateAssignment(tx, applicationId, actor.userId, {
      scores: input.scores,
      total: weightedTotal(call.criteria, input.scores),
      ...(input.recordingQuality !== undefined ? { recordingQuality: input.recordingQuality } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      submittedAt: input.submit ? (assignment.submittedAt ?? new Date()) : assignment.submittedAt,
    });
  });
  return juryApplication({ actor, callId, applicationId });
}

export async function recuse({
  actor,
  callId,
  applicationId,
  reason,
}: {
  actor: OrgActor;
  callId: string;
  applicationId: string;
  reason: string;
}) {
  requirePermission(actor, 'calls.judge');
  await actor.inTenant(async (tx) => {
    await requireAssignment(tx, actor, callId, applicationId);
    await jury.updateAssignment(tx, applicationId, actor.userId, {
      recusedAt: new Date(),
      recusalReason: reason,
      scores: {},
      total: null,
      submittedAt: null,
    });
  });
  return juryApplication({ actor, callId, applicationId });
}

/** Hidden (409) until the juror's own scores of this application are submitted. */
export async function peerScores({
  actor,
  callId,
  applicationId,
}: {
  actor: OrgActor;
  callId: string;
  applicationId: string;
}) {
  requirePermission(actor, 'calls.judge');
  return actor.inTenant(async (tx) => {
    const { assignment } = await requireAssignment(tx, actor, callId, applicationId);
    if (!assignment.submittedAt || assignment.recusedAt) {
      throw new AppError('CALL.OWN_SCORE_FIRST', 'Submit your own scores first');
    }
    return { items: await jury.peerScores(tx, applicationId, actor.userId) };
  });
}

/** A cleaned recording (the light copy when there is one), to an assigned juror; logged. */
export async function streamRecording({
  actor,
  config,
  recordingId,
  rangeHeader,
}: {
  actor: OrgActor;
  config: Config;
  recordingId: string;
  rangeHeader: string | undefined;
}) {
  requirePermission(actor, 'calls.judge');
  const row = await actor.inTenant(async (tx) => {
    const found = await applications.findRecording(tx, actor.orgId, recordingId);
    if (!found?.recording.fileId) throw notFound('CALL_RECORDING.NOT_FOUND', 'Recording');
    await requireAssignment(tx, actor, found.application.callId, found.application.id).catch(() => {
      throw notFound('CALL_RECORDING.NOT_FOUND', 'Recording');
    });
    const assignment = await jury.findAssignment(
      tx,
      found.application.callId,
      found.application.id,
      actor.userId,
    );
    if (assignment?.recusedAt) throw notFound('CALL_RECORDING.NOT_FOUND', 'Recording');
    const [file] = await findReadyFiles(tx, actor.orgId, [found.recording.fileId]);
    if (!file) throw notFound('CALL_RECORDING.NOT_FOUND', 'Recording');
    if (!rangeHeader || /^bytes=0-/.test(rangeHeader)) {
      await jury.logRecordingAccess(tx, { orgId: actor.orgId, recordingId, userId: actor.userId });
    }
    return file;
  });
  return openFileContent({ config, row, variants: ['light', 'original'], rangeHeader });
}
