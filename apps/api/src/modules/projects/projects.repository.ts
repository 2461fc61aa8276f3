// The only place with queries on projects, their communes, partners, funders and budget lines.
import type { ProjectStatus } from '@tutti/contracts';
import { type Executor, inTurn, schema } from '@tutti/db';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { containsFolded } from '../../platform/text-search';

const {
  journeys,
  partners,
  projectBudgetLines,
  projectCommunes,
  projectFunders,
  projectPartners,
  projects,
  sessions,
} = schema;

export type ProjectRow = typeof projects.$inferSelect;

export type ProjectLists = {
  communes?: { code: string; name: string }[] | undefined;
  partners?: { partnerId: string; role?: string | null | undefined }[] | undefined;
  funders?: { name: string; amountCents?: number | null | undefined }[] | undefined;
  budgetLines?:
    | {
        kind: 'expense' | 'income';
        label: string;
        category?: string | null | undefined;
        amountCents: number;
      }[]
    | undefined;
};

const communesJson = sql<{ code: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('code', pc.commune_code, 'name', pc.commune_name) order by pc.commune_name)
  from project_communes pc where pc.project_id = projects.id
), '[]'::json)`;
const journeyCount = sql<number>`(select count(*)::int from journeys j where j.project_id = projects.id)`;
const sessionCount = sql<number>`(select count(*)::int from sessions s where s.project_id = projects.id)`;

const summaryColumns = {
  project: projects,
  communes: communesJson,
  journeyCount,
  sessionCount,
};

export async function listProjects(
  tx: Executor,
  options: {
    status?: ProjectStatus | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const where: SQL | undefined = and(
    options.status ? eq(projects.status, options.status) : undefined,
    options.q ? containsFolded([projects.name], options.q) : undefined,
  );
  const [rows, [total]] = await inTurn(
    () =>
      tx
        .select(summaryColumns)
        .from(projects)
        .where(where)
        .orderBy(desc(projects.updatedAt), asc(projects.name))
        .limit(options.limit)
        .offset(options.offset),
    () => tx.select({ total: count() }).from(projects).where(where),
  );
  return { rows, total: total?.total ?? 0 };
}

export async function findProjectSummary(tx: Executor, projectId: string) {
  const [row] = await tx.select(summaryColumns).from(projects).where(eq(projects.id, projectId));
  return row ?? null;
}
export type ProjectSummaryRow = NonNullable<Awaited<ReturnType<typeof findProjectSummary>>>;

export async function findProjectLists(tx: Executor, projectId: string) {
  const [partnerRows, funders, budgetLines] = await inTurn(
    () =>
      tx
        .select({
          partnerId: projectPartners.partnerId,
          role: projectPartners.role,
          name: partners.name,
          type: partners.type,
        })
        .from(projectPartners)
        .innerJoin(partners, eq(partners.id, projectPartners.partnerId))
        .where(eq(projectPartners.projectId, projectId))
        .orderBy(asc(partners.name)),
    () =>
      tx
        .select()
        .from(projectFunders)
        .where(eq(projectFunders.projectId, projectId))
        .orderBy(asc(projectFunders.name)),
    () =>
      tx
        .select()
        .from(projectBudgetLines)
        .where(eq(projectBudgetLines.projectId, projectId))
        .orderBy(asc(projectBudgetLines.kind), asc(projectBudgetLines.label)),
  );
  return { partners: partnerRows, funders, budgetLines };
}

export async function insertProject(tx: Executor, values: typeof projects.$inferInsert) {
  const [row] = await tx.insert(projects).values(values).returning();
  return row!;
}

export async function updateProject(
  tx: Executor,
  projectId: string,
  values: Partial<typeof projects.$inferInsert>,
) {
  const [row] = await tx
    .update(projects)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(projects.id, projectId))
    .returning();
  return row ?? null;
}

/** Replaces each list that is given; lists left out stay as they are. */
export async function replaceProjectLists(
  tx: Executor,
  orgId: string,
  projectId: string,
  lists: ProjectLists,
) {
  const base = { orgId, projectId };
  if (lists.communes) {
    await tx.delete(projectCommunes).where(eq(projectCommunes.projectId, projectId));
    if (lists.communes.length > 0) {
      await tx
        .insert(projectCommunes)
        .values(lists.communes.map((c) => ({ ...base, communeCode: c.code, communeName: c.name })));
    }
  }
  if (lists.partners) {
    await tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
    if (lists.partners.length > 0) {
      await tx
        .insert(projectPartners)
        .values(
          lists.partners.map((p) => ({ ...base, partnerId: p.partnerId, role: p.role ?? null })),
        );
    }
  }
  if (lists.funders) {
    await tx.delete(projectFunders).where(eq(projectFunders.projectId, projectId));
    if (lists.funders.length > 0) {
      await tx
        .insert(projectFunders)
        .values(
          lists.funders.map((f) => ({ ...base, name: f.name, amountCents: f.amountCents ?? null })),
        );
    }
  }
  if (lists.budgetLines) {
    await tx.delete(projectBudgetLines).where(eq(projectBudgetLines.projectId, projectId));
    if (lists.budgetLines.length > 0) {
      await tx.insert(projectBudgetLines).values(
        lists.budgetLines.map((line) => ({
          ...base,
          kind: line.kind,
          label: line.label,
          category: line.category ?? null,
          amountCents: line.amountCents,
        })),
      );
    }
  }
}

export async function existingPartnerIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.select({ id: partners.id }).from(partners).where(inArray(partners.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function countDependents(tx: Executor, projectId: string) {
  const [[journeyRow], [sessionRow]] = await inTurn(
    () => tx.select({ n: count() }).from(journeys).where(eq(journeys.projectId, projectId)),
    () => tx.select({ n: count() }).from(sessions).where(eq(sessions.projectId, projectId)),
  );
  return { journeys: journeyRow?.n ?? 0, sessions: sessionRow?.n ?? 0 };
}

export async function deleteProject(tx: Executor, projectId: string) {
  await tx.delete(projects).where(eq(projects.id, projectId));
}
