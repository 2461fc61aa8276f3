// HTTP routes of participants: list and search, read, enrol, edit, delete, anonymise.
import {
  listOf,
  OrgParamsSchema,
  ParticipantCreateBodySchema,
  ParticipantDetailSchema,
  ParticipantListQuerySchema,
  ParticipantParamsSchema,
  ParticipantSchema,
  ParticipantUpdateBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { replyCached } from '../../platform/http/response-cache';
import { errorResponses } from '../../platform/http/response-schemas';
import { presentParticipant, presentParticipantDetail } from './participants.presenter';
import * as service from './participants.service';

const tags = ['participants'];

export function registerParticipantRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/participants',
    {
      schema: {
        operationId: 'listParticipants',
        summary: 'List participants',
        tags,
        params: OrgParamsSchema,
        querystring: ParticipantListQuerySchema,
        response: { 200: listOf(ParticipantSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return replyCached(request, reply, actor, async (reader) => {
        const { items, total } = await service.listParticipants({
          actor: reader,
          query: request.query,
        });
        return { items: items.map(presentParticipant), total };
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/participants',
    {
      schema: {
        operationId: 'createParticipant',
        summary: 'Create a participant',
        tags,
        params: OrgParamsSchema,
        body: ParticipantCreateBodySchema,
        response: { 201: ParticipantDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const created = await service.createParticipant({ actor, input: request.body });
      return reply.code(201).send(presentParticipantDetail(created));
    },
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId',
    {
      schema: {
        operationId: 'getParticipant',
        summary: 'Read a participant',
        tags,
        params: ParticipantParamsSchema,
        response: { 200: ParticipantDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { participantId } = request.params;
      return presentParticipantDetail(await service.getParticipant({ actor, participantId }));
    },
  );

  app.patch(
    '/api/orgs/:orgId/participants/:participantId',
    {
      schema: {
        operationId: 'updateParticipant',
        summary: 'Update a participant',
        tags,
        params: ParticipantParamsSchema,
        body: ParticipantUpdateBodySchema,
        response: { 200: ParticipantDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const updated = await service.updateParticipant({
        actor,
        participantId: request.params.participantId,
        input: request.body,
      });
      return presentParticipantDetail(updated);
    },
  );

  app.delete(
    '/api/orgs/:orgId/participants/:participantId',
    {
      schema: {
        operationId: 'deleteParticipant',
        summary: 'Delete a participant',
        tags,
        params: ParticipantParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteParticipant({ actor, participantId: request.params.participantId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/anonymise',
    {
      schema: {
        operationId: 'anonymiseParticipant',
        summary: 'Anonymise a participant',
        tags,
        params: ParticipantParamsSchema,
        response: { 200: ParticipantDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { participantId } = request.params;
      return presentParticipantDetail(await service.anonymiseParticipant({ actor, participantId }));
    },
  );
}
