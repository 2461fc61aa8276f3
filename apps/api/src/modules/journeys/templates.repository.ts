// The only place with queries on journey templates and their steps.
import { type Executor, schema } from '@tutti/db';
import { asc, count, eq, isNull, sql } from 'drizzle-orm';

const { journeyTemplateSteps, journeyTemplates, journeys } = schema;

export type StepValues = {
  kind: (typeof journeyTemplateSteps.$inferInsert)['kind'];
  title?: string | null | undefined;
  durationMin: number;
  spacingDays: number;
};

const stepsJson = sql<
  {
    id: string;
    position: number;
    kind: StepValues['kind'];
    title: string | null;
    durationMin: number;
    spacingDays: number;
  }[]
>`coalesce((
  select json_agg(json_build_object('id', s.id, 'position', s.position, 'kind', s.kind, 'title', s.title,
    'durationMin', s.duration_min, 'spacingDays', s.spacing_days) order by s.position)
  from journey_template_steps s where s.template_id = journey_templates.id
), '[]'::json)`;

const columns = {
  template: journeyTemplates,
  steps: stepsJson,
  journeyCount: sql<number>`(select count(*)::int from journeys j where j.template_id = journey_templates.id)`,
};

export type TemplateRow = Awaited<ReturnType<typeof findTemplate>> & {};

export async function listTemplates(tx: Executor, includeArchived: boolean) {
  return tx
    .select(columns)
    .from(journeyTemplates)
    .where(includeArchived ? undefined : isNull(journeyTemplates.archivedAt))
    .orderBy(asc(journeyTemplates.name))
    .limit(500);
}

export async function findTemplate(tx: Executor, templateId: string) {
  const [row] = await tx
    .select(columns)
    .from(journeyTemplates)
    .where(eq(journeyTemplates.id, templateId));
  return row ?? null;
}

export async function insertTemplate(
  tx: Executor,
  values: { orgId: string; name: string; description: string | null },
) {
  const [row] = await tx.insert(journeyTemplates).values(values).returning();
  return row!;
}

export async function updateTemplate(
  tx: Executor,
  templateId: string,
  values: Partial<typeof journeyTemplates.$inferInsert>,
) {
  await tx
    .update(journeyTemplates)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(journeyTemplates.id, templateId));
}

/** Steps are stored in the given order; the first one has no spacing. */
export async function replaceSteps(
  tx: Executor,
  orgId: string,
  templateId: string,
  steps: StepValues[],
) {
  await tx.delete(journeyTemplateSteps).where(eq(journeyTemplateSteps.templateId, templateId));
  await tx.insert(journeyTemplateSteps).values(
    steps.map((step, index) => ({
      orgId,
      templateId,
      position: index + 1,
      kind: step.kind,
      title: step.title ?? null,
      durationMin: step.durationMin,
      spacingDays: index === 0 ? 0 : step.spacingDays,
    })),
  );
}

export async function countJourneys(tx: Executor, templateId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(journeys)
    .where(eq(journeys.templateId, templateId));
  return row?.n ?? 0;
}

export async function deleteTemplate(tx: Executor, templateId: string) {
  await tx.delete(journeyTemplates).where(eq(journeyTemplates.id, templateId));
}
