// HTTP routes of journeys: preview and create from a template, list, read, rename, delete.
import {
  JourneyCreateBodySchema,
  JourneyCreatedSchema,
  JourneyListQuerySchema,
  JourneyParamsSchema,
  JourneyPlanSchema,
  JourneyPreviewBodySchema,
  JourneySchema,
  JourneySummarySchema,
  JourneyUpdateBodySchema,
  listOf,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { createJourney, previewJourney } from './journeys.instantiate';
import * as service from './journeys.service';

const tags = ['journeys'];

export function registerJourneyRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/journeys',
    {
      schema: {
        operationId: 'listJourneys',
        summary: 'List journeys',
        tags,
        params: OrgParamsSchema,
        querystring: JourneyListQuerySchema,
        response: { 200: listOf(JourneySummarySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listJourneys({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/journeys/preview',
    {
      schema: {
        operationId: 'previewJourney',
        summary: "Preview a journey's sessions",
        tags,
        params: OrgParamsSchema,
        body: JourneyPreviewBodySchema,
        response: { 200: JourneyPlanSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return previewJourney({ actor, input: request.body });
    },
  );

  app.post(
    '/api/orgs/:orgId/journeys',
    {
      schema: {
        operationId: 'createJourney',
        summary: 'Create a journey',
        tags,
        params: OrgParamsSchema,
        body: JourneyCreateBodySchema,
        response: { 201: JourneyCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await createJourney({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/journeys/:journeyId',
    {
      schema: {
        operationId: 'getJourney',
        summary: 'Read a journey',
        tags,
        params: JourneyParamsSchema,
        response: { 200: JourneySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getJourney({ actor, journeyId: request.params.journeyId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/journeys/:journeyId',
    {
      schema: {
        operationId: 'updateJourney',
        summary: 'Update a journey',
        tags,
        params: JourneyParamsSchema,
        body: JourneyUpdateBodySchema,
        response: { 200: JourneySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { journeyId } = request.params;
      return service.renameJourney({ actor, journeyId, name: request.body.name });
    },
  );

  app.delete(
    '/api/orgs/:orgId/journeys/:journeyId',
    {
      schema: {
        operationId: 'deleteJourney',
        summary: 'Delete a journey',
        tags,
        params: JourneyParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteJourney({ actor, journeyId: request.params.journeyId });
      return reply.code(204).send(null);
    },
  );
}
