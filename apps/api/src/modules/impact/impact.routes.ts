// HTTP routes of impact indicators and their traceability.
import {
  ImpactIndicatorsSchema,
  ImpactQuerySchema,
  OrgParamsSchema,
  TraceQuerySchema,
  TraceSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { getIndicators } from './indicators.service';
import { traceIndicator } from './trace.service';

const tags = ['impact'];

export function registerImpactRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/impact/indicators',
    {
      schema: {
        operationId: 'getImpactIndicators',
        summary: 'Read impact indicators',
        tags,
        params: OrgParamsSchema,
        querystring: ImpactQuerySchema,
        response: { 200: ImpactIndicatorsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getIndicators({ actor, database: deps.database, query: request.query });
    },
  );

  app.get(
    '/api/orgs/:orgId/impact/trace',
    {
      schema: {
        operationId: 'getImpactTrace',
        summary: 'Trace an indicator to its sources',
        tags,
        params: OrgParamsSchema,
        querystring: TraceQuerySchema,
        response: { 200: TraceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return traceIndicator({ actor, query: request.query });
    },
  );
}
