// Traceability: the sessions, participants, marks and head counts behind an indicator, for staff.
import type { ImpactFilters, Trace, TraceIndicator } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { dataVersionOf, type FilterInput, resolveFilters, scopeOf } from './indicators.service';
import { reportFilters, traceRows } from './trace.repository';

export async function traceIndicator({
  actor,
  query,
}: {
  actor: OrgActor;
  query: FilterInput & {
    indicator: TraceIndicator;
    reportId?: string | undefined;
    limit: number;
    offset: number;
  };
}): Promise<Trace> {
  requirePermission(actor, 'impact.trace');
  return actor.inTenant(async (tx) => {
    let filters: ImpactFilters = resolveFilters(query);
    let reportDataVersion: string | null = null;
    if (query.reportId) {
      const report = await reportFilters(tx, query.reportId);
      if (!report) throw new AppError('REPORT.NOT_FOUND', 'Report not found');
      const { from, to, projectIds, communeCodes, departmentCode } = report.params;
      filters = { from, to, projectIds, communeCodes, departmentCode };
      reportDataVersion = report.data_version;
    }
    const scope = await scopeOf(tx, actor.orgId, filters);
    const { dataVersion } = await dataVersionOf(tx, actor.orgId, scope);
    const listing = await traceRows(tx, scope, query.indicator, query);
    return {
      indicator: query.indicator,
      filters,
      dataVersion,
      reportDataVersion,
      ...listing,
    };
  });
}
