// HTTP routes of groups.
import {
  GroupCreateBodySchema,
  GroupListQuerySchema,
  GroupParamsSchema,
  GroupSchema,
  GroupUpdateBodySchema,
  listOf,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { presentGroup } from './groups.presenter';
import * as service from './groups.service';

const tags = ['groups'];

export function registerGroupRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/groups',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        querystring: GroupListQuerySchema,
        response: { 200: listOf(GroupSchema) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { items, total } = await service.listGroups({ actor, query: request.query });
      return { items: items.map(presentGroup), total };
    },
  );

  app.post(
    '/api/orgs/:orgId/groups',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        body: GroupCreateBodySchema,
        response: { 201: GroupSchema },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const group = await service.createGroup({ actor, input: request.body });
      return reply.code(201).send(presentGroup(group));
    },
  );

  app.get(
    '/api/orgs/:orgId/groups/:groupId',
    { schema: { tags, params: GroupParamsSchema, response: { 200: GroupSchema } } },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentGroup(await service.getGroup({ actor, groupId: request.params.groupId }));
    },
  );

  app.patch(
    '/api/orgs/:orgId/groups/:groupId',
    {
      schema: {
        tags,
        params: GroupParamsSchema,
        body: GroupUpdateBodySchema,
        response: { 200: GroupSchema },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const group = await service.updateGroup({
        actor,
        groupId: request.params.groupId,
        input: request.body,
      });
      return presentGroup(group);
    },
  );

  app.delete(
    '/api/orgs/:orgId/groups/:groupId',
    { schema: { tags, params: GroupParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteGroup({ actor, groupId: request.params.groupId });
      return reply.code(204).send(null);
    },
  );
}
