// What each daily retention purge removed in an organisation: counts per rule, never records.
import type { RetentionRuleId } from '@tutti/contracts';
import { index, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const retentionReports = pgTable(
  'retention_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
    counts: jsonb('counts').$type<Partial<Record<RetentionRuleId, number>>>().notNull(),
  },
  (t) => [
    index('retention_reports_org_idx').on(t.orgId, t.ranAt),
    tenantPolicy('retention_reports'),
  ],
).enableRLS();
