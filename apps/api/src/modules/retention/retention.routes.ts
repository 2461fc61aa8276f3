// What admins read of retention: the rules, and what the recent daily purges removed.
import { OrgParamsSchema, RetentionOverviewSchema } from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { getRetentionOverview } from './retention.service';

export function registerRetentionRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/retention',
    {
      schema: {
        operationId: 'getRetentionOverview',
        summary: 'Read the retention rules and the recent purges',
        tags: ['retention'],
        params: OrgParamsSchema,
        response: { 200: RetentionOverviewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getRetentionOverview({ actor });
    },
  );
}
