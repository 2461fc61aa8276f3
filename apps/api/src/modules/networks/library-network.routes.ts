// The library's takedown requests, for users holding a network role: coordinators decide every
// request, an owner organisation's role holders those on its entries.
import {
  NetworkParamsSchema,
  TakedownDecisionBodySchema,
  TakedownParamsSchema,
  TakedownSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { errorResponses } from '../../platform/http/response-schemas';
import { decideTakedown, listTakedowns } from './library-takedowns';
import { requireNetworkRole } from './network-access';

const tags = ['networks'];

export function registerLibraryTakedownRoutes(app: App, deps: AppDeps) {
  const { database } = deps;

  app.get(
    '/api/networks/:networkId/library/takedowns',
    {
      schema: {
        operationId: 'listLibraryTakedowns',
        summary: 'Takedown requests: all for coordinators, those on the own entries for members',
        tags,
        params: NetworkParamsSchema,
        response: { 200: z.array(TakedownSchema), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const actor = await requireNetworkRole(request, database, request.params.networkId);
      return listTakedowns({ actor, database });
    },
  );

  app.post(
    '/api/networks/:networkId/library/takedowns/:takedownId/decision',
    {
      schema: {
        operationId: 'decideLibraryTakedown',
        summary: 'Uphold (the entry leaves the library) or dismiss a takedown request',
        tags,
        params: TakedownParamsSchema,
        body: TakedownDecisionBodySchema,
        response: { 200: TakedownSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireNetworkRole(request, database, request.params.networkId);
      const { decision, note } = request.body;
      const { takedownId } = request.params;
      return decideTakedown({ actor, database, takedownId, decision, note });
    },
  );
}
