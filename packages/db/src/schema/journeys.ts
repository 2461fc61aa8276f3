// Musical journeys: reusable templates of ordered steps, instantiated for a group as sessions.
import { sessionKinds } from '@tutti/contracts';
import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, timestamps } from './columns';
import { groups } from './participants';
import { projects } from './projects';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const journeyTemplates = pgTable(
  'journey_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    name: text('name').notNull(),
    description: text('description'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('journey_templates_org_idx').on(t.orgId), tenantPolicy('journey_templates')],
).enableRLS();

export const journeyTemplateSteps = pgTable(
  'journey_template_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => journeyTemplates.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: sessionKinds }).notNull(),
    title: text('title'),
    durationMin: integer('duration_min').notNull(),
    /** Days after the previous step (0 for the first). */
    spacingDays: integer('spacing_days').notNull(),
  },
  (t) => [
    index('journey_template_steps_org_idx').on(t.orgId, t.templateId),
    index('journey_template_steps_template_idx').on(t.templateId, t.position),
    tenantPolicy('journey_template_steps'),
  ],
).enableRLS();

/** A template instantiated for one group in one project. */
export const journeys = pgTable(
  'journeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'no action' }),
    templateId: uuid('template_id').references(() => journeyTemplates.id, { onDelete: 'set null' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'no action' }),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('journeys_org_idx').on(t.orgId, t.startsOn),
    index('journeys_project_idx').on(t.projectId),
    index('journeys_group_idx').on(t.groupId),
    tenantPolicy('journeys'),
  ],
).enableRLS();
