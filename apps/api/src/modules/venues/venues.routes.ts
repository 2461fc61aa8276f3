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
import * as service from './venues.service';

const tags = ['venues'];

export function registerVenueRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/venues',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: VenueListQuerySchema,
        response: { 200: listOf(VenueSummarySchema) },
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
        tags,
        params: OrgParamsSchema,
        body: VenueCreateBodySchema,
        response: { 201: VenueSchema },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createVenue({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/venues/:venueId',
    { schema: { tags, params: VenueParamsSchema, response: { 200: VenueSchema } } },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getVenue({ actor, venueId: request.params.venueId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/venues/:venueId',
    {
      schema: {
        tags,
        params: VenueParamsSchema,
        body: VenueUpdateBodySchema,
        response: { 200: VenueSchema },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updateVenue({ actor, venueId: request.params.venueId, input: request.body });
    },
  );

  app.delete(
    '/api/orgs/:orgId/venues/:venueId',
    { schema: { tags, params: VenueParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteVenue({ actor, venueId: request.params.venueId });
      return reply.code(204).send(null);
    },
  );
}
