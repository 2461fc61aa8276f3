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
import { getIndicators } from './indicators.service';
import { traceIndicator } from './trace.service';

const tags = ['impact'];

export function registerImpactRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/impact/indicators',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: ImpactQuerySchema,
        response: { 200: ImpactIndicatorsSchema },
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
        tags,
        params: OrgParamsSchema,
        querystring: TraceQuerySchema,
        response: { 200: TraceSchema },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return traceIndicator({ actor, query: request.query });
    },
  );
}
