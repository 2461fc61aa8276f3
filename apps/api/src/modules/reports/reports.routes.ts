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
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { fileStorageFor } from '../../platform/storage';
import * as service from './reports.service';

const tags = ['reports'];

export function registerReportRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/reports',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: ReportListQuerySchema,
        response: { 200: listOf(ReportSchema) },
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
        tags,
        params: OrgParamsSchema,
        body: ReportCreateBodySchema,
        response: { 202: ReportSchema },
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
    { schema: { tags, params: ReportParamsSchema, response: { 200: ReportSchema } } },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getReport({ actor, reportId: request.params.reportId });
    },
  );

  app.get(
    '/api/orgs/:orgId/reports/:reportId/download',
    { schema: { tags, params: ReportParamsSchema, querystring: ReportDownloadQuerySchema } },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await service.downloadReport({
        actor,
        storage: fileStorageFor(deps.config),
        reportId: request.params.reportId,
        format: request.query.format,
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
