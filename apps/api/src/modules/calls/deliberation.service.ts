// The chair's work: applications with names, calibration of jurors, the ranking per part,
// pre-selection, decisions with reasons, notifications in each applicant's language.
import type { CallDecision, Ranking } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import { applicantLinks } from './applicant.service';
import * as applications from './applications.repository';
import { decisionMail } from './calls.mails';
import { presentApplication, textIn } from './calls.presenter';
import * as calls from './calls.repository';
import { requireChairedCall } from './calls.service';
import * as jury from './jury.repository';
import { histogram, mean, rankByPart, round, statsOf, zScores } from './scoring';

export async function listApplications({
  actor,
  callId,
  recordingDay,
}: {
  actor: OrgActor;
  callId: string;
  /** `requested`: only the applicants who asked for a supervised recording day. */
  recordingDay?: 'requested' | undefined;
}) {
  requirePermission(actor, 'calls.read');
  return actor.inTenant(async (tx) => {
    const call = await requireChairedCall(tx, actor, callId);
    const rows = await applications.listApplications(
      tx,
      callId,
      false,
      recordingDay === 'requested',
    );
    const recordings = await applications.recordingsOf(
      tx,
      rows.map((row) => row.id),
    );
    return { items: rows.map((row) => presentApplication(call, row, recordings)) };
  });
}

export async function calibration({ actor, callId }: { actor: OrgActor; callId: string }) {
  requirePermission(actor, 'calls.deliberate');
  return actor.inTenant(async (tx) => {
    await requireChairedCall(tx, actor, callId);
    const jurors = await calls.listJurors(tx, callId);
    const scores = await jury.submittedScores(tx, callId);
    return {
      jurors: jurors.map((juror) => {
        const totals = scores
          .filter((s) => s.userId === juror.userId && s.total !== null)
          .map((s) => s.total!);
        const stats = statsOf(totals);
        return {
          userId: juror.userId,
          displayName: juror.displayName,
          ...stats,
          histogram: histogram(totals),
        };
      }),
    };
  });
}

/** The ranking, computed from the call's submitted scores (also the export's rows). */
export async function rankingOf(
  tx: Tx,
  call: calls.CallRow,
  disagreementAt: number,
): Promise<Ranking> {
  const rows = await applications.listApplications(tx, call.id, true);
  const scores = await jury.submittedScores(tx, call.id);
  const z = zScores(scores);
  const byApplication = new Map<string, typeof scores>();
  for (const s of scores)
    byApplication.set(s.applicationId, [...(byApplication.get(s.applicationId) ?? []), s]);
  const ranked = rankByPart(
    rows.map((row) => {
      const own = byApplication.get(row.id) ?? [];
      const totals = own.flatMap((s) => (s.total === null ? [] : [s.total]));
      return {
        applicationId: row.id,
        part: row.part,
        totals,
        normalised: own.flatMap((s) => {
          const value = z.get(`${s.userId}:${row.id}`);
          return value === undefined ? [] : [value];
        }),
      };
    }),
    disagreementAt,
  );
  const independent = call.criteria.filter((c) => c.independent);
  const partKeys = [...new Set([...call.parts.map((p) => p.key), ...rows.map((r) => r.part)])];
  return {
    parts: partKeys.map((part) => {
      const members = rows.filter((row) => row.part === part);
      return {
        part,
        places: call.parts.find((p) => p.key === part)?.places ?? null,
        selected: members.filter((row) => row.decision === 'selected').length,
        waiting: members.filter((row) => row.decision === 'waiting').length,
        items: members
          .map((row) => {
            const own = byApplication.get(row.id) ?? [];
            const qualities = own.flatMap((s) =>
              s.recordingQuality === null ? [] : [s.recordingQuality],
            );
            return {
              applicationId: row.id,
              code: row.code,
              name: row.name,
              part: row.part,
              ...ranked.get(row.id)!,
              scoreCount: own.filter((s) => s.total !== null).length,
              recordingQuality: qualities.length ? round(mean(qualities), 2) : null,
              independent: Object.fromEntries(
                independent.flatMap((c) => {
                  const values = own.flatMap((s) =>
                    s.scores[c.key] === undefined ? [] : [s.scores[c.key]!],
                  );
                  return values.length ? [[c.key, round(mean(values), 2)]] : [];
                }),
              ),
              shortlisted: row.shortlisted,
              decision: row.decision,
            };
          })
          .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
      };
    }),
  };
}

export async function ranking({
  actor,
  callId,
  disagreementAt,
}: {
  actor: OrgActor;
  callId: string;
  disagreementAt: number;
}) {
  requirePermission(actor, 'calls.deliberate');
  return actor.inTenant(async (tx) =>
    rankingOf(tx, await requireChairedCall(tx, actor, callId), disagreementAt),
  );
}

async function requireSubmitted(tx: Tx, callId: string, applicationId: string) {
  const row = await applications.findApplicationOfCall(tx, callId, applicationId);
  if (row?.status !== 'submitted') {
    throw new AppError('CALL_APPLICATION.NOT_FOUND', 'Application not found');
  }
  return row;
}

export async function shortlist({
  actor,
  callId,
  applicationId,
  shortlisted,
}: {
  actor: OrgActor;
  callId: string;
  applicationId: string;
  shortlisted: boolean;
}) {
  requirePermission(actor, 'calls.deliberate');
  return actor.inTenant(async (tx) => {
    const call = await requireChairedCall(tx, actor, callId, true);
    if (call.phase !== 'preselection') {
      throw new AppError('CALL.WRONG_PHASE', 'The pre-selection is over');
    }
    await requireSubmitted(tx, callId, applicationId);
    const row = await applications.updateApplication(tx, applicationId, { shortlisted });
    return presentApplication(call, row!, await applications.recordingsOf(tx, [applicationId]));
  });
}

export async function decide({
  actor,
  callId,
  applicationId,
  decision,
  reason,
}: {
  actor: OrgActor;
  callId: string;
  applicationId: string;
  decision: CallDecision | null;
  reason: string | undefined;
}) {
  requirePermission(actor, 'calls.deliberate');
  return actor.inTenant(async (tx) => {
    const call = await requireChairedCall(tx, actor, callId, true);
    if (call.phase !== 'meeting' && call.phase !== 'preselection') {
      throw new AppError('CALL.WRONG_PHASE', 'Decisions are taken in the jury meeting');
    }
    const current = await requireSubmitted(tx, callId, applicationId);
    if (current.notifiedAt)
      throw new AppError('CALL.WRONG_PHASE', 'This applicant was already notified');
    const row = await applications.updateApplication(tx, applicationId, {
      decision,
      decisionReason: reason ?? null,
    });
    return presentApplication(call, row!, await applications.recordingsOf(tx, [applicationId]));
  });
}

/**
 * Once the call is `decided`, e-mails each applicant with a decision not yet notified, in their
 * language; their status page then shows it. Recordings' retention counts from now.
 */
export async function notifyDecisions({
  actor,
  callId,
  publicUrl,
  transportConfigured,
}: {
  actor: OrgActor;
  callId: string;
  publicUrl: string;
  transportConfigured: boolean;
}) {
  requirePermission(actor, 'calls.deliberate');
  return actor.inTenant(async (tx) => {
    const call = await requireChairedCall(tx, actor, callId, true);
    if (call.phase !== 'decided')
      throw new AppError('CALL.NOT_DECIDED', 'Move the call to decided first');
    const org = await applications.organisationFacts(tx, actor.orgId);
    const rows = (await applications.listApplications(tx, callId, true)).filter(
      (row) => row.decision && !row.notifiedAt,
    );
    const now = new Date();
    for (const row of rows) {
      await enqueueMail(
        tx,
        {
          orgId: actor.orgId,
          kind: 'call-decision',
          to: row.email,
          ...decisionMail(row.locale, {
            organisationName: org.name,
            callTitle: textIn(call.title, row.locale),
            code: row.code,
            decision: row.decision!,
            reason: row.decisionReason,
            ...applicantLinks(publicUrl, org.slug, call.publicCode, row),
          }),
        },
        transportConfigured,
      );
      await applications.updateApplication(tx, row.id, { notifiedAt: now });
    }
    if (!call.resultsAt) await calls.updateCall(tx, actor.orgId, callId, { resultsAt: now });
    return { queued: rows.length };
  });
}
