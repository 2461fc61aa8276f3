// HTTP routes of venues: list, read, create, edit (availability, blackouts, archiving), delete.
import {
  listOf,
  OrgParamsSchema,
  VenueCreateBodySchema,
  VenueListQuerySchema,
  VenueParamsSchema,
  VenueSchema,
  VenueSummarySchema,
  VenueUpdateBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './venues.service';

const tags = ['venues'];

export function registerVenueRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/venues',
    {
      schema: {
        operationId: 'listVenues',
        summary: 'List venues',
        tags,
        params: OrgParamsSchema,
        querystring: VenueListQuerySchema,
        response: { 200: listOf(VenueSummarySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listVenues({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/venues',
    {
      schema: {
        operationId: 'createVenue',
        summary: 'Create a venue',
        tags,
        params: OrgParamsSchema,
        body: VenueCreateBodySchema,
        response: { 201: VenueSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createVenue({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/venues/:venueId',
    {
      schema: {
        operationId: 'getVenue',
        summary: 'Read a venue',
        tags,
        params: VenueParamsSchema,
        response: { 200: VenueSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getVenue({ actor, venueId: request.params.venueId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/venues/:venueId',
    {
      schema: {
        operationId: 'updateVenue',
        summary: 'Update a venue',
        tags,
        params: VenueParamsSchema,
        body: VenueUpdateBodySchema,
        response: { 200: VenueSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updateVenue({ actor, venueId: request.params.venueId, input: request.body });
    },
  );

  app.delete(
    '/api/orgs/:orgId/venues/:venueId',
    {
      schema: {
        operationId: 'deleteVenue',
        summary: 'Delete a venue',
        tags,
        params: VenueParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteVenue({ actor, venueId: request.params.venueId });
      return reply.code(204).send(null);
    },
  );
}
