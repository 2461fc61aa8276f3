// HTTP route of the offline operation log: one endpoint for every kind of operation.
import {
  OfflineOperationsBodySchema,
  OfflineOperationsResultSchema,
  OrgParamsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../app-types';
import { requireMember } from '../auth/request-auth';
import { errorResponses } from '../http/response-schemas';
import type { OperationRegistry } from './operation-kinds';
import { applyOperations } from './operation-log';

export function registerOfflineLogRoutes(app: App, deps: AppDeps, registry: OperationRegistry) {
  const rules = [...registry.values()].map((kind) => `- \`${kind.kind}\`: ${kind.conflictRule}`);
  app.post(
    '/api/orgs/:orgId/offline/operations',
    {
      schema: {
        operationId: 'applyOfflineOperations',
        summary: 'Apply operations recorded on a device',
        description: [
          'Each operation is applied exactly once, whatever the order and the number of times it',
          'arrives: a known op id answers `duplicate` and changes nothing. A malformed batch is',
          'refused whole (400, naming the field); an operation that cannot be applied is refused',
          'alone, with its reason, and not logged. Conflict rules by kind:',
          '',
          ...rules,
        ].join('\n'),
        tags: ['offline'],
        params: OrgParamsSchema,
        body: OfflineOperationsBodySchema,
        response: {
          200: OfflineOperationsResultSchema,
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return {
        results: await applyOperations({ actor, registry, batch: request.body.operations }),
      };
    },
  );
}
