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
import { errorResponses } from '../../platform/http/response-schemas';
import { presentGroup } from './groups.presenter';
import * as service from './groups.service';

const tags = ['groups'];

export function registerGroupRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/groups',
    {
      schema: {
        operationId: 'listGroups',
        summary: 'List groups',
        tags,
        params: OrgParamsSchema,
        querystring: GroupListQuerySchema,
        response: { 200: listOf(GroupSchema), ...errorResponses(400, 401, 403, 404) },
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
        operationId: 'createGroup',
        summary: 'Create a group',
        tags,
        params: OrgParamsSchema,
        body: GroupCreateBodySchema,
        response: { 201: GroupSchema, ...errorResponses(400, 401, 403, 404) },
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
    {
      schema: {
        operationId: 'getGroup',
        summary: 'Read a group',
        tags,
        params: GroupParamsSchema,
        response: { 200: GroupSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentGroup(await service.getGroup({ actor, groupId: request.params.groupId }));
    },
  );

  app.patch(
    '/api/orgs/:orgId/groups/:groupId',
    {
      schema: {
        operationId: 'updateGroup',
        summary: 'Update a group',
        tags,
        params: GroupParamsSchema,
        body: GroupUpdateBodySchema,
        response: { 200: GroupSchema, ...errorResponses(400, 401, 403, 404) },
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
    {
      schema: {
        operationId: 'deleteGroup',
        summary: 'Delete a group',
        tags,
        params: GroupParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteGroup({ actor, groupId: request.params.groupId });
      return reply.code(204).send(null);
    },
  );
}
