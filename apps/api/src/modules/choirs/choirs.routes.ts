// HTTP routes of the conductor's side: choirs, seasons, members, parts, repertoire, tracks,
// divisi, rehearsal series and exceptions, the rehearsal list and roster, and readiness.
import {
  ChoirCreateBodySchema,
  ChoirCreatedSchema,
  ChoirDivisiBodySchema,
  ChoirMemberBodySchema,
  ChoirMemberParamsSchema,
  ChoirMemberUpdateBodySchema,
  ChoirParamsSchema,
  ChoirPartParamsSchema,
  ChoirPartUpdateBodySchema,
  ChoirPieceBodySchema,
  ChoirPieceParamsSchema,
  ChoirPieceSchema,
  ChoirReadinessSchema,
  ChoirSchema,
  ChoirSeasonBodySchema,
  ChoirSeasonQuerySchema,
  ChoirSummarySchema,
  ChoirTrackBodySchema,
  listOf,
  OrgParamsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './choirs.service';
import * as members from './members.service';
import { readiness } from './readiness.service';
import * as repertoire from './repertoire.service';

const tags = ['choirs'];
const base = '/api/orgs/:orgId/choirs/:choirId';
const created = { 201: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) };

export function registerChoirRoutes(app: App, deps: AppDeps) {
  const { database } = deps;

  app.get(
    '/api/orgs/:orgId/choirs',
    {
      schema: {
        operationId: 'listChoirs',
        summary: 'List the choirs the account conducts or sings in',
        tags,
        params: OrgParamsSchema,
        response: { 200: listOf(ChoirSummarySchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      service.listChoirs({ actor: await requireMember(request, database, request.params.orgId) }),
  );

  app.post(
    '/api/orgs/:orgId/choirs',
    {
      schema: {
        operationId: 'createChoir',
        summary: 'Create a choir with its sites and voice parts',
        description:
          'Each site gets a group of kind choir for its singers; parts default to S1–B2.',
        tags,
        params: OrgParamsSchema,
        body: ChoirCreateBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const result = await service.createChoir({
        actor: await requireMember(request, database, request.params.orgId),
        input: request.body,
      });
      return reply.code(201).send(result);
    },
  );

  app.get(
    base,
    {
      schema: {
        operationId: 'getChoir',
        summary: 'Read a choir: seasons, sites, parts with section leaders, roster, age bands',
        description: 'Attendance rates count present over present and absent (excused apart).',
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirSeasonQuerySchema,
        response: { 200: ChoirSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.getChoir({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        seasonId: request.query.seasonId,
      }),
  );

  app.post(
    `${base}/seasons`,
    {
      schema: {
        operationId: 'createChoirSeason',
        summary: 'Add a season or project',
        tags,
        params: ChoirParamsSchema,
        body: ChoirSeasonBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply.code(201).send(
        await service.createSeason({
          actor,
          choirId: request.params.choirId,
          input: request.body,
        }),
      );
    },
  );

  app.post(
    `${base}/members`,
    {
      schema: {
        operationId: 'addChoirMember',
        summary: 'Add a singer (a participant, new or enrolled)',
        tags,
        params: ChoirParamsSchema,
        body: ChoirMemberBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply
        .code(201)
        .send(
          await members.addMember({ actor, choirId: request.params.choirId, input: request.body }),
        );
    },
  );

  app.patch(
    `${base}/members/:choirMemberId`,
    {
      schema: {
        operationId: 'updateChoirMember',
        summary: 'Move a singer to another part or site, or record that they left the choir',
        description:
          'A singer who left (`active: false`) keeps their history but no longer reaches their page, their part’s calendar feed (it stops) or recordings, and no longer leads a part.',
        tags,
        params: ChoirMemberParamsSchema,
        body: ChoirMemberUpdateBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      members.updateMember({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        memberId: request.params.choirMemberId,
        input: request.body,
      }),
  );

  app.post(
    `${base}/pieces`,
    {
      schema: {
        operationId: 'addChoirPiece',
        summary: 'Add a piece to a season’s repertoire',
        tags,
        params: ChoirParamsSchema,
        body: ChoirPieceBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply.code(201).send(
        await repertoire.addPiece({
          actor,
          choirId: request.params.choirId,
          input: request.body,
        }),
      );
    },
  );

  app.post(
    `${base}/pieces/:pieceId/tracks`,
    {
      schema: {
        operationId: 'addChoirTrack',
        summary: 'Add a learning track (a media file of the organisation)',
        tags,
        params: ChoirPieceParamsSchema,
        body: ChoirTrackBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply.code(201).send(
        await repertoire.addTrack({
          actor,
          choirId: request.params.choirId,
          pieceId: request.params.pieceId,
          input: request.body,
        }),
      );
    },
  );

  app.post(
    `${base}/pieces/:pieceId/divisi`,
    {
      schema: {
        operationId: 'setChoirDivisi',
        summary: 'Have a singer sing another part on one piece',
        tags,
        params: ChoirPieceParamsSchema,
        body: ChoirDivisiBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply.code(201).send(
        await repertoire.setDivisi({
          actor,
          choirId: request.params.choirId,
          pieceId: request.params.pieceId,
          input: request.body,
        }),
      );
    },
  );

  app.patch(
    `${base}/parts/:partId`,
    {
      schema: {
        operationId: 'updateChoirPart',
        summary: 'Rename a part, set its minimum or its section leader',
        tags,
        params: ChoirPartParamsSchema,
        body: ChoirPartUpdateBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      members.updatePart({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        partId: request.params.partId,
        input: request.body,
      }),
  );

  app.get(
    `${base}/pieces`,
    {
      schema: {
        operationId: 'listChoirPieces',
        summary: 'The season’s repertoire with learning tracks',
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirSeasonQuerySchema,
        response: { 200: listOf(ChoirPieceSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      repertoire.listPieces({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        seasonId: request.query.seasonId,
      }),
  );

  app.get(
    `${base}/readiness`,
    {
      schema: {
        operationId: 'getChoirReadiness',
        summary: 'Readiness per piece, part and site before the next concert, with balance alerts',
        description:
          'Ready: the singer said so or a section leader approved a recording. An alert names a part with fewer singers ready on a piece than its minimum.',
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirSeasonQuerySchema,
        response: { 200: ChoirReadinessSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      readiness({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        seasonId: request.query.seasonId,
      }),
  );
}
