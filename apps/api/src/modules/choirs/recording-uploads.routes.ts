// HTTP routes of a singer's recording upload (tus 1.0: creation, HEAD to resume, PATCH bytes).
import { ChoirPieceParamsSchema, ChoirUploadParamsSchema } from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { errorResponses } from '../../platform/http/response-schemas';
import { createUploadHandler, TUS_CONTENT_TYPE } from '../media';
import * as uploads from './recording-uploads.service';

const tags = ['choirs'];
const base = '/api/orgs/:orgId/choirs/:choirId';
const tusHeaders = 'Tus-Resumable: 1.0.0.';

export function registerRecordingUploadRoutes(app: App, { config, database, jobs }: AppDeps) {
  const handleUpload = createUploadHandler(config);
  app.register(async (scope: App) => {
    scope.addContentTypeParser(TUS_CONTENT_TYPE, (_request, payload, done) => done(null, payload));

    scope.post(
      `${base}/pieces/:pieceId/recordings`,
      {
        schema: {
          operationId: 'startChoirRecordingUpload',
          summary: 'Send my recording of a piece for my section leader to check (tus creation)',
          description: `Headers: Upload-Length (bytes) and ${tusHeaders} Answers 201 with Location, the upload's URL; the last bytes put the piece in "ready for check".`,
          tags,
          params: ChoirPieceParamsSchema,
          response: { 201: z.null(), ...errorResponses(400, 401, 403, 404, 409, 413) },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, database, request.params.orgId);
        const { choirId, pieceId } = request.params;
        const mediaId = await uploads.beginRecording({
          actor,
          config,
          choirId,
          pieceId,
          uploadLength: request.headers['upload-length'] as string | undefined,
        });
        return handleUpload(request, reply, {
          orgId: actor.orgId,
          mediaId,
          location: `/api/orgs/${actor.orgId}/choirs/${choirId}/recording-uploads/${mediaId}`,
          onFinish: () => uploads.finishRecording({ actor, jobs, choirId, mediaId }),
        });
      },
    );

    scope.head(
      `${base}/recording-uploads/:mediaId`,
      {
        schema: {
          operationId: 'getChoirRecordingUploadOffset',
          summary: 'How many bytes of my recording arrived (tus HEAD), to resume it',
          description: tusHeaders,
          tags,
          params: ChoirUploadParamsSchema,
          response: { 200: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, database, request.params.orgId);
        const { choirId, mediaId } = request.params;
        await uploads.requireOwnUpload({ actor, choirId, mediaId });
        return handleUpload(request, reply, {
          orgId: actor.orgId,
          mediaId,
          onFinish: async () => {},
        });
      },
    );

    scope.patch(
      `${base}/recording-uploads/:mediaId`,
      {
        schema: {
          operationId: 'sendChoirRecordingUploadBytes',
          summary: 'Send the next bytes of my recording (tus PATCH)',
          description: `Body: application/offset+octet-stream from Upload-Offset on. ${tusHeaders}`,
          tags,
          params: ChoirUploadParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, database, request.params.orgId);
        const { choirId, mediaId } = request.params;
        await uploads.requireOwnUpload({ actor, choirId, mediaId });
        if (request.headers['content-type'] !== TUS_CONTENT_TYPE) {
          throw new AppError('FILE.UNSUPPORTED_TYPE', `Send the bytes as ${TUS_CONTENT_TYPE}`, {
            fields: [{ path: 'headers.content-type', message: TUS_CONTENT_TYPE }],
          });
        }
        return handleUpload(request, reply, {
          orgId: actor.orgId,
          mediaId,
          onFinish: () => uploads.finishRecording({ actor, jobs, choirId, mediaId }),
        });
      },
    );
  });
}
