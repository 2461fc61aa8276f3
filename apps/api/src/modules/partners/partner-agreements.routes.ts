// HTTP routes of a partner's agreements and their document (raw upload, streamed download).
import {
  DocumentUploadQuerySchema,
  PartnerAgreementCreateBodySchema,
  PartnerAgreementParamsSchema,
  PartnerAgreementSchema,
  PartnerAgreementUpdateBodySchema,
  PartnerParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { fileStorageFor } from '../../platform/storage';
import { downloadHeaders } from '../media';
import * as service from './partner-agreements.service';

const tags = ['partners'];
const documentUrl = '/api/orgs/:orgId/partners/:partnerId/agreements/:agreementId/document';

export function registerPartnerAgreementRoutes(app: App, deps: AppDeps) {
  const storage = fileStorageFor(deps.config);

  app.post(
    '/api/orgs/:orgId/partners/:partnerId/agreements',
    {
      schema: {
        operationId: 'createAgreement',
        summary: 'Add an agreement',
        tags,
        params: PartnerParamsSchema,
        body: PartnerAgreementCreateBodySchema,
        response: { 201: PartnerAgreementSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const agreement = await service.addAgreement({
        actor,
        partnerId: request.params.partnerId,
        input: request.body,
      });
      return reply.code(201).send(agreement);
    },
  );

  app.patch(
    '/api/orgs/:orgId/partners/:partnerId/agreements/:agreementId',
    {
      schema: {
        operationId: 'updateAgreement',
        summary: 'Update an agreement',
        tags,
        params: PartnerAgreementParamsSchema,
        body: PartnerAgreementUpdateBodySchema,
        response: { 200: PartnerAgreementSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updateAgreement({ actor, ...request.params, input: request.body });
    },
  );

  app.delete(
    '/api/orgs/:orgId/partners/:partnerId/agreements/:agreementId',
    {
      schema: {
        operationId: 'deleteAgreement',
        summary: 'Remove an agreement',
        tags,
        params: PartnerAgreementParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.removeAgreement({ actor, ...request.params, storage });
      return reply.code(204).send(null);
    },
  );

  app.get(
    documentUrl,
    {
      schema: {
        operationId: 'downloadAgreementDocument',
        summary: "Download an agreement's document",
        tags,
        params: PartnerAgreementParamsSchema,
        response: {
          200: fileResponse('The document as uploaded (PDF, JPEG, PNG, ODT or DOCX)', 'any'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { file, bytes } = await service.downloadAgreementDocument({
        actor,
        ...request.params,
        storage,
      });
      return reply.headers(downloadHeaders(file)).send(bytes);
    },
  );

  app.delete(
    documentUrl,
    {
      schema: {
        operationId: 'deleteAgreementDocument',
        summary: "Remove an agreement's document",
        tags,
        params: PartnerAgreementParamsSchema,
        response: { 200: PartnerAgreementSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.removeAgreementDocument({ actor, ...request.params, storage });
    },
  );

  // The upload takes the file itself as the body: its own scope hands any content type over
  // as a raw stream (JSON still parses, and is then refused as not a document).
  app.register(async (scope: App) => {
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.put(
      documentUrl,
      {
        schema: {
          operationId: 'uploadAgreementDocument',
          summary: "Upload an agreement's document",
          tags,
          description:
            "Send the document as the raw body with its Content-Type (PDF, JPEG, PNG, ODT, DOCX; 10 MB at most). It counts against the organisation's media quota: over the space left, 413 MEDIA.QUOTA_EXCEEDED (refused from Content-Length before the body is read when it is sent).",
          params: PartnerAgreementParamsSchema,
          querystring: DocumentUploadQuerySchema,
          response: {
            200: PartnerAgreementSchema,
            ...errorResponses(400, 401, 403, 404, 413, 415),
          },
        },
      },
      async (request) => {
        const actor = await requireMember(request, deps.database, request.params.orgId);
        return service.uploadAgreementDocument({
          actor,
          ...request.params,
          storage,
          mediaQuotaBytes: deps.config.media.quotaBytes,
          upload: {
            body: request.body,
            contentType: request.headers['content-type'],
            contentLength: request.headers['content-length'],
            fileName: request.query.fileName,
          },
        });
      },
    );
  });
}
