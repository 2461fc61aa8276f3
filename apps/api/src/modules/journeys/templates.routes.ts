// HTTP routes of journey templates.
import {
  JourneyTemplateCreateBodySchema,
  JourneyTemplateListQuerySchema,
  JourneyTemplateParamsSchema,
  JourneyTemplateSchema,
  JourneyTemplateUpdateBodySchema,
  listOf,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './templates.service';

const tags = ['journeys'];

export function registerJourneyTemplateRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/journey-templates',
    {
      schema: {
        operationId: 'listJourneyTemplates',
        summary: 'List journey templates',
        tags,
        params: OrgParamsSchema,
        querystring: JourneyTemplateListQuerySchema,
        response: { 200: listOf(JourneyTemplateSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const includeArchived = request.query.includeArchived === 'true';
      return service.listTemplates({ actor, includeArchived });
    },
  );

  app.post(
    '/api/orgs/:orgId/journey-templates',
    {
      schema: {
        operationId: 'createJourneyTemplate',
        summary: 'Create a journey template',
        tags,
        params: OrgParamsSchema,
        body: JourneyTemplateCreateBodySchema,
        response: { 201: JourneyTemplateSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createTemplate({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/journey-templates/:templateId',
    {
      schema: {
        operationId: 'getJourneyTemplate',
        summary: 'Read a journey template',
        tags,
        params: JourneyTemplateParamsSchema,
        response: { 200: JourneyTemplateSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getTemplate({ actor, templateId: request.params.templateId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/journey-templates/:templateId',
    {
      schema: {
        operationId: 'updateJourneyTemplate',
        summary: 'Update a journey template',
        tags,
        params: JourneyTemplateParamsSchema,
        body: JourneyTemplateUpdateBodySchema,
        response: { 200: JourneyTemplateSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { templateId } = request.params;
      return service.updateTemplate({ actor, templateId, input: request.body });
    },
  );

  app.delete(
    '/api/orgs/:orgId/journey-templates/:templateId',
    {
      schema: {
        operationId: 'deleteJourneyTemplate',
        summary: 'Delete a journey template',
        tags,
        params: JourneyTemplateParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteTemplate({ actor, templateId: request.params.templateId });
      return reply.code(204).send(null);
    },
  );
}
