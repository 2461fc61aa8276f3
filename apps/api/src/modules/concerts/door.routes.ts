// HTTP routes of a concert's door: the list a phone downloads before the concert, and the door's
// summary on the box office. Check-ins themselves are operations of the offline log.
import { ConcertParamsSchema, DoorListSchema, DoorSummarySchema } from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './door.service';

const tags = ['concerts'];

export function registerDoorRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/sessions/:concertId/door',
    {
      schema: {
        operationId: 'getDoorList',
        summary:
          "A concert's door list: orders (name, seats per tariff, hash of the QR code) and the " +
          'entries already recorded, downloaded before the concert to let people in offline',
        tags,
        params: ConcertParamsSchema,
        response: { 200: DoorListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getDoorList({ actor, sessionId: request.params.concertId });
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/door/summary',
    {
      schema: {
        operationId: 'getDoorSummary',
        summary:
          "What a concert's door gave: seats let in, people without a ticket, how people came, " +
          'and check-ins that found their seats already used (organisers only)',
        tags,
        params: ConcertParamsSchema,
        response: { 200: DoorSummarySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getDoorSummary({ actor, sessionId: request.params.concertId });
    },
  );
}
