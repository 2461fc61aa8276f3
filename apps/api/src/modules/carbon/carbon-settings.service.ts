// A project's carbon assumptions (audience mode split, group mode, van) and a session's own van km.
import type { ProjectCarbonSettingsUpdateBody } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as scope from './carbon-scope.repository';
import * as repository from './carbon-settings.repository';

type Tx = Parameters<Parameters<OrgActor['inTenant']>[0]>[0];

async function requireProject(tx: Tx, projectId: string) {
  const project = await scope.findProject(tx, projectId);
  if (!project) throw new AppError('CARBON.PROJECT_NOT_FOUND', 'Project not found');
  return project;
}

async function requireSession(tx: Tx, sessionId: string) {
  const session = await scope.findSession(tx, sessionId);
  if (!session) throw new AppError('CARBON.SESSION_NOT_FOUND', 'Session not found');
  return session;
}

export async function getProjectSettings({
  actor,
  projectId,
}: {
  actor: OrgActor;
  projectId: string;
}) {
  requirePermission(actor, 'carbon.read');
  return actor.inTenant(async (tx) => {
    await requireProject(tx, projectId);
    const [row] = await repository.findProjectSettings(tx, [projectId]);
    return { projectId, row: row ?? null };
  });
}

export async function updateProjectSettings({
  actor,
  projectId,
  body,
}: {
  actor: OrgActor;
  projectId: string;
  body: ProjectCarbonSettingsUpdateBody;
}) {
  requirePermission(actor, 'carbon.edit');
  return actor.inTenant(async (tx) => {
    await requireProject(tx, projectId);
    const { audienceModeSplit, ...rest } = body;
    const row = await repository.upsertProjectSettings(tx, actor.orgId, projectId, {
      ...rest,
      ...(audienceModeSplit !== undefined && {
        audienceModeSplit: audienceModeSplit && {
          shares: audienceModeSplit.sharesPct as Record<string, number>,
          carOccupancy: audienceModeSplit.carOccupancy,
        },
      }),
      updatedBy: actor.userId,
    });
    return { projectId, row };
  });
}

export async function getSessionSettings({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}) {
  requirePermission(actor, 'carbon.read');
  return actor.inTenant(async (tx) => {
    await requireSession(tx, sessionId);
    const [row] = await repository.findSessionSettings(tx, [sessionId]);
    return { sessionId, vanKm: row?.vanKm ?? null };
  });
}

export async function updateSessionSettings({
  actor,
  sessionId,
  vanKm,
}: {
  actor: OrgActor;
  sessionId: string;
  vanKm: number | null;
}) {
  requirePermission(actor, 'carbon.edit');
  return actor.inTenant(async (tx) => {
    await requireSession(tx, sessionId);
    const row = await repository.upsertSessionSettings(tx, {
      orgId: actor.orgId,
      sessionId,
      vanKm,
      updatedBy: actor.userId,
    });
    return { sessionId, vanKm: row.vanKm };
  });
}
