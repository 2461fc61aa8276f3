// HTTP routes of singers and section leaders: a singer's own page, RSVP, learning status; the
// checking queue, the learning grid of a part and a verdict on a recording.
import {
  ChoirCreatedSchema,
  ChoirLearningBodySchema,
  ChoirLearningGridQuerySchema,
  ChoirLearningGridSchema,
  ChoirMyPageSchema,
  ChoirParamsSchema,
  ChoirPieceParamsSchema,
  ChoirQueueSchema,
  ChoirRecordingParamsSchema,
  ChoirRehearsalParamsSchema,
  ChoirReviewBodySchema,
  ChoirRsvpBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { sendFileContent } from '../media';
import { learningGrid } from './learning-grid.service';
import * as singers from './singers.service';

const tags = ['choirs'];
const base = '/api/orgs/:orgId/choirs/:choirId';

export function registerSingerRoutes(app: App, { config, database }: AppDeps) {
  app.get(
    `${base}/me`,
    {
      schema: {
        operationId: 'getMyChoirPage',
        summary: 'A singer’s own page: next rehearsals, pieces in their part, tracks, status',
        description: 'For an account linked to a member of the choir; others get 404.',
        tags,
        params: ChoirParamsSchema,
        response: { 200: ChoirMyPageSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      singers.myPage({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
      }),
  );

  app.put(
    `${base}/rehearsals/:rehearsalId/rsvp`,
    {
      schema: {
        operationId: 'answerChoirRehearsal',
        summary: 'Say whether I come to a rehearsal',
        tags,
        params: ChoirRehearsalParamsSchema,
        body: ChoirRsvpBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      singers.answerRsvp({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        rehearsalId: request.params.rehearsalId,
        answer: request.body.answer,
      }),
  );

  app.put(
    `${base}/pieces/:pieceId/learning`,
    {
      schema: {
        operationId: 'markChoirLearning',
        summary: 'Mark where I am on a piece: learning, ready for check, ready',
        tags,
        params: ChoirPieceParamsSchema,
        body: ChoirLearningBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      singers.markLearning({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        pieceId: request.params.pieceId,
        status: request.body.status,
      }),
  );

  app.get(
    `${base}/checking-queue`,
    {
      schema: {
        operationId: 'getChoirCheckingQueue',
        summary: 'Recordings to check: a section leader’s parts, or all for coordinators',
        tags,
        params: ChoirParamsSchema,
        response: { 200: ChoirQueueSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      singers.checkingQueue({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
      }),
  );

  app.get(
    `${base}/learning`,
    {
      schema: {
        operationId: 'getChoirLearningGrid',
        summary: 'Singer × piece for one part: each singer’s own learning status on each piece',
        description:
          'Conductors read every part, a section leader the parts they lead (others 404). Without partId, the first part the account may read.',
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirLearningGridQuerySchema,
        response: { 200: ChoirLearningGridSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      learningGrid({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        seasonId: request.query.seasonId,
        partId: request.query.partId,
      }),
  );

  app.post(
    `${base}/recordings/:choirRecordingId/review`,
    {
      schema: {
        operationId: 'reviewChoirRecording',
        summary:
          'Approve a recording (the singer is then ready) or ask for another, with a comment',
        tags,
        params: ChoirRecordingParamsSchema,
        body: ChoirReviewBodySchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      singers.reviewRecording({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        choirRecordingId: request.params.choirRecordingId,
        review: request.body.review,
        comment: request.body.comment,
      }),
  );

  app.get(
    `${base}/recordings/:choirRecordingId/content`,
    {
      compress: false,
      schema: {
        operationId: 'streamChoirRecording',
        summary: 'Listen to a singer’s recording (light copy when there is one)',
        description:
          'Only for the singer who sent it, admins and coordinators, and the leader of the singer’s part; anyone else gets 404. Send `Range: bytes=start-end` to seek.',
        tags,
        params: ChoirRecordingParamsSchema,
        response: {
          200: fileResponse('The whole recording', 'any'),
          206: fileResponse('The byte range asked for', 'any'),
          ...errorResponses(400, 401, 403, 404, 416),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return sendFileContent(reply, () =>
        singers.openRecording({
          actor,
          config,
          choirId: request.params.choirId,
          choirRecordingId: request.params.choirRecordingId,
          rangeHeader: request.headers.range,
        }),
      );
    },
  );
}
