// An organisation's side of its networks: found, join, accept, leave, give roles to its users,
// and publish its public events to a network's agenda.
import {
  IdSchema,
  listOf,
  NetworkAcceptBodySchema,
  NetworkCreateBodySchema,
  NetworkEventParamsSchema,
  NetworkEventPublishBodySchema,
  NetworkEventSchema,
  NetworkJoinBodySchema,
  NetworkMemberStatusSchema,
  NetworkNewsBodySchema,
  NetworkNewsSchema,
  NetworkRoleBodySchema,
  OrgNetworkParamsSchema,
  OrgNetworkSchema,
  OrgParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as agenda from './agenda.service';
import * as service from './networks.service';
import { publishNews } from './news.service';

const tags = ['networks'];
const StatusSchema = z.object({ id: IdSchema, status: NetworkMemberStatusSchema });

export function registerOrgNetworkRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const baseUrl = config.publicUrl;

  app.get(
    '/api/orgs/:orgId/networks',
    {
      schema: {
        operationId: 'listOrgNetworks',
        summary: 'The organisation’s networks, invitations and requests',
        tags,
        params: OrgParamsSchema,
        response: { 200: z.array(OrgNetworkSchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listOrgNetworks({ actor, database });
    },
  );

  app.post(
    '/api/orgs/:orgId/networks',
    {
      schema: {
        operationId: 'createNetwork',
        summary: 'Found a network',
        description:
          'The organisation is its first member and the signed-in admin its first coordinator.',
        tags,
        params: OrgParamsSchema,
        body: NetworkCreateBodySchema,
        response: { 201: z.object({ id: IdSchema }), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return reply
        .code(201)
        .send(await service.createNetwork({ actor, database, input: request.body }));
    },
  );

  app.post(
    '/api/orgs/:orgId/networks/join',
    {
      schema: {
        operationId: 'joinNetwork',
        summary: 'Ask to join a network (or accept its invitation)',
        tags,
        params: OrgParamsSchema,
        body: NetworkJoinBodySchema,
        response: { 200: StatusSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.joinNetwork({ actor, database, input: request.body });
    },
  );

  app.post(
    '/api/orgs/:orgId/networks/:networkId/accept',
    {
      schema: {
        operationId: 'acceptNetworkInvitation',
        summary: 'Accept a network’s invitation',
        tags,
        params: OrgNetworkParamsSchema,
        body: NetworkAcceptBodySchema,
        response: { 200: StatusSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId } = request.params;
      return service.acceptInvitation({ actor, database, networkId, input: request.body });
    },
  );

  app.post(
    '/api/orgs/:orgId/networks/:networkId/leave',
    {
      schema: {
        operationId: 'leaveNetwork',
        summary: 'Leave a network',
        tags,
        params: OrgNetworkParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await service.leaveNetwork({ actor, database, networkId: request.params.networkId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/orgs/:orgId/networks/:networkId/roles',
    {
      schema: {
        operationId: 'setOwnNetworkRole',
        summary: 'Give or take the network member role from one of the organisation’s users',
        tags,
        params: OrgNetworkParamsSchema,
        body: NetworkRoleBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId } = request.params;
      await service.setOwnUserRole({ actor, database, networkId, input: request.body });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/networks/:networkId/events',
    {
      schema: {
        operationId: 'listOwnNetworkEvents',
        summary: 'What the organisation published to a network’s agenda',
        tags,
        params: OrgNetworkParamsSchema,
        response: { 200: listOf(NetworkEventSchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId } = request.params;
      return agenda.listOwnEvents({ actor, database, networkId, baseUrl });
    },
  );

  app.put(
    '/api/orgs/:orgId/networks/:networkId/events/:sessionId',
    {
      schema: {
        operationId: 'publishNetworkEvent',
        summary: 'Publish a public session to a network’s agenda (again: updates it, same id)',
        tags,
        params: NetworkEventParamsSchema,
        body: NetworkEventPublishBodySchema,
        response: { 200: NetworkEventSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, sessionId } = request.params;
      const input = request.body;
      return agenda.publishEvent({ actor, database, networkId, sessionId, input, baseUrl });
    },
  );

  app.delete(
    '/api/orgs/:orgId/networks/:networkId/events/:sessionId',
    {
      schema: {
        operationId: 'withdrawNetworkEvent',
        summary: 'Withdraw an event from a network’s agenda',
        tags,
        params: NetworkEventParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, sessionId } = request.params;
      await agenda.withdrawEvent({ actor, database, networkId, sessionId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/networks/:networkId/news',
    {
      schema: {
        operationId: 'publishNetworkNews',
        summary: 'Publish a news post to a network, signed by the organisation',
        tags,
        params: OrgNetworkParamsSchema,
        body: NetworkNewsBodySchema,
        response: { 201: NetworkNewsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId } = request.params;
      const input = request.body;
      return reply.code(201).send(await publishNews({ actor, database, networkId, input }));
    },
  );
}
