// HTTP routes of sessions: the calendar, planning with conflict checks, moves, cancel, done, history.
import {
  CalendarQuerySchema,
  CalendarSchema,
  MovedSessionsSchema,
  MovePreviewSchema,
  OrgParamsSchema,
  SessionCancelBodySchema,
  SessionChangesSchema,
  SessionCheckBodySchema,
  SessionCheckSchema,
  SessionCreateBodySchema,
  SessionMoveBodySchema,
  SessionMovePreviewBodySchema,
  SessionParamsSchema,
  SessionPublicationBodySchema,
  SessionSchema,
  SessionUpdateBodySchema,
} from '@tutti/contracts';
import { addDays } from '@tutti/kit/dates';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { replyCached } from '../../platform/http/response-cache';
import { errorResponses } from '../../platform/http/response-schemas';
import { listCalendar } from './calendar.service';
import { getSessionChanges } from './session-history';
import { setSessionPublication } from './session-publication';
import { applyMove, previewMove } from './sessions.move';
import * as service from './sessions.service';

const tags = ['sessions'];

export function registerSessionRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/sessions',
    {
      schema: {
        operationId: 'listSessions',
        summary: 'List sessions in a calendar range',
        tags,
        params: OrgParamsSchema,
        querystring: CalendarQuerySchema,
        response: { 200: CalendarSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { query } = request;
      // Without `from`, the answer follows today's date: not cached.
      if (!query.from) return listCalendar({ actor, query });
      // One artist's calendar: their sessions of these days, wherever the time zone puts them.
      const artistDays = query.artistId
        ? {
            artistIds: [query.artistId],
            fromDay: addDays(query.from, -1),
            toDay: addDays(query.to ?? addDays(query.from, 7), 1),
          }
        : undefined;
      return replyCached(
        request,
        reply,
        actor,
        (reader) => listCalendar({ actor: reader, query }),
        {
          artistDays,
        },
      );
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions',
    {
      schema: {
        operationId: 'createSession',
        summary: 'Create a session',
        tags,
        params: OrgParamsSchema,
        body: SessionCreateBodySchema,
        response: { 201: SessionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createSession({ actor, input: request.body }));
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/check',
    {
      schema: {
        operationId: 'checkSession',
        summary: 'Check a session for conflicts',
        tags,
        params: OrgParamsSchema,
        body: SessionCheckBodySchema,
        response: { 200: SessionCheckSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.checkSession({ actor, input: request.body });
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:sessionId',
    {
      schema: {
        operationId: 'getSession',
        summary: 'Read a session',
        tags,
        params: SessionParamsSchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getSession({ actor, sessionId: request.params.sessionId });
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:sessionId/changes',
    {
      schema: {
        operationId: 'listSessionChanges',
        summary: "Read a session's history: who created, moved or changed it, and what changed",
        tags,
        params: SessionParamsSchema,
        response: { 200: SessionChangesSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getSessionChanges({ actor, sessionId: request.params.sessionId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/sessions/:sessionId',
    {
      schema: {
        operationId: 'updateSession',
        summary: 'Update a session',
        tags,
        params: SessionParamsSchema,
        body: SessionUpdateBodySchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { sessionId } = request.params;
      return service.updateSession({ actor, sessionId, input: request.body });
    },
  );

  app.delete(
    '/api/orgs/:orgId/sessions/:sessionId',
    {
      schema: {
        operationId: 'deleteSession',
        summary: 'Delete a session',
        tags,
        params: SessionParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteSession({ actor, sessionId: request.params.sessionId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:sessionId/cancel',
    {
      schema: {
        operationId: 'cancelSession',
        summary: 'Cancel a session',
        tags,
        params: SessionParamsSchema,
        body: SessionCancelBodySchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { sessionId } = request.params;
      return service.cancelSession({ actor, sessionId, reason: request.body.reason });
    },
  );

  app.put(
    '/api/orgs/:orgId/sessions/:sessionId/publication',
    {
      schema: {
        operationId: 'setSessionPublication',
        summary: "Show a concert or workshop on the organisation's public pages, or take it off",
        tags,
        params: SessionParamsSchema,
        body: SessionPublicationBodySchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { sessionId } = request.params;
      return setSessionPublication({ actor, sessionId, isPublic: request.body.isPublic });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:sessionId/done',
    {
      schema: {
        operationId: 'markSessionDone',
        summary: 'Mark a session done',
        tags,
        params: SessionParamsSchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.markSessionDone({ actor, sessionId: request.params.sessionId });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:sessionId/move-preview',
    {
      schema: {
        operationId: 'previewSessionMove',
        summary: 'Preview a session move',
        tags,
        params: SessionParamsSchema,
        body: SessionMovePreviewBodySchema,
        response: { 200: MovePreviewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { sessionId } = request.params;
      return previewMove({ actor, sessionId, input: request.body });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:sessionId/move',
    {
      schema: {
        operationId: 'moveSession',
        summary: 'Move a session',
        tags,
        params: SessionParamsSchema,
        body: SessionMoveBodySchema,
        response: { 200: MovedSessionsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { sessionId } = request.params;
      return applyMove({ actor, sessionId, input: request.body });
    },
  );
}
