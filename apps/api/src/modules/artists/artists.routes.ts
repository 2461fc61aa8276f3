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
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './artists.service';

const tags = ['artists'];

export function registerArtistRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/artists',
    {
      schema: {
        operationId: 'listArtists',
        summary: 'List artists',
        tags,
        params: OrgParamsSchema,
        querystring: ArtistListQuerySchema,
        response: { 200: listOf(ArtistSummarySchema), ...errorResponses(400, 401, 403, 404) },
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
        operationId: 'createArtist',
        summary: 'Create an artist',
        tags,
        params: OrgParamsSchema,
        body: ArtistCreateBodySchema,
        response: { 201: ArtistSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createArtist({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/artists/:artistId',
    {
      schema: {
        operationId: 'getArtist',
        summary: 'Read an artist',
        tags,
        params: ArtistParamsSchema,
        response: { 200: ArtistSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getArtist({ actor, artistId: request.params.artistId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/artists/:artistId',
    {
      schema: {
        operationId: 'updateArtist',
        summary: 'Update an artist',
        tags,
        params: ArtistParamsSchema,
        body: ArtistUpdateBodySchema,
        response: { 200: ArtistSchema, ...errorResponses(400, 401, 403, 404, 409) },
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
    {
      schema: {
        operationId: 'deleteArtist',
        summary: 'Delete an artist',
        tags,
        params: ArtistParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteArtist({ actor, artistId: request.params.artistId });
      return reply.code(204).send(null);
    },
  );
}
