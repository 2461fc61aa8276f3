// HTTP routes of artists: list, read, create, edit (availability, unavailability, archiving), delete.
import {
  ArtistCreateBodySchema,
  ArtistListQuerySchema,
  ArtistParamsSchema,
  ArtistSchema,
  ArtistSummarySchema,
  ArtistUpdateBodySchema,
  listOf,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import * as service from './artists.service';

const tags = ['artists'];

export function registerArtistRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/artists',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: ArtistListQuerySchema,
        response: { 200: listOf(ArtistSummarySchema) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listArtists({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/artists',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        body: ArtistCreateBodySchema,
        response: { 201: ArtistSchema },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createArtist({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/artists/:artistId',
    { schema: { tags, params: ArtistParamsSchema, response: { 200: ArtistSchema } } },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getArtist({ actor, artistId: request.params.artistId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/artists/:artistId',
    {
      schema: {
        tags,
        params: ArtistParamsSchema,
        body: ArtistUpdateBodySchema,
        response: { 200: ArtistSchema },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updateArtist({
        actor,
        artistId: request.params.artistId,
        input: request.body,
      });
    },
  );

  app.delete(
    '/api/orgs/:orgId/artists/:artistId',
    { schema: { tags, params: ArtistParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteArtist({ actor, artistId: request.params.artistId });
      return reply.code(204).send(null);
    },
  );
}
