// HTTP routes of media files: list, quota, resumable uploads (tus), streaming with ranges, delete.
import {
  MediaListSchema,
  MediaParamsSchema,
  MediaSchema,
  MediaUsageSchema,
  mediaVariantNames,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { sendFileContent } from './file-content';
import * as service from './media.service';
import { createUploadHandler, TUS_CONTENT_TYPE } from './media-uploads';

const tags = ['media'];
const ContentQuerySchema = z.strictObject({
  variant: z.enum(mediaVariantNames).default('original'),
});
const tusHeaders = 'Tus-Resumable: 1.0.0, with x-csrf-token like every write.';

export function registerMediaRoutes(app: App, deps: AppDeps) {
  const { config, database, jobs } = deps;

  app.get(
    '/api/orgs/:orgId/media',
    {
      schema: {
        operationId: 'listMedia',
        summary: "List the organisation's media files",
        description:
          'Managers see every file with its processing state; others see published files only.',
        tags,
        params: OrgParamsSchema,
        response: { 200: MediaListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listMedia({ actor, config });
    },
  );

  app.get(
    '/api/orgs/:orgId/media/usage',
    {
      schema: {
        operationId: 'getMediaUsage',
        summary: 'Storage used by media files, and the quota',
        tags,
        params: OrgParamsSchema,
        response: { 200: MediaUsageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.mediaUsage({ actor, config });
    },
  );

  app.get(
    '/api/orgs/:orgId/media/:mediaId',
    {
      schema: {
        operationId: 'getMedia',
        summary: 'One media file and its processing state',
        tags,
        params: MediaParamsSchema,
        response: { 200: MediaSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.getMedia({ actor, mediaId: request.params.mediaId });
    },
  );

  app.delete(
    '/api/orgs/:orgId/media/:mediaId',
    {
      schema: {
        operationId: 'deleteMedia',
        summary: 'Delete a media file, whatever its state',
        tags,
        params: MediaParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await service.deleteMedia({ actor, config, mediaId: request.params.mediaId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/media/:mediaId/content',
    {
      compress: false,
      schema: {
        operationId: 'streamMedia',
        summary: 'The bytes of a published media file, whole or one byte range',
        description:
          'Send `Range: bytes=start-end` to seek: 206 with Content-Range, 416 outside the file. Only the cleaned renditions are ever served.',
        tags,
        params: MediaParamsSchema,
        querystring: ContentQuerySchema,
        response: {
          200: fileResponse('The whole rendition', 'any'),
          206: fileResponse('The byte range asked for', 'any'),
          ...errorResponses(400, 401, 403, 404, 416),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return sendFileContent(reply, () =>
        service.openMediaContent({
          actor,
          config,
          mediaId: request.params.mediaId,
          variant: request.query.variant,
          rangeHeader: request.headers.range,
        }),
      );
    },
  );

  // Resumable uploads: tus sends the bytes as application/offset+octet-stream, kept as a stream.
  const handleUpload = createUploadHandler(config);
  app.register(async (scope: App) => {
    scope.addContentTypeParser(TUS_CONTENT_TYPE, (_request, payload, done) => done(null, payload));

    scope.post(
      '/api/orgs/:orgId/media-uploads',
      {
        schema: {
          operationId: 'createMediaUpload',
          summary: 'Start a resumable upload (tus creation)',
          description: `Headers: Upload-Length (bytes) and Upload-Metadata with \`use\` (recording, score, image, document) and \`filename\`; ${tusHeaders} A length over the use's limit or the quota is refused before any byte is sent. Answers 201 with Location, the upload's URL.`,
          tags,
          params: OrgParamsSchema,
          response: { 201: z.null(), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, database, request.params.orgId);
        const mediaId = await service.beginUpload({
          actor,
          config,
          uploadLength: request.headers['upload-length'] as string | undefined,
          uploadMetadata: request.headers['upload-metadata'] as string | undefined,
        });
        try {
          return await handleUpload(request, reply, {
            orgId: actor.orgId,
            mediaId,
            onFinish: () => service.finishUpload({ jobs, actor, mediaId }),
          });
        } catch (error) {
          await service.deleteMedia({ actor, config, mediaId }).catch(() => undefined);
          throw error;
        }
      },
    );

    scope.head(
      '/api/orgs/:orgId/media-uploads/:mediaId',
      {
        schema: {
          operationId: 'getMediaUploadOffset',
          summary: 'How many bytes of an upload arrived (tus HEAD), to resume it',
          description: tusHeaders,
          tags,
          params: MediaParamsSchema,
          response: { 200: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, database, request.params.orgId);
        const { mediaId } = request.params;
        await service.requireOpenUpload({ actor, mediaId });
        return handleUpload(request, reply, {
          orgId: actor.orgId,
          mediaId,
          onFinish: async () => {},
        });
      },
    );

    scope.patch(
      '/api/orgs/:orgId/media-uploads/:mediaId',
      {
        schema: {
          operationId: 'sendMediaUploadBytes',
          summary: 'Send the next bytes of an upload (tus PATCH)',
          description: `Body: application/offset+octet-stream from Upload-Offset on. ${tusHeaders} The last bytes queue the file for processing.`,
          tags,
          params: MediaParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, database, request.params.orgId);
        const { mediaId } = request.params;
        await service.requireOpenUpload({ actor, mediaId });
        if (request.headers['content-type'] !== TUS_CONTENT_TYPE) {
          throw new AppError('FILE.UNSUPPORTED_TYPE', `Send the bytes as ${TUS_CONTENT_TYPE}`, {
            fields: [{ path: 'headers.content-type', message: TUS_CONTENT_TYPE }],
          });
        }
        return handleUpload(request, reply, {
          orgId: actor.orgId,
          mediaId,
          onFinish: () => service.finishUpload({ jobs, actor, mediaId }),
        });
      },
    );
  });
}
