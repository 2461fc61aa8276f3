// HTTP routes of territories: the access index of an area (JSON and CSV), nearest places, map tiles.
import {
  AccessQuerySchema,
  AccessReportSchema,
  MapConfigSchema,
  NearestQuerySchema,
  NearestResultSchema,
  OrgParamsSchema,
} from '@tutti/contracts';
import { CSV_MEDIA_TYPE } from '@tutti/kit/csv';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { accessReport } from './access.service';
import { accessCsvExport } from './access-export.service';
import { nearestPlaces } from './nearest.service';

const tags = ['territories'];

export function registerTerritoryRoutes(app: App, deps: AppDeps) {
  const { database } = deps;

  app.get(
    '/api/orgs/:orgId/territories/access',
    {
      schema: {
        operationId: 'getAccessReport',
        summary: 'Read the access report',
        tags,
        params: OrgParamsSchema,
        querystring: AccessQuerySchema,
        response: { 200: AccessReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return accessReport({ actor, database, query: request.query });
    },
  );

  app.get(
    '/api/orgs/:orgId/territories/access.csv',
    {
      schema: {
        operationId: 'exportAccessReport',
        summary: 'Export the access report',
        tags,
        params: OrgParamsSchema,
        querystring: AccessQuerySchema,
        response: {
          200: fileResponse('The access report as CSV', 'csv'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const locale = requireLogin(request).user.locale;
      const { fileName, body } = await accessCsvExport({
        actor,
        database,
        query: request.query,
        locale,
      });
      await recordExport(actor, { subjectKind: 'accessReport', detail: 'csv' });
      return reply
        .header('content-type', CSV_MEDIA_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.get(
    '/api/orgs/:orgId/territories/nearest',
    {
      schema: {
        operationId: 'listNearestVenues',
        summary: 'List the nearest venues',
        tags,
        params: OrgParamsSchema,
        querystring: NearestQuerySchema,
        response: { 200: NearestResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return nearestPlaces({ actor, database, query: request.query });
    },
  );

  // Public: the sign-in page has no map, but the tile server is no secret either.
  app.get(
    '/api/config/map',
    {
      schema: {
        operationId: 'getMapConfig',
        summary: 'Read the map configuration',
        security: [],
        tags,
        response: { 200: MapConfigSchema },
      },
    },
    async () => ({ ...deps.config.map, maxZoom: 19 }),
  );
}
