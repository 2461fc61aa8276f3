// The daily purge of every retention rule, and what an admin reads of it.
import type { RetentionOverview } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import * as reports from './retention.repository';
import { type RetentionCounts, retentionRules } from './retention.rules';

/** Reports an admin reads: about a month of daily purges. */
const REPORTS_SHOWN = 31;

export type PurgeSummary = {
  ranAt: Date;
  /** Records purged per rule, in every organisation together (counts only). */
  totals: RetentionCounts;
};

/**
 * Runs every rule once, then writes each organisation's report: what was purged there, rule by
 * rule, zeros included, so that an admin sees the purge ran even when nothing had expired.
 * Rules run one after the other; a rule that fails stops the run (the job is retried) and
 * leaves what the earlier batches committed, each batch being whole.
 */
export async function purgeExpiredRecords({
  database,
  now = new Date(),
}: {
  database: TuttiDatabase;
  now?: Date;
}): Promise<PurgeSummary> {
  const perOrganisation = new Map<string, RetentionCounts>();
  const totals: RetentionCounts = {};
  const organisationIds = await reports.listOrganisationIds(database.db);
  for (const rule of retentionRules) {
    const counts = await rule.purge(database, now);
    totals[rule.id] = [...counts.values()].reduce((sum, n) => sum + n, 0);
    for (const orgId of organisationIds) {
      const report = perOrganisation.get(orgId) ?? {};
      if (rule.scope === 'organisation') report[rule.id] = counts.get(orgId) ?? 0;
      perOrganisation.set(orgId, report);
    }
  }
  await reports.insertReports(
    database.db,
    now,
    [...perOrganisation].map(([orgId, counts]) => ({ orgId, counts })),
  );
  return { ranAt: now, totals };
}

export async function getRetentionOverview({
  actor,
}: {
  actor: OrgActor;
}): Promise<RetentionOverview> {
  requirePermission(actor, 'retention.read');
  const recent = await actor.inTenant((tx) => reports.listReports(tx, actor.orgId, REPORTS_SHOWN));
  return {
    rules: retentionRules.map(({ id, action, keptForDays, startsFrom, scope }) => ({
      id,
      action,
      keptForDays,
      startsFrom,
      scope,
    })),
    reports: recent.map((report) => ({
      ranAt: report.ranAt.toISOString(),
      counts: report.counts,
    })),
  };
}
