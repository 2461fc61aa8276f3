// Row-level security shared by every tenant table: rows are visible only inside their organisation.
import { sql } from 'drizzle-orm';
import { pgPolicy, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { appRole } from './roles';

export { appRole };

/** The organisation column every tenant table carries; deleting an organisation deletes its rows. */
export const orgIdColumn = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/**
 * The standard tenant policy: the application role sees and writes only rows of the
 * organisation set for the transaction (`tutti.org_id`).
 *
 * @example
 * pgTable('venues', { orgId: orgIdColumn(), ... }, () => [tenantPolicy('venues')]).enableRLS();
 */
export function tenantPolicy(tableName: string) {
  return pgPolicy(`${tableName}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql`org_id = tutti_org_id()`,
    withCheck: sql`org_id = tutti_org_id()`,
  });
}

/**
 * The policy of a table of special-category data (access needs): the tenant rule, and only in a
 * transaction opened as sensitive (`tutti.sensitive`), which services set for the roles that may
 * read it.
 */
export function sensitiveTenantPolicy(tableName: string) {
  const rule = sql`org_id = tutti_org_id() and current_setting('tutti.sensitive', true) = 'on'`;
  return pgPolicy(`${tableName}_sensitive`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: rule,
    withCheck: rule,
  });
}
