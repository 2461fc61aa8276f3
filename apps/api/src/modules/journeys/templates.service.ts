// Journey template use cases: list, read, create, edit (steps replaced whole), archive, delete.
import type {
  JourneyTemplateCreateBodySchema,
  JourneyTemplateUpdateBodySchema,
} from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { presentTemplate } from './templates.presenter';
import * as repository from './templates.repository';

async function load(tx: Executor, templateId: string) {
  const row = await repository.findTemplate(tx, templateId);
  if (!row) throw new AppError('JOURNEY_TEMPLATE.NOT_FOUND', 'Journey template not found');
  return presentTemplate(row);
}

export async function listTemplates({
  actor,
  includeArchived,
}: {
  actor: OrgActor;
  includeArchived: boolean;
}) {
  requirePermission(actor, 'journeys.readTemplates');
  return actor.inTenant(async (tx) => {
    const rows = await repository.listTemplates(tx, includeArchived);
    return { items: rows.map(presentTemplate), total: rows.length };
  });
}

export async function getTemplate({ actor, templateId }: { actor: OrgActor; templateId: string }) {
  requirePermission(actor, 'journeys.readTemplates');
  return actor.inTenant((tx) => load(tx, templateId));
}

export async function createTemplate({
  actor,
  input,
}: {
  actor: OrgActor;
  input: z.output<typeof JourneyTemplateCreateBodySchema>;
}) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => {
    const template = await repository.insertTemplate(tx, {
      orgId: actor.orgId,
      name: input.name,
      description: input.description ?? null,
    });
    await repository.replaceSteps(tx, actor.orgId, template.id, input.steps);
    return load(tx, template.id);
  });
}

/** Journeys already created keep their sessions: editing steps only shapes future journeys. */
export async function updateTemplate({
  actor,
  templateId,
  input,
}: {
  actor: OrgActor;
  templateId: string;
  input: z.output<typeof JourneyTemplateUpdateBodySchema>;
}) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => {
    const current = await repository.findTemplate(tx, templateId);
    if (!current) throw new AppError('JOURNEY_TEMPLATE.NOT_FOUND', 'Journey template not found');
    await repository.updateTemplate(tx, templateId, {
      name: input.name,
      description: input.description,
      ...(input.archived === undefined
        ? {}
        : { archivedAt: input.archived ? (current.template.archivedAt ?? new Date()) : null }),
    });
    if (input.steps) await repository.replaceSteps(tx, actor.orgId, templateId, input.steps);
    return load(tx, templateId);
  });
}

/** A template some journey came from is archived rather than deleted. */
export async function deleteTemplate({
  actor,
  templateId,
}: {
  actor: OrgActor;
  templateId: string;
}) {
  requirePermission(actor, 'journeys.plan');
  await actor.inTenant(async (tx) => {
    if (!(await repository.findTemplate(tx, templateId))) {
      throw new AppError('JOURNEY_TEMPLATE.NOT_FOUND', 'Journey template not found');
    }
    const journeys = await repository.countJourneys(tx, templateId);
    if (journeys > 0) {
      throw new AppError(
        'JOURNEY_TEMPLATE.IN_USE',
        `${journeys} journeys were created from this template; archive it instead`,
        { details: { dependents: { journeys } } },
      );
    }
    await repository.deleteTemplate(tx, templateId);
  });
}
