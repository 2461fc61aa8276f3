// A network's own routes, for users holding a network role: the network, its dashboard and
// agenda; coordinators invite and remove members, name coordinators and refresh the figures.
import {
  IdSchema,
  listOf,
  NetworkAgendaQuerySchema,
  NetworkDashboardSchema,
  NetworkEventSchema,
  NetworkInvitationBodySchema,
  NetworkMemberParamsSchema,
  NetworkMemberStatusSchema,
  NetworkNewsSchema,
  NetworkParamsSchema,
  NetworkRoleBodySchema,
  NetworkSchema,
  NetworkWhiteZonesSchema,
  rolesWith,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { errorResponses } from '../../platform/http/response-schemas';
import * as agenda from './agenda.service';
import * as figures from './figures.service';
import * as service from './network.service';
import { requireCoordinator, requireNetworkRole } from './network-access';
import { listNews } from './news.service';
import { getWhiteZones } from './white-zones';

const tags = ['networks'];

export function registerNetworkRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const baseUrl = config.publicUrl;
  const actorOf = (request: { params: { networkId: string } }) =>
    requireNetworkRole(request as never, database, request.params.networkId);

  app.get(
    '/api/networks/:networkId',
    {
      schema: {
        operationId: 'getNetwork',
        summary: 'A network: its members and the people holding its roles',
        tags,
        params: NetworkParamsSchema,
        response: { 200: NetworkSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => service.getNetwork({ actor: await actorOf(request), database, baseUrl }),
  );

  app.get(
    '/api/networks/:networkId/dashboard',
    {
      schema: {
        operationId: 'getNetworkDashboard',
        summary: 'Members’ figures side by side',
        description:
          'Each member’s stored figures of the school year, suppressed as the Impact page suppresses them: a figure behind fewer than 5 people is `hidden`; a member that has not computed it is `not-reported`, and totals say how many members reported.',
        tags,
        params: NetworkParamsSchema,
        response: { 200: NetworkDashboardSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => figures.getDashboard({ actor: await actorOf(request), database }),
  );

  app.get(
    '/api/networks/:networkId/white-zones',
    {
      schema: {
        operationId: 'getNetworkWhiteZones',
        summary: 'Municipalities of the network’s area that no member reaches',
        description:
          'The area is every French department, Belgian province, German Kreis and Luxembourg canton where a member held a session in the school year (from the members’ stored figures); a white zone is a municipality of that area where none did. Municipalities only, no people; the 5,000 most populous are listed.',
        tags,
        params: NetworkParamsSchema,
        response: { 200: NetworkWhiteZonesSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => getWhiteZones({ actor: await actorOf(request), database }),
  );

  app.post(
    '/api/networks/:networkId/figures/refresh',
    {
      schema: {
        operationId: 'refreshNetworkFigures',
        summary: 'Compute every member’s figures and refresh their agenda events now',
        tags,
        params: NetworkParamsSchema,
        response: {
          200: z.object({ refreshed: z.number().int() }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await actorOf(request);
      requireCoordinator(actor);
      const result = await figures.refreshNetworkFigures({ actor, database });
      const members = (await service.getNetwork({ actor, database, baseUrl })).members;
      for (const member of members.filter((m) => m.status === 'active')) {
        await agenda.refreshOrganisationEvents(database, member.orgId);
      }
      return result;
    },
  );

  app.get(
    '/api/networks/:networkId/agenda',
    {
      schema: {
        operationId: 'getNetworkAgenda',
        summary: 'The network’s common agenda',
        tags,
        params: NetworkParamsSchema,
        querystring: NetworkAgendaQuerySchema,
        response: { 200: listOf(NetworkEventSchema), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      agenda.networkAgenda({
        actor: await actorOf(request),
        database,
        query: request.query,
        baseUrl,
      }),
  );

  app.post(
    '/api/networks/:networkId/invitations',
    {
      schema: {
        operationId: 'inviteNetworkMember',
        summary: 'Invite an organisation (or accept its request to join)',
        tags,
        params: NetworkParamsSchema,
        body: NetworkInvitationBodySchema,
        response: {
          200: z.object({ orgId: IdSchema, status: NetworkMemberStatusSchema }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.inviteOrganisation({
        actor: await actorOf(request),
        database,
        orgSlug: request.body.orgSlug,
      }),
  );

  app.delete(
    '/api/networks/:networkId/members/:memberOrgId',
    {
      schema: {
        operationId: 'removeNetworkMember',
        summary: 'Remove a member organisation',
        tags,
        params: NetworkMemberParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(request);
      await service.removeMember({ actor, database, memberOrgId: request.params.memberOrgId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/networks/:networkId/roles',
    {
      schema: {
        operationId: 'setNetworkRole',
        summary: 'Give a network role to a member organisation’s admin or coordinator',
        tags,
        params: NetworkParamsSchema,
        body: NetworkRoleBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(request);
      const { userId, role } = request.body;
      const holding = rolesWith('networks.hold');
      await service.setPersonRole({ actor, database, userId, role, holding });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/networks/:networkId/news',
    {
      schema: {
        operationId: 'listNetworkNews',
        summary: 'The latest news posts of the network’s members',
        tags,
        params: NetworkParamsSchema,
        response: { 200: z.array(NetworkNewsSchema), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const actor = await actorOf(request);
      return listNews(database, actor.networkId);
    },
  );
}
