// HTTP routes of partners: list, read, create, edit (and archive), delete.
import {
  listOf,
  OrgParamsSchema,
  PartnerCreateBodySchema,
  PartnerListQuerySchema,
  PartnerParamsSchema,
  PartnerSchema,
  PartnerSummarySchema,
  PartnerUpdateBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { fileStorageFor } from '../../platform/storage';
import { registerPartnerAgreementRoutes } from './partner-agreements.routes';
import { registerPartnerContactRoutes } from './partner-contacts.routes';
import * as service from './partners.service';

const tags = ['partners'];

export function registerPartnerRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/partners',
    {
      schema: {
        operationId: 'listPartners',
        summary: 'List partners',
        tags,
        params: OrgParamsSchema,
        querystring: PartnerListQuerySchema,
        response: { 200: listOf(PartnerSummarySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listPartners({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/partners',
    {
      schema: {
        operationId: 'createPartner',
        summary: 'Create a partner',
        tags,
        params: OrgParamsSchema,
        body: PartnerCreateBodySchema,
        response: { 201: PartnerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createPartner({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/partners/:partnerId',
    {
      schema: {
        operationId: 'getPartner',
        summary: 'Read a partner',
        tags,
        params: PartnerParamsSchema,
        response: { 200: PartnerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getPartner({ actor, partnerId: request.params.partnerId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/partners/:partnerId',
    {
      schema: {
        operationId: 'updatePartner',
        summary: 'Update a partner',
        tags,
        params: PartnerParamsSchema,
        body: PartnerUpdateBodySchema,
        response: { 200: PartnerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updatePartner({
        actor,
        partnerId: request.params.partnerId,
        input: request.body,
      });
    },
  );

  app.delete(
    '/api/orgs/:orgId/partners/:partnerId',
    {
      schema: {
        operationId: 'deletePartner',
        summary: 'Delete a partner',
        tags,
        params: PartnerParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deletePartner({
        actor,
        partnerId: request.params.partnerId,
        storage: fileStorageFor(deps.config),
      });
      return reply.code(204).send(null);
    },
  );

  registerPartnerContactRoutes(app, deps);
  registerPartnerAgreementRoutes(app, deps);
}
