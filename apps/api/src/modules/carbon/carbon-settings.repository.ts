// The only place with queries on factor sets and the organisation, project and session carbon settings.
import { type Executor, schema } from '@tutti/db';
import { asc, eq, inArray, isNull } from 'drizzle-orm';

const { carbonFactorSets, carbonSettings, carbonProjectSettings, carbonSessionSettings } = schema;

export type FactorSetRow = typeof carbonFactorSets.$inferSelect;
export type ProjectSettingsRow = typeof carbonProjectSettings.$inferSelect;
export type SessionSettingsRow = typeof carbonSessionSettings.$inferSelect;

/** Built-in sets and the organisation's own; row-level security hides every other organisation's. */
export async function listFactorSets(tx: Executor): Promise<FactorSetRow[]> {
  return tx
    .select()
    .from(carbonFactorSets)
    .orderBy(asc(carbonFactorSets.publishedOn), asc(carbonFactorSets.createdAt));
}

export async function findFactorSet(tx: Executor, id: string): Promise<FactorSetRow | null> {
  const [row] = await tx.select().from(carbonFactorSets).where(eq(carbonFactorSets.id, id));
  return row ?? null;
}

export async function listBuiltInFactorSets(tx: Executor): Promise<FactorSetRow[]> {
  return tx
    .select()
    .from(carbonFactorSets)
    .where(isNull(carbonFactorSets.orgId))
    .orderBy(asc(carbonFactorSets.createdAt));
}

export async function insertFactorSet(
  tx: Executor,
  values: Omit<typeof carbonFactorSets.$inferInsert, 'id' | 'createdAt'>,
): Promise<FactorSetRow> {
  const [row] = await tx.insert(carbonFactorSets).values(values).returning();
  return row!;
}

export async function findCarbonSettings(tx: Executor, orgId: string) {
  const [row] = await tx.select().from(carbonSettings).where(eq(carbonSettings.orgId, orgId));
  return row ?? null;
}

export async function upsertCarbonSettings(
  tx: Executor,
  values: { orgId: string; factorSetId: string; updatedBy: string },
) {
  await tx
    .insert(carbonSettings)
    .values(values)
    .onConflictDoUpdate({
      target: carbonSettings.orgId,
      set: { factorSetId: values.factorSetId, updatedBy: values.updatedBy, updatedAt: new Date() },
    });
}

export async function findProjectSettings(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select()
    .from(carbonProjectSettings)
    .where(inArray(carbonProjectSettings.projectId, projectIds));
}

export async function upsertProjectSettings(
  tx: Executor,
  orgId: string,
  projectId: string,
  values: Partial<
    Pick<
      ProjectSettingsRow,
      'audienceModeSplit' | 'groupMode' | 'vanKmPerSession' | 'vanSessionKinds' | 'updatedBy'
    >
  >,
) {
  const [row] = await tx
    .insert(carbonProjectSettings)
    .values({ orgId, projectId, ...values })
    .onConflictDoUpdate({
      target: carbonProjectSettings.projectId,
      set: { ...values, updatedAt: new Date() },
      setWhere: eq(carbonProjectSettings.orgId, orgId),
    })
    .returning();
  return row!;
}

export async function findSessionSettings(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select()
    .from(carbonSessionSettings)
    .where(inArray(carbonSessionSettings.sessionId, sessionIds));
}

export async function upsertSessionSettings(
  tx: Executor,
  values: { orgId: string; sessionId: string; vanKm: number | null; updatedBy: string },
) {
  const [row] = await tx
    .insert(carbonSessionSettings)
    .values(values)
    .onConflictDoUpdate({
      target: carbonSessionSettings.sessionId,
      set: { vanKm: values.vanKm, updatedBy: values.updatedBy, updatedAt: new Date() },
      setWhere: eq(carbonSessionSettings.orgId, values.orgId),
    })
    .returning();
  return row!;
}
