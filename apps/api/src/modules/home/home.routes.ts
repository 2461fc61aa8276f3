// HTTP route of the home page: one answer shaped by the reader's role.
import { HomeSchema, OrgParamsSchema } from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { getHome } from './home.service';

export function registerHomeRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/home',
    {
      schema: {
        operationId: 'getHome',
        summary:
          'The home page: the week and what waits (coordinators), the next session (artists), the groups (relays), key figures (viewers)',
        description:
          'Parts a role does not get are null. Computed at each request (it follows today’s date and the time), from a few indexed reads.',
        tags: ['home'],
        params: OrgParamsSchema,
        response: { 200: HomeSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getHome({ actor });
    },
  );
}
