// HTTP routes of rehearsals: series from a rule, make-ups and concerts, one occurrence changed,
// the list with RSVPs and predicted attendance, and the roster a phone marks attendance from.
import {
  ChoirCreatedSchema,
  ChoirParamsSchema,
  ChoirRehearsalBodySchema,
  ChoirRehearsalListQuerySchema,
  ChoirRehearsalParamsSchema,
  ChoirRehearsalSchema,
  ChoirRehearsalsCreatedSchema,
  ChoirRehearsalUpdateBodySchema,
  ChoirRosterSchema,
  ChoirSeriesBodySchema,
  listOf,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as rehearsals from './rehearsals.service';

const tags = ['choirs'];
const base = '/api/orgs/:orgId/choirs/:choirId';
const created = { 201: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) };

export function registerRehearsalRoutes(app: App, { database }: AppDeps) {
  app.post(
    `${base}/rehearsal-series`,
    {
      schema: {
        operationId: 'createChoirRehearsalSeries',
        summary: 'Create rehearsals from an RFC 5545 rule, less exception dates',
        tags,
        params: ChoirParamsSchema,
        body: ChoirSeriesBodySchema,
        response: { 201: ChoirRehearsalsCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply.code(201).send(
        await rehearsals.createSeries({
          actor,
          choirId: request.params.choirId,
          input: request.body,
        }),
      );
    },
  );

  app.post(
    `${base}/rehearsals`,
    {
      schema: {
        operationId: 'createChoirRehearsal',
        summary: 'Add a make-up rehearsal or a concert',
        tags,
        params: ChoirParamsSchema,
        body: ChoirRehearsalBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply.code(201).send(
        await rehearsals.createRehearsal({
          actor,
          choirId: request.params.choirId,
          input: request.body,
        }),
      );
    },
  );

  app.patch(
    `${base}/rehearsals/:rehearsalId`,
    {
      schema: {
        operationId: 'updateChoirRehearsal',
        summary: 'Cancel, move or annotate one rehearsal',
        tags,
        params: ChoirRehearsalParamsSchema,
        body: ChoirRehearsalUpdateBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      rehearsals.updateRehearsal({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        rehearsalId: request.params.rehearsalId,
        input: request.body,
      }),
  );

  app.get(
    `${base}/rehearsals`,
    {
      schema: {
        operationId: 'listChoirRehearsals',
        summary: 'Rehearsals with RSVPs, marks and predicted attendance per part',
        description:
          'Predicted: yes counts 1, maybe 0.5, no 0; without an answer, the singer’s attendance rate this season (0.8 without history).',
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirRehearsalListQuerySchema,
        response: { 200: listOf(ChoirRehearsalSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      rehearsals.listRehearsals({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        query: request.query,
      }),
  );

  app.get(
    `${base}/rehearsals/:rehearsalId/roster`,
    {
      schema: {
        operationId: 'getChoirRehearsalRoster',
        summary: 'The singers to mark at a rehearsal, with their RSVP and current mark',
        tags,
        params: ChoirRehearsalParamsSchema,
        response: { 200: ChoirRosterSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      rehearsals.rehearsalRoster({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        rehearsalId: request.params.rehearsalId,
      }),
  );
}
