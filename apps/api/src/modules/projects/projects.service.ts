// Project use cases: list, read, create, edit (lists replaced whole), change status, delete.
import {
  type ProjectCreateBodySchema,
  type ProjectListQuerySchema,
  type ProjectStatus,
  type ProjectUpdateBodySchema,
  projectTransitions,
} from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { presentProject, presentProjectSummary } from './projects.presenter';
import * as repository from './projects.repository';

function notFound() {
  return new AppError('PROJECT.NOT_FOUND', 'Project not found');
}

async function checkPartners(tx: Executor, partners: { partnerId: string }[] | undefined) {
  if (!partners?.length) return;
  const found = await repository.existingPartnerIds(
    tx,
    partners.map((p) => p.partnerId),
  );
  const fields = partners.flatMap((p, i) =>
    found.has(p.partnerId)
      ? []
      : [{ path: `body.partners.${i}.partnerId`, message: 'No such partner' }],
  );
  if (fields.length > 0) {
    throw new AppError('PROJECT.REFERENCE_NOT_FOUND', 'Unknown partner', { fields });
  }
}

async function load(tx: Executor, projectId: string) {
  const row = await repository.findProjectSummary(tx, projectId);
  if (!row) throw notFound();
  return presentProject(row, await repository.findProjectLists(tx, projectId));
}

export async function listProjects({
  actor,
  query,
}: {
  actor: OrgActor;
  query: z.output<typeof ProjectListQuerySchema>;
}) {
  requirePermission(actor, 'projects.read');
  return actor.inTenant(async (tx) => {
    const { rows, total } = await repository.listProjects(tx, query);
    return { items: rows.map(presentProjectSummary), total };
  });
}

export async function getProject({ actor, projectId }: { actor: OrgActor; projectId: string }) {
  requirePermission(actor, 'projects.read');
  return actor.inTenant((tx) => load(tx, projectId));
}

export async function createProject({
  actor,
  input,
}: {
  actor: OrgActor;
  input: z.output<typeof ProjectCreateBodySchema>;
}) {
  requirePermission(actor, 'projects.plan');
  return actor.inTenant(async (tx) => {
    await checkPartners(tx, input.partners);
    const project = await repository.insertProject(tx, {
      orgId: actor.orgId,
      name: input.name,
      description: input.description ?? null,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      targetPublics: input.targetPublics,
    });
    await repository.replaceProjectLists(tx, actor.orgId, project.id, input);
    return load(tx, project.id);
  });
}

export async function updateProject({
  actor,
  projectId,
  input,
}: {
  actor: OrgActor;
  projectId: string;
  input: z.output<typeof ProjectUpdateBodySchema>;
}) {
  requirePermission(actor, 'projects.plan');
  return actor.inTenant(async (tx) => {
    const current = await repository.findProjectSummary(tx, projectId);
    if (!current) throw notFound();
    const startsOn = input.startsOn === undefined ? current.project.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? current.project.endsOn : input.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) {
      throw new AppError('REQUEST.VALIDATION', 'The end is before the start', {
        fields: [{ path: 'body.endsOn', message: `Before the start (${startsOn})` }],
      });
    }
    await checkPartners(tx, input.partners);
    const { communes, partners, funders, budgetLines, ...fields } = input;
    await repository.updateProject(tx, projectId, fields);
    await repository.replaceProjectLists(tx, actor.orgId, projectId, {
      communes,
      partners,
      funders,
      budgetLines,
    });
    return load(tx, projectId);
  });
}

export async function changeProjectStatus({
  actor,
  projectId,
  status,
}: {
  actor: OrgActor;
  projectId: string;
  status: ProjectStatus;
}) {
  requirePermission(actor, 'projects.plan');
  return actor.inTenant(async (tx) => {
    const current = await repository.findProjectSummary(tx, projectId);
    if (!current) throw notFound();
    const from = current.project.status;
    if (from !== status) {
      if (!projectTransitions[from].includes(status)) {
        throw new AppError(
          'PROJECT.INVALID_TRANSITION',
          `A ${from} project can become ${projectTransitions[from].join(' or ')}, not ${status}`,
          { fields: [{ path: 'body.status', message: `Not from ${from}` }] },
        );
      }
      await repository.updateProject(tx, projectId, {
        status,
        archivedAt: status === 'archived' ? new Date() : null,
      });
    }
    return load(tx, projectId);
  });
}

/** A project with journeys or sessions stays (archive it); an empty one disappears. */
export async function deleteProject({ actor, projectId }: { actor: OrgActor; projectId: string }) {
  requirePermission(actor, 'projects.plan');
  await actor.inTenant(async (tx) => {
    if (!(await repository.findProjectSummary(tx, projectId))) throw notFound();
    const dependents = await repository.countDependents(tx, projectId);
    if (dependents.journeys + dependents.sessions > 0) {
      throw new AppError(
        'PROJECT.IN_USE',
        `This project has ${dependents.journeys} journeys and ${dependents.sessions} sessions; archive it instead`,
        { details: { dependents } },
      );
    }
    await repository.deleteProject(tx, projectId);
  });
}
