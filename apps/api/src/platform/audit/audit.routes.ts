// HTTP route of the audit log: admins read it, newest first, filtered by action and dates.
import { AuditEventSchema, AuditQuerySchema, listOf, OrgParamsSchema } from '@tutti/contracts';
import type { App, AppDeps } from '../app-types';
import { requireMember } from '../auth/request-auth';
import { errorResponses } from '../http/response-schemas';
import * as service from './audit.service';

const tags = ['audit'];

export function registerAuditRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/audit-events',
    {
      schema: {
        operationId: 'listAuditEvents',
        summary: 'List audit events',
        description:
          'Reads of access needs, exports and role changes, newest first; `from` and `to` are UTC days, both included.',
        tags,
        params: OrgParamsSchema,
        querystring: AuditQuerySchema,
        response: { 200: listOf(AuditEventSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listAuditEvents({ actor, query: request.query });
    },
  );
}
