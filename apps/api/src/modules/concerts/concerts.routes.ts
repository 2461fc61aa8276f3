// HTTP routes of a concert's box office for organisers: seat counts, tariffs, orders.
import {
  BoxOfficeSchema,
  ConcertOrderWithPaymentsSchema,
  ConcertParamsSchema,
  TariffsReplaceBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { registerConcertFigureRoutes } from './concert-figures.routes';
import { registerConcertListRoutes } from './concert-lists.routes';
import * as service from './concerts.service';

const tags = ['concerts'];

export function registerConcertRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/sessions/:concertId/box-office',
    {
      schema: {
        operationId: 'getBoxOffice',
        summary: "A concert's tariffs and seats: booked and remaining, per tariff",
        tags,
        params: ConcertParamsSchema,
        response: { 200: BoxOfficeSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getBoxOffice({ actor, sessionId: request.params.concertId });
    },
  );

  app.put(
    '/api/orgs/:orgId/sessions/:concertId/tariffs',
    {
      schema: {
        operationId: 'replaceConcertTariffs',
        summary: "Set a concert's tariffs (each price within the organisation's cap)",
        tags,
        params: ConcertParamsSchema,
        body: TariffsReplaceBodySchema,
        response: { 200: BoxOfficeSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.replaceTariffs({
        actor,
        sessionId: request.params.concertId,
        input: request.body,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/orders',
    {
      schema: {
        operationId: 'listConcertOrders',
        summary: "A concert's orders, with names, contacts and access needs (organisers only)",
        tags,
        params: ConcertParamsSchema,
        response: {
          200: z.object({ items: z.array(ConcertOrderWithPaymentsSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listOrders({ actor, sessionId: request.params.concertId });
    },
  );

  registerConcertListRoutes(app, deps);
  registerConcertFigureRoutes(app, deps);
}
