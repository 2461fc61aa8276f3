// HTTP routes of the carbon exports: files to download, named for what they hold.
import {
  CarbonExportQuerySchema,
  OrganisationExportQuerySchema,
  OrgParamsSchema,
  ProjectParamsSchema,
} from '@tutti/contracts';
import type { FastifyReply } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import * as exports from './carbon-export.service';

const tags = ['carbon'];

function sendFile(reply: FastifyReply, file: exports.ExportFile) {
  return reply
    .type(file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.body);
}

export function registerCarbonExportRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/projects/:projectId/carbon/export',
    {
      schema: {
        operationId: 'exportProjectCarbon',
        summary: "Export a project's carbon footprint",
        tags,
        params: ProjectParamsSchema,
        querystring: CarbonExportQuerySchema,
        response: {
          200: fileResponse('The footprint as CSV or XLSX', 'csv', 'xlsx'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await exports.exportProject({
        actor,
        database: deps.database,
        projectId: request.params.projectId,
        format: request.query.format,
        table: request.query.table,
        locale: requireLogin(request).user.locale,
      });
      await recordExport(actor, {
        subjectKind: 'projectCarbon',
        subjectId: request.params.projectId,
        detail: request.query.format,
      });
      return sendFile(reply, file);
    },
  );

  app.get(
    '/api/orgs/:orgId/carbon/export',
    {
      schema: {
        operationId: 'exportOrganisationCarbon',
        summary: "Export the organisation's carbon footprint",
        tags,
        params: OrgParamsSchema,
        querystring: OrganisationExportQuerySchema,
        response: {
          200: fileResponse('The footprint as CSV or XLSX', 'csv', 'xlsx'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await exports.exportOrganisationYear({
        actor,
        database: deps.database,
        year: request.query.year ?? new Date().getUTCFullYear(),
        format: request.query.format,
        locale: requireLogin(request).user.locale,
      });
      await recordExport(actor, {
        subjectKind: 'organisationCarbon',
        detail: request.query.format,
      });
      return sendFile(reply, file);
    },
  );
}
