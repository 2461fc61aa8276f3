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
import * as service from './templates.service';

const tags = ['journeys'];

export function registerJourneyTemplateRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/journey-templates',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: JourneyTemplateListQuerySchema,
        response: { 200: listOf(JourneyTemplateSchema) },
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
        tags,
        params: OrgParamsSchema,
        body: JourneyTemplateCreateBodySchema,
        response: { 201: JourneyTemplateSchema },
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
        tags,
        params: JourneyTemplateParamsSchema,
        response: { 200: JourneyTemplateSchema },
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
        tags,
        params: JourneyTemplateParamsSchema,
        body: JourneyTemplateUpdateBodySchema,
        response: { 200: JourneyTemplateSchema },
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
    { schema: { tags, params: JourneyTemplateParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteTemplate({ actor, templateId: request.params.templateId });
      return reply.code(204).send(null);
    },
  );
}
