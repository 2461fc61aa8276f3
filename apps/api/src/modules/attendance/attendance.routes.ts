// HTTP routes of attendance: the operations endpoint, rosters, my day, follow-up and conflicts.
import {
  AttendanceConflictSchema,
  AttendanceOperationsBodySchema,
  AttendanceOperationsResultSchema,
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
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { replyCached } from '../../platform/http/response-cache';
import * as followUp from './follow-up.service';
import { applyOperations } from './operations.service';
import * as rosters from './roster.service';

const tags = ['attendance'];

export function registerAttendanceRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs/:orgId/attendance/operations',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        body: AttendanceOperationsBodySchema,
        response: { 200: AttendanceOperationsResultSchema },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return { results: await applyOperations({ actor, batch: request.body.operations }) };
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:sessionId/attendance',
    { schema: { tags, params: SessionParamsSchema, response: { 200: SessionRosterSchema } } },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return rosters.getSessionRoster({ actor, sessionId: request.params.sessionId });
    },
  );

  app.get(
    '/api/orgs/:orgId/my-day',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: MyDayQuerySchema,
        response: { 200: MyDaySchema },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const compute = () => rosters.getMyDay({ actor, date: request.query.date });
      // Without a date, the answer follows today's date: not cached.
      return request.query.date ? replyCached(request, reply, actor, compute) : compute();
    },
  );

  app.get(
    '/api/orgs/:orgId/attendance/sessions',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: AttendanceSessionsQuerySchema,
        response: { 200: listOf(AttendanceSessionSummarySchema) },
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
        tags,
        params: OrgParamsSchema,
        querystring: ConflictListQuerySchema,
        response: { 200: listOf(AttendanceConflictSchema) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return followUp.listConflicts({ actor, query: request.query });
    },
  );
}
