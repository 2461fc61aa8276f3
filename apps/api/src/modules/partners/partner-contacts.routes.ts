// HTTP routes of a partner's contact persons.
import {
  PartnerContactCreateBodySchema,
  PartnerContactParamsSchema,
  PartnerContactSchema,
  PartnerContactUpdateBodySchema,
  PartnerParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './partner-contacts.service';

const tags = ['partners'];

export function registerPartnerContactRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs/:orgId/partners/:partnerId/contacts',
    {
      schema: {
        operationId: 'createPartnerContact',
        summary: 'Add a partner contact',
        tags,
        params: PartnerParamsSchema,
        body: PartnerContactCreateBodySchema,
        response: { 201: PartnerContactSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const contact = await service.addContact({
        actor,
        partnerId: request.params.partnerId,
        input: request.body,
      });
      return reply.code(201).send(contact);
    },
  );

  app.patch(
    '/api/orgs/:orgId/partners/:partnerId/contacts/:contactId',
    {
      schema: {
        operationId: 'updatePartnerContact',
        summary: 'Update a partner contact',
        tags,
        params: PartnerContactParamsSchema,
        body: PartnerContactUpdateBodySchema,
        response: { 200: PartnerContactSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updateContact({ actor, ...request.params, input: request.body });
    },
  );

  app.delete(
    '/api/orgs/:orgId/partners/:partnerId/contacts/:contactId',
    {
      schema: {
        operationId: 'deletePartnerContact',
        summary: 'Remove a partner contact',
        tags,
        params: PartnerContactParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.removeContact({ actor, ...request.params });
      return reply.code(204).send(null);
    },
  );
}
