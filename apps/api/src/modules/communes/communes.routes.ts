// HTTP routes of communes and territorial lists, for every signed-in person (forms need them).
import {
  CommuneMatchSchema,
  CommuneParamsSchema,
  CommuneSchema,
  CommuneSearchQuerySchema,
  DepartmentParamsSchema,
  DepartmentSchema,
  EpciListQuerySchema,
  EpciParamsSchema,
  EpciSchema,
  ReferenceStatusSchema,
  RegionParamsSchema,
  RegionSchema,
} from '@tutti/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import * as service from './communes.service';
import { departmentShapes } from './shapes';

const tags = ['communes'];
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function registerCommuneRoutes(app: App, deps: AppDeps) {
  const { database } = deps;

  app.get(
    '/api/communes/search',
    {
      schema: {
        operationId: 'searchCommunes',
        summary: 'Search communes',
        tags,
        querystring: CommuneSearchQuerySchema,
        response: { 200: itemsOf(CommuneMatchSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      requireLogin(request);
      return { items: await service.searchCommunes({ database, ...request.query }) };
    },
  );

  app.get(
    '/api/communes/:code',
    {
      schema: {
        operationId: 'getCommune',
        summary: 'Read a commune',
        tags,
        params: CommuneParamsSchema,
        response: { 200: CommuneSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      requireLogin(request);
      return service.getCommune({ database, code: request.params.code });
    },
  );

  app.get(
    '/api/territories/departments',
    {
      schema: {
        operationId: 'listDepartments',
        summary: 'List departments',
        tags,
        response: { 200: itemsOf(DepartmentSchema), ...errorResponses(401) },
      },
    },
    async (request) => {
      requireLogin(request);
      return { items: await service.listDepartments({ database }) };
    },
  );

  app.get(
    '/api/territories/regions',
    {
      schema: {
        operationId: 'listRegions',
        summary: 'List regions',
        tags,
        response: { 200: itemsOf(RegionSchema), ...errorResponses(401) },
      },
    },
    async (request) => {
      requireLogin(request);
      return { items: await service.listRegions({ database }) };
    },
  );

  app.get(
    '/api/territories/epcis',
    {
      schema: {
        operationId: 'listEpcis',
        summary: 'List EPCIs',
        tags,
        querystring: EpciListQuerySchema,
        response: { 200: itemsOf(EpciSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      requireLogin(request);
      return { items: await service.listEpcis({ database, department: request.query.department }) };
    },
  );

  const communeLists = [
    [
      'department',
      '/api/territories/departments/:code/communes',
      DepartmentParamsSchema,
      'Department',
    ],
    ['region', '/api/territories/regions/:code/communes', RegionParamsSchema, 'Region'],
    ['epci', '/api/territories/epcis/:code/communes', EpciParamsSchema, 'Epci'],
  ] as const;
  for (const [kind, url, params, area] of communeLists) {
    app.get(
      url,
      {
        schema: {
          operationId: `list${area}Communes`,
          summary: `List the communes of ${kind === 'epci' ? 'an EPCI' : `a ${kind}`}`,
          tags,
          params,
          response: { 200: itemsOf(CommuneSchema), ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => {
        requireLogin(request);
        return { items: await service.communesOf({ database, kind, code: request.params.code }) };
      },
    );
  }

  app.get(
    '/api/territories/departments/:code/shapes',
    {
      schema: {
        operationId: 'getDepartmentShapes',
        summary: 'Read the commune shapes of a department',
        description:
          'TopoJSON (object `communes`, one MultiPolygon per current commune, `id` = INSEE code), ' +
          'simplified from IGN Admin Express COG 2018 (Licence Ouverte; attribution ' +
          '"IGN — Admin Express COG 2018"). 404 for departments without shapes (overseas ' +
          'collectivities). Sent with an ETag; a known one answers 304.',
        tags,
        params: DepartmentParamsSchema,
        response: {
          200: fileResponse('The TopoJSON of the department’s communes', 'json'),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      requireLogin(request);
      const { body, etag } = departmentShapes(request.params.code);
      reply.header('etag', etag).header('cache-control', 'private, max-age=86400');
      const known = request.headers['if-none-match']?.split(',') ?? [];
      if (known.some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        // Not a status of the schema: the browser keeps the bytes it has.
        return (reply as FastifyReply).code(304).send();
      }
      return reply.type('application/json').send(body);
    },
  );

  app.get(
    '/api/territories/reference',
    {
      schema: {
        operationId: 'getTerritoryReferenceStatus',
        summary: 'Read which territorial files are loaded',
        tags,
        response: { 200: ReferenceStatusSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireLogin(request);
      return service.referenceStatus({ database });
    },
  );
}
