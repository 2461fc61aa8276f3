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
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin } from '../../platform/auth/request-auth';
import * as service from './communes.service';

const tags = ['communes'];
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function registerCommuneRoutes(app: App, deps: AppDeps) {
  const { database } = deps;

  app.get(
    '/api/communes/search',
    {
      schema: {
        tags,
        querystring: CommuneSearchQuerySchema,
        response: { 200: itemsOf(CommuneMatchSchema) },
      },
    },
    async (request) => {
      requireLogin(request);
      return { items: await service.searchCommunes({ database, ...request.query }) };
    },
  );

  app.get(
    '/api/communes/:code',
    { schema: { tags, params: CommuneParamsSchema, response: { 200: CommuneSchema } } },
    async (request) => {
      requireLogin(request);
      return service.getCommune({ database, code: request.params.code });
    },
  );

  app.get(
    '/api/territories/departments',
    { schema: { tags, response: { 200: itemsOf(DepartmentSchema) } } },
    async (request) => {
      requireLogin(request);
      return { items: await service.listDepartments({ database }) };
    },
  );

  app.get(
    '/api/territories/regions',
    { schema: { tags, response: { 200: itemsOf(RegionSchema) } } },
    async (request) => {
      requireLogin(request);
      return { items: await service.listRegions({ database }) };
    },
  );

  app.get(
    '/api/territories/epcis',
    { schema: { tags, querystring: EpciListQuerySchema, response: { 200: itemsOf(EpciSchema) } } },
    async (request) => {
      requireLogin(request);
      return { items: await service.listEpcis({ database, department: request.query.department }) };
    },
  );

  const communeLists = [
    ['department', '/api/territories/departments/:code/communes', DepartmentParamsSchema],
    ['region', '/api/territories/regions/:code/communes', RegionParamsSchema],
    ['epci', '/api/territories/epcis/:code/communes', EpciParamsSchema],
  ] as const;
  for (const [kind, url, params] of communeLists) {
    app.get(
      url,
      { schema: { tags, params, response: { 200: itemsOf(CommuneSchema) } } },
      async (request) => {
        requireLogin(request);
        return { items: await service.communesOf({ database, kind, code: request.params.code }) };
      },
    );
  }

  app.get(
    '/api/territories/reference',
    { schema: { tags, response: { 200: ReferenceStatusSchema } } },
    async (request) => {
      requireLogin(request);
      return service.referenceStatus({ database });
    },
  );
}
