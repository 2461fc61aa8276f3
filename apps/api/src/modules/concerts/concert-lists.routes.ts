// HTTP routes of a concert's waiting list and group orders for organisers: names and contacts,
// so for the roles that read orders; moving a party in the queue is audited with its reason.
import {
  ConcertParamsSchema,
  GroupOrderSchema,
  WaitingListEntryParamsSchema,
  WaitingListMoveBodySchema,
  WaitingListSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { concertSettings } from './concert-settings';
import { listGroupOrders } from './group-orders.service';
import { getWaitingList, moveWaitingListEntry } from './waiting-list.service';

const tags = ['concerts'];

export function registerConcertListRoutes(app: App, deps: AppDeps) {
  const settings = concertSettings(deps.config);

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/waiting-list',
    {
      schema: {
        operationId: 'getConcertWaitingList',
        summary: "A concert's waiting list: the queue in order, then the parties out of it",
        tags,
        params: ConcertParamsSchema,
        response: { 200: WaitingListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getWaitingList({ actor, sessionId: request.params.concertId, settings });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:concertId/waiting-list/:entryId/move',
    {
      schema: {
        operationId: 'moveConcertWaitingListEntry',
        summary: 'Move a party in the waiting list, with a reason kept in the audit log',
        tags,
        params: WaitingListEntryParamsSchema,
        body: WaitingListMoveBodySchema,
        response: { 200: WaitingListSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return moveWaitingListEntry({
        actor,
        sessionId: request.params.concertId,
        entryId: request.params.entryId,
        input: request.body,
        settings,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/group-orders',
    {
      schema: {
        operationId: 'listConcertGroupOrders',
        summary: "A concert's group orders (classes, nurseries) with where each stands",
        tags,
        params: ConcertParamsSchema,
        response: {
          200: z.object({ items: z.array(GroupOrderSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return listGroupOrders({ actor, sessionId: request.params.concertId });
    },
  );
}
