// HTTP routes of members.
import {
  MemberParamsSchema,
  MemberRoleUpdateBodySchema,
  MemberSchema,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './members.service';

const tags = ['members'];

function presentMember(row: Awaited<ReturnType<typeof service.listMembers>>[number]) {
  return { ...row, since: row.since.toISOString() };
}

export function registerMemberRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/members',
    {
      schema: {
        operationId: 'listMembers',
        summary: 'List members',
        tags,
        params: OrgParamsSchema,
        response: {
          200: z.object({ items: z.array(MemberSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const rows = await service.listMembers({ actor });
      return { items: rows.map(presentMember) };
    },
  );

  app.patch(
    '/api/orgs/:orgId/members/:userId',
    {
      schema: {
        operationId: 'changeMemberRole',
        summary: "Change a member's role",
        tags,
        params: MemberParamsSchema,
        body: MemberRoleUpdateBodySchema,
        response: { 200: MemberSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const member = await service.changeRole({
        actor,
        userId: request.params.userId,
        role: request.body.role,
      });
      return presentMember(member);
    },
  );

  app.delete(
    '/api/orgs/:orgId/members/:userId',
    {
      schema: {
        operationId: 'removeMember',
        summary: 'Remove a member',
        tags,
        params: MemberParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.removeMember({ actor, userId: request.params.userId });
      return reply.code(204).send(null);
    },
  );
}
