// HTTP routes of attendance: rosters, my day, follow-up and conflicts (marks and head counts are
// written through the offline operation log, whose kinds are in operation-kinds.ts).
import {
  AttendanceConflictSchema,
  AttendanceSessionSummarySchema,
  AttendanceSessionsQuerySchema,
  ConflictListQuerySchema,
  listOf,
  MyDayQuerySchema,
  MyDaySchema,
  OrgParamsSchema,
  SessionParamsSchema,
  SessionRosterSchema,
} from '@tutti/contracts';
import { addDays } from '@tutti/kit/dates';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { replyCached } from '../../platform/http/response-cache';
import { errorResponses } from '../../platform/http/response-schemas';
import * as followUp from './follow-up.service';
import * as rosters from './roster.service';

const tags = ['attendance'];

export function registerAttendanceRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/sessions/:sessionId/attendance',
    {
      schema: {
        operationId: 'getSessionAttendance',
        summary: "Read a session's attendance sheet",
        tags,
        params: SessionParamsSchema,
        response: { 200: SessionRosterSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return rosters.getSessionRoster({ actor, sessionId: request.params.sessionId });
    },
  );

  app.get(
    '/api/orgs/:orgId/my-day',
    {
      schema: {
        operationId: 'getMyDay',
        summary: "Read the signed-in artist's day",
        tags,
        params: OrgParamsSchema,
        querystring: MyDayQuerySchema,
        response: { 200: MyDaySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { date } = request.query;
      // Without a date, the answer follows today's date: not cached.
      if (!date) return rosters.getMyDay({ actor, date });
      // The reader's sessions of that day, wherever the organisation's time zone puts it in UTC.
      const artistDays = {
        artistIds: 'ofUser',
        fromDay: addDays(date, -1),
        toDay: addDays(date, 2),
      } as const;
      return replyCached(
        request,
        reply,
        actor,
        (reader) => rosters.getMyDay({ actor: reader, date }),
        {
          artistDays,
        },
      );
    },
  );

  app.get(
    '/api/orgs/:orgId/attendance/sessions',
    {
      schema: {
        operationId: 'listAttendanceSessions',
        summary: 'List sessions to take attendance for',
        tags,
        params: OrgParamsSchema,
        querystring: AttendanceSessionsQuerySchema,
        response: {
          200: listOf(AttendanceSessionSummarySchema),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return followUp.listAttendanceSessions({ actor, query: request.query });
    },
  );

  app.get(
    '/api/orgs/:orgId/attendance/conflicts',
    {
      schema: {
        operationId: 'listAttendanceConflicts',
        summary: 'List attendance conflicts',
        tags,
        params: OrgParamsSchema,
        querystring: ConflictListQuerySchema,
        response: { 200: listOf(AttendanceConflictSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return followUp.listConflicts({ actor, query: request.query });
    },
  );
}
