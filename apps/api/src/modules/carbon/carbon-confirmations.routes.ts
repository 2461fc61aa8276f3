// HTTP routes of confirmations: a flagged input confirmed (counted again in the headline) or withdrawn.
import {
  CarbonConfirmationBodySchema,
  CarbonConfirmationParamsSchema,
  CarbonConfirmationSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './carbon-confirmations.service';

const tags = ['carbon'];
const path = '/api/orgs/:orgId/sessions/:sessionId/carbon/confirmations/:inputKey';

export function registerCarbonConfirmationRoutes(app: App, deps: AppDeps) {
  app.put(
    path,
    {
      schema: {
        operationId: 'confirmCarbonInput',
        summary: 'Confirm a flagged input of a footprint',
        description:
          'The input (its key as its flag gives it) counts in the headline again while it stays what the fingerprint says; who and when are kept and audited.',
        tags,
        params: CarbonConfirmationParamsSchema,
        body: CarbonConfirmationBodySchema,
        response: { 200: CarbonConfirmationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.confirmInput({
        actor,
        sessionId: request.params.sessionId,
        inputKey: request.params.inputKey,
        fingerprint: request.body.fingerprint,
      });
    },
  );

  app.delete(
    path,
    {
      schema: {
        operationId: 'withdrawCarbonConfirmation',
        summary: 'Withdraw the confirmation of a flagged input',
        tags,
        params: CarbonConfirmationParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.withdrawConfirmation({
        actor,
        sessionId: request.params.sessionId,
        inputKey: request.params.inputKey,
      });
      return reply.code(204).send(null);
    },
  );
}
