// HTTP routes of group share links: staff make, list and revoke them; anyone with one reads it.
import {
  GroupParamsSchema,
  GroupSharedPageSchema,
  GroupShareLinkCreateBodySchema,
  GroupShareLinkParamsSchema,
  GroupShareLinkSchema,
  GuestTokenSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { notFound } from '../../platform/errors';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './group-share-links.service';

const tags = ['groups'];

export function registerGroupShareLinkRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const present = (row: Parameters<typeof service.presentShareLink>[0]) =>
    service.presentShareLink(row, config.publicUrl);

  app.get(
    '/api/orgs/:orgId/groups/:groupId/share-links',
    {
      schema: {
        operationId: 'listGroupShareLinks',
        summary: "List a group's share links",
        tags,
        params: GroupParamsSchema,
        response: {
          200: z.object({ items: z.array(GroupShareLinkSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const rows = await service.listShareLinks({ actor, groupId: request.params.groupId });
      return { items: rows.map(present) };
    },
  );

  app.post(
    '/api/orgs/:orgId/groups/:groupId/share-links',
    {
      schema: {
        operationId: 'createGroupShareLink',
        summary: 'Make a new share link for a group (revokes the current one)',
        tags,
        params: GroupParamsSchema,
        body: GroupShareLinkCreateBodySchema,
        response: { 201: GroupShareLinkSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const row = await service.createShareLink({
        actor,
        groupId: request.params.groupId,
        input: request.body,
      });
      return reply.code(201).send(present(row));
    },
  );

  app.post(
    '/api/orgs/:orgId/groups/:groupId/share-links/:linkId/revoke',
    {
      schema: {
        operationId: 'revokeGroupShareLink',
        summary: 'Revoke a group share link',
        tags,
        params: GroupShareLinkParamsSchema,
        response: { 200: GroupShareLinkSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const row = await service.revokeShareLink({
        actor,
        groupId: request.params.groupId,
        linkId: request.params.linkId,
      });
      return present(row);
    },
  );

  app.get(
    '/api/shared/groups/:token',
    {
      schema: {
        operationId: 'getGroupSharedPage',
        summary: 'Read what a group share link shows',
        security: [],
        tags,
        params: z.strictObject({ token: GuestTokenSchema }),
        response: { 200: GroupSharedPageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const page = await service.readSharedGroupPage({ database, token: request.params.token });
      if (!page) throw notFound('GROUP_SHARE_LINK.NOT_FOUND', 'Share link');
      reply.header('cache-control', 'private, no-store');
      reply.header('x-robots-tag', 'noindex');
      const { timeZone: _zone, orgId: _org, groupId: _group, ...shown } = page;
      return shown;
    },
  );
}
