// HTTP routes of calendar feeds: managed by members, served publicly at their secret address.
import {
  CalendarFeedCreateBodySchema,
  CalendarFeedCreatedSchema,
  CalendarFeedListQuerySchema,
  CalendarFeedParamsSchema,
  CalendarFeedSchema,
  listOf,
  OrgParamsSchema,
  TokenSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import * as service from './calendar-feeds.service';

const tags = ['calendars'];

export function registerCalendarFeedRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs/:orgId/calendar-feeds',
    {
      schema: {
        operationId: 'createCalendarFeed',
        summary: 'Create a calendar feed',
        tags,
        params: OrgParamsSchema,
        body: CalendarFeedCreateBodySchema,
        response: { 201: CalendarFeedCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createFeed({ deps, actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/calendar-feeds',
    {
      schema: {
        operationId: 'listCalendarFeeds',
        summary: 'List calendar feeds',
        tags,
        params: OrgParamsSchema,
        querystring: CalendarFeedListQuerySchema,
        response: { 200: listOf(CalendarFeedSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listFeeds({ actor, query: request.query });
    },
  );

  app.delete(
    '/api/orgs/:orgId/calendar-feeds/:feedId',
    {
      schema: {
        operationId: 'revokeCalendarFeed',
        summary: 'Revoke a calendar feed',
        tags,
        params: CalendarFeedParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.revokeFeed({ actor, feedId: request.params.feedId });
      return reply.code(204).send(null);
    },
  );

  // Public and without a session: the secret in the address is the only key. The logger
  // records the route pattern, never this URL.
  app.get(
    '/ical/:token.ics',
    {
      schema: {
        operationId: 'getCalendarFeedIcs',
        summary: 'Read a calendar feed as iCalendar',
        security: [],
        tags,
        params: z.strictObject({ token: TokenSchema }),
        response: {
          200: fileResponse('The calendar in iCalendar format', 'calendar'),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const body = await service.renderFeed({ deps, token: request.params.token });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="tutti.ics"')
        .send(body);
    },
  );
}
