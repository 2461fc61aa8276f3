// HTTP routes of funder reports: ask, follow, list, download.
import {
  listOf,
  OrgParamsSchema,
  ReportCreateBodySchema,
  ReportDownloadQuerySchema,
  ReportListQuerySchema,
  ReportParamsSchema,
  ReportSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { fileStorageFor } from '../../platform/storage';
import * as service from './reports.service';

const tags = ['reports'];

export function registerReportRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/reports',
    {
      schema: {
        operationId: 'listReports',
        summary: 'List reports',
        tags,
        params: OrgParamsSchema,
        querystring: ReportListQuerySchema,
        response: { 200: listOf(ReportSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listReports({ actor, page: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/reports',
    {
      schema: {
        operationId: 'createReport',
        summary: 'Generate a report',
        tags,
        params: OrgParamsSchema,
        body: ReportCreateBodySchema,
        response: { 202: ReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const report = await service.createReport({
        actor,
        jobs: deps.jobs,
        input: request.body,
        locale: requireLogin(request).user.locale,
      });
      return reply.code(202).send(report);
    },
  );

  app.get(
    '/api/orgs/:orgId/reports/:reportId',
    {
      schema: {
        operationId: 'getReport',
        summary: 'Read a report',
        tags,
        params: ReportParamsSchema,
        response: { 200: ReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getReport({ actor, reportId: request.params.reportId });
    },
  );

  app.get(
    '/api/orgs/:orgId/reports/:reportId/download',
    {
      schema: {
        operationId: 'downloadReport',
        summary: 'Download a report',
        tags,
        params: ReportParamsSchema,
        querystring: ReportDownloadQuerySchema,
        response: {
          200: fileResponse('The report as PDF, XLSX, or CSV files in a ZIP', 'pdf', 'xlsx', 'zip'),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await service.downloadReport({
        actor,
        storage: fileStorageFor(deps.config),
        reportId: request.params.reportId,
        format: request.query.format,
      });
      await recordExport(actor, {
        subjectKind: 'report',
        subjectId: request.params.reportId,
        detail: request.query.format,
      });
      return reply
        .type(file.contentType)
        .header('content-length', file.bytes)
        .header(
          'content-disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.stream);
    },
  );
}
