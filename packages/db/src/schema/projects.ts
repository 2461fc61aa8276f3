// Projects: a territory, partners, funders, target publics and budget lines.
import { budgetLineKinds, projectStatuses, targetPublics } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { bigint, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, timestamps } from './columns';
import { partners } from './partners';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    name: text('name').notNull(),
    description: text('description'),
    status: text('status', { enum: projectStatuses }).notNull().default('draft'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    targetPublics: text('target_publics', { enum: targetPublics })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('projects_org_idx').on(t.orgId, t.status), tenantPolicy('projects')],
).enableRLS();

/** The project's territory: the communes it works in. */
export const projectCommunes = pgTable(
  'project_communes',
  {
    orgId: orgIdColumn(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    communeCode: text('commune_code').notNull(),
    communeName: text('commune_name').notNull(),
  },
  (t) => [
    index('project_communes_org_idx').on(t.orgId, t.projectId),
    primaryKey({ columns: [t.projectId, t.communeCode] }),
    tenantPolicy('project_communes'),
  ],
).enableRLS();

export const projectPartners = pgTable(
  'project_partners',
  {
    orgId: orgIdColumn(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'no action' }),
    role: text('role'),
  },
  (t) => [
    index('project_partners_org_idx').on(t.orgId, t.projectId),
    primaryKey({ columns: [t.projectId, t.partnerId] }),
    index('project_partners_partner_idx').on(t.partnerId),
    tenantPolicy('project_partners'),
  ],
).enableRLS();

export const projectFunders = pgTable(
  'project_funders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }),
  },
  (t) => [
    index('project_funders_org_idx').on(t.orgId, t.projectId),
    index('project_funders_project_idx').on(t.projectId),
    tenantPolicy('project_funders'),
  ],
).enableRLS();

export const projectBudgetLines = pgTable(
  'project_budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: budgetLineKinds }).notNull(),
    label: text('label').notNull(),
    category: text('category'),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('project_budget_lines_org_idx').on(t.orgId, t.projectId),
    index('project_budget_lines_project_idx').on(t.projectId),
    tenantPolicy('project_budget_lines'),
  ],
).enableRLS();
