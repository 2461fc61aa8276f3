// HTTP routes of the official files admins import from the web app: upload to preview, read,
// import, discard, and the list of what was imported.
import {
  OrgParamsSchema,
  ReferenceImportApplyBodySchema,
  ReferenceImportRunParamsSchema,
  ReferenceImportRunSchema,
  ReferenceImportsOverviewSchema,
  ReferenceImportUploadQuerySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './reference-runs.service';

const tags = ['territories'];
const base = '/api/orgs/:orgId/territories/reference-imports';
const runUrl = `${base}/:uploadId`;

export function registerReferenceRunRoutes(app: App, deps: AppDeps) {
  const slot: service.ReadingSlot = { busy: false };
  app.get(
    base,
    {
      schema: {
        operationId: 'getReferenceImports',
        summary: 'List the official files uploaded and imported',
        description:
          'The latest uploads from the web app with their state, and every file applied (web app or command line), newest first. Admins only: the files are the instance’s, shared by every organisation.',
        tags,
        params: OrgParamsSchema,
        response: { 200: ReferenceImportsOverviewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.referenceImportsOverview({ actor, database: deps.database });
    },
  );

  app.get(
    runUrl,
    {
      schema: {
        operationId: 'getReferenceImport',
        summary: 'Read an uploaded official file: its preview, state and progress',
        tags,
        params: ReferenceImportRunParamsSchema,
        response: { 200: ReferenceImportRunSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { uploadId: runId } = request.params;
      return service.getReferenceRun({ actor, runId });
    },
  );

  app.post(
    `${runUrl}/import`,
    {
      schema: {
        operationId: 'startReferenceImport',
        summary: 'Import a previewed official file',
        description:
          'Queues the import with the year checked by the admin. Its rows are written in turns beside the current data, then replace it at once; the progress is read on the upload. One import at a time (409 while another runs).',
        tags,
        params: ReferenceImportRunParamsSchema,
        body: ReferenceImportApplyBodySchema,
        response: { 202: ReferenceImportRunSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const run = await service.startReferenceImport({
        actor,
        database: deps.database,
        jobs: deps.jobs,
        runId: request.params.uploadId,
        input: request.body,
      });
      return reply.code(202).send(run);
    },
  );

  app.delete(
    runUrl,
    {
      schema: {
        operationId: 'discardReferenceImport',
        summary: 'Discard a previewed official file',
        tags,
        params: ReferenceImportRunParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { uploadId: runId } = request.params;
      await service.discardReferenceRun({ actor, config: deps.config, runId });
      return reply.code(204).send(null);
    },
  );

  // The file itself is the body: in its own scope every content type arrives as a raw stream.
  app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      base,
      {
        schema: {
          operationId: 'previewReferenceImport',
          summary: 'Upload an official file and preview it',
          description:
            'Send one CSV file (cultural facilities, density grid, priority areas or commune centres; 100 MB at most) as the raw body with its Content-Type, its kind and file name, and its year unless the name holds it. Read in a worker with capped memory, one at a time per server process (429 meanwhile). Answers the preview: lines read, recognised and refused with their reasons, the first lines; nothing of the reference data changes.',
          tags,
          params: OrgParamsSchema,
          querystring: ReferenceImportUploadQuerySchema,
          response: {
            201: ReferenceImportRunSchema,
            ...errorResponses(400, 401, 403, 404, 413, 415, 422, 429),
          },
        },
      },
      async (request, reply) => {
        const actor = await requireMember(request, deps.database, request.params.orgId);
        const run = await service.previewReferenceFile({
          actor,
          database: deps.database,
          config: deps.config,
          slot,
          query: request.query,
          upload: {
            body: request.body,
            contentType: request.headers['content-type'],
            contentLength: request.headers['content-length'],
          },
        });
        return reply.code(201).send(run);
      },
    );
  });
}
