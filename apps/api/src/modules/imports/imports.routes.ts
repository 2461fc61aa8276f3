// HTTP routes of imports (upload to preview, read, apply, discard) and exports (CSV or XLSX downloads).
import {
  ExportQuerySchema,
  ImportApplyBodySchema,
  ImportBatchParamsSchema,
  ImportBatchSchema,
  ImportChoicesBodySchema,
  ImportRowsQuerySchema,
  ImportUploadQuerySchema,
  importEntities,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { contentDisposition } from '../media';
import { exportEntity } from './exports.service';
import { importSlots } from './import-slots';
import * as service from './imports.service';

const tags = ['imports'];
const batchUrl = '/api/orgs/:orgId/imports/:batchId';

/** `venues` → `Venues`, for operation ids. */
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function registerImportRoutes(app: App, deps: AppDeps) {
  const { perOrganisation, atOnce, workerMemoryMb } = deps.config.imports;
  const reading = { slots: importSlots({ perOrganisation, atOnce }), memoryMb: workerMemoryMb };
  app.get(
    batchUrl,
    {
      schema: {
        operationId: 'getImport',
        summary: 'Read an import preview',
        tags,
        params: ImportBatchParamsSchema,
        querystring: ImportRowsQuerySchema,
        response: { 200: ImportBatchSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { batchId } = request.params;
      return service.getImport({ actor, batchId, query: request.query });
    },
  );

  app.put(
    `${batchUrl}/choices`,
    {
      schema: {
        operationId: 'chooseImportReferences',
        summary: 'Choose what unknown values of an import become',
        tags,
        description:
          'For values the file names that the organisation does not have (groups, partners, communes written differently): create it, map it to an existing one, or refuse the lines naming it; null takes a choice back. All the choices sent are recorded, or none (400 naming the choice). Answers the preview settled again.',
        params: ImportBatchParamsSchema,
        body: ImportChoicesBodySchema,
        response: { 200: ImportBatchSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.recordChoices({
        actor,
        database: deps.database,
        batchId: request.params.batchId,
        input: request.body,
      });
    },
  );

  app.post(
    `${batchUrl}/apply`,
    {
      schema: {
        operationId: 'applyImport',
        summary: 'Apply an import',
        tags,
        description:
          'Writes every line of the preview in one transaction, or none: the groups or partners chosen to be created first, then the lines (those refused by a choice left out, duplicates skipped or kept), with the consents their consent columns gave.',
        params: ImportBatchParamsSchema,
        body: ImportApplyBodySchema,
        response: { 200: ImportBatchSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { batchId } = request.params;
      return service.applyImport({ actor, batchId, input: request.body });
    },
  );

  app.delete(
    batchUrl,
    {
      schema: {
        operationId: 'discardImport',
        summary: 'Discard an import',
        tags,
        params: ImportBatchParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.discardImport({ actor, batchId: request.params.batchId });
      return reply.code(204).send(null);
    },
  );

  for (const entity of importEntities) {
    app.get(
      `/api/orgs/:orgId/${entity}/export`,
      {
        schema: {
          operationId: `export${capitalise(entity)}`,
          summary: `Export ${entity}`,
          tags,
          description:
            'CSV (UTF-8 with BOM, semicolons, dd/mm/yyyy, French headers) or XLSX; never access needs.',
          params: OrgParamsSchema,
          querystring: ExportQuerySchema,
          response: {
            200: fileResponse(`The ${entity} as CSV or XLSX`, 'csv', 'xlsx'),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, deps.database, request.params.orgId);
        const file = await exportEntity({ actor, entity, query: request.query });
        await recordExport(actor, { subjectKind: entity, detail: request.query.format });
        return reply
          .type(file.contentType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );
  }

  // The upload takes the file itself as the body: in its own scope every content type arrives
  // as a raw stream (no JSON or text parsing, no 1 MB JSON limit), and the service checks it.
  app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    for (const entity of importEntities) {
      scope.post(
        `/api/orgs/:orgId/${entity}/imports`,
        {
          schema: {
            operationId: `preview${capitalise(entity)}Import`,
            summary: `Upload ${entity} to import and preview them`,
            tags,
            description:
              'Send a CSV or XLSX file as the raw body with its Content-Type (10 MB, 50,000 lines, 200 columns, 10,000 characters a cell and 150 MB unzipped at most). The file is read in a worker with capped memory, one at a time per organisation (429 while another is read). Answers the preview: nothing else is written.',
            params: OrgParamsSchema,
            querystring: ImportUploadQuerySchema,
            response: {
              201: ImportBatchSchema,
              ...errorResponses(400, 401, 403, 404, 413, 415, 422, 429),
            },
          },
        },
        async (request, reply) => {
          const actor = await requireMember(request, deps.database, request.params.orgId);
          const batch = await service.previewImport({
            actor,
            database: deps.database,
            entity,
            fileName: request.query.fileName,
            groupId: request.query.groupId,
            reading,
            upload: {
              body: request.body,
              contentType: request.headers['content-type'],
              contentLength: request.headers['content-length'],
            },
          });
          return reply.code(201).send(batch);
        },
      );
    }
  });
}
