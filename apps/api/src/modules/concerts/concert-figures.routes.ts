// HTTP routes of a concert after it took place: its figures (attendance by channel and tariff,
// no-shows, receipts) and its SACEM declaration to download.
import {
  ConcertFiguresSchema,
  ConcertParamsSchema,
  SacemExportQuerySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import * as service from './concert-figures.service';

const tags = ['concerts'];

export function registerConcertFigureRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/sessions/:concertId/figures',
    {
      schema: {
        operationId: 'getConcertFigures',
        summary:
          "A concert's figures: seats booked and let in per channel, tariff and relay, no-show " +
          'rates (when the door was used), amounts per tariff, money received, and how many of ' +
          "the journey's workshop participants were marked present at it (organisers only)",
        tags,
        params: ConcertParamsSchema,
        response: { 200: ConcertFiguresSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getConcertFigures({ actor, sessionId: request.params.concertId });
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/sacem-declaration',
    {
      schema: {
        operationId: 'exportSacemDeclaration',
        summary:
          "A concert's SACEM declaration: the concert, its artists, admissions, receipts per " +
          'tariff and attendance per channel, as CSV or XLSX (the works are not recorded in Tutti)',
        tags,
        params: ConcertParamsSchema,
        querystring: SacemExportQuerySchema,
        response: {
          200: fileResponse('The declaration as CSV or XLSX', 'csv', 'xlsx'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await service.exportSacemDeclaration({
        actor,
        sessionId: request.params.concertId,
        format: request.query.format,
        locale: requireLogin(request).user.locale,
      });
      await recordExport(actor, {
        subjectKind: 'sacemDeclaration',
        subjectId: request.params.concertId,
        detail: request.query.format,
      });
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.body);
    },
  );
}
