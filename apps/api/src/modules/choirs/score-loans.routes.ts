// HTTP routes of printed score copies: the shelf and the copies out, the copies owned of a
// piece's edition, a loan, a return of several loans at once, and what a singer holds.
import {
  ChoirCreatedSchema,
  ChoirMyScoresSchema,
  ChoirParamsSchema,
  ChoirPieceParamsSchema,
  ChoirScoreCopiesBodySchema,
  ChoirScoreLoanBodySchema,
  ChoirScoreReturnBodySchema,
  ChoirScoreReturnedSchema,
  ChoirScoreShelfSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as scores from './score-loans.service';

const tags = ['choirs'];
const base = '/api/orgs/:orgId/choirs/:choirId';

export function registerScoreLoanRoutes(app: App, { database }: AppDeps) {
  app.get(
    `${base}/score-copies`,
    {
      schema: {
        operationId: 'getChoirScoreShelf',
        summary: 'Printed copies per piece: owned, out, on the shelf, and the loans out',
        description:
          'Admins and coordinators see every loan; a section leader those of the parts they lead.',
        tags,
        params: ChoirParamsSchema,
        response: { 200: ChoirScoreShelfSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      scores.scoreShelf({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
      }),
  );

  app.put(
    `${base}/pieces/:pieceId/score-copies`,
    {
      schema: {
        operationId: 'setChoirScoreCopies',
        summary: 'Set how many printed copies of the piece’s edition the choir owns',
        tags,
        params: ChoirPieceParamsSchema,
        body: ChoirScoreCopiesBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      scores.setScoreCopies({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        pieceId: request.params.pieceId,
        copiesOwned: request.body.copiesOwned,
      }),
  );

  app.post(
    `${base}/score-loans`,
    {
      schema: {
        operationId: 'lendChoirScores',
        summary: 'Lend printed copies of a piece to a singer',
        description: 'More copies than the shelf holds: 409 CHOIR.NOT_ENOUGH_COPIES (body.copies).',
        tags,
        params: ChoirParamsSchema,
        body: ChoirScoreLoanBodySchema,
        response: { 201: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply
        .code(201)
        .send(
          await scores.lendScores({ actor, choirId: request.params.choirId, input: request.body }),
        );
    },
  );

  app.post(
    `${base}/score-loans/return`,
    {
      schema: {
        operationId: 'returnChoirScores',
        summary: 'Take back several loans at once (a singer’s folder, or a piece)',
        tags,
        params: ChoirParamsSchema,
        body: ChoirScoreReturnBodySchema,
        response: { 200: ChoirScoreReturnedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      scores.returnScores({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        input: request.body,
      }),
  );

  app.get(
    `${base}/me/score-copies`,
    {
      schema: {
        operationId: 'getMyChoirScores',
        summary: 'The printed copies I hold',
        description: 'For an account linked to a member of the choir; others get 404.',
        tags,
        params: ChoirParamsSchema,
        response: { 200: ChoirMyScoresSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      scores.myScores({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
      }),
  );
}
