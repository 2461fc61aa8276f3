// HTTP routes of guardian consents and access needs of a participant.
import {
  AccessNeedsSchema,
  AccessNeedsUpdateBodySchema,
  ConsentCreateBodySchema,
  ConsentParamsSchema,
  ConsentSchema,
  ConsentWithdrawBodySchema,
  ParticipantParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './consents.service';
import { presentConsent } from './participants.presenter';

const tags = ['participants'];

export function registerConsentRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs/:orgId/participants/:participantId/consents',
    {
      schema: {
        operationId: 'recordConsent',
        summary: 'Record a consent',
        tags,
        params: ParticipantParamsSchema,
        body: ConsentCreateBodySchema,
        response: { 201: ConsentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const consent = await service.addConsent({
        actor,
        participantId: request.params.participantId,
        input: request.body,
      });
      return reply.code(201).send(presentConsent(consent));
    },
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/consents/:consentId/withdraw',
    {
      schema: {
        operationId: 'withdrawConsent',
        summary: 'Withdraw a consent',
        tags,
        params: ConsentParamsSchema,
        body: ConsentWithdrawBodySchema,
        response: { 200: ConsentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const consent = await service.withdrawConsent({
        actor,
        participantId: request.params.participantId,
        consentId: request.params.consentId,
        withdrawnOn: request.body.withdrawnOn,
      });
      return presentConsent(consent);
    },
  );

  app.patch(
    '/api/orgs/:orgId/participants/:participantId/access-needs',
    {
      schema: {
        operationId: 'updateAccessNeeds',
        summary: "Update a participant's access needs",
        tags,
        params: ParticipantParamsSchema,
        body: AccessNeedsUpdateBodySchema,
        response: {
          200: z.object({ accessNeeds: AccessNeedsSchema.nullable() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const row = await service.updateAccessNeeds({
        actor,
        participantId: request.params.participantId,
        input: request.body,
      });
      return {
        accessNeeds: row ? { needs: row.needs, updatedAt: row.updatedAt.toISOString() } : null,
      };
    },
  );
}
