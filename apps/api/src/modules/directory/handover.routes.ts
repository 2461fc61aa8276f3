// HTTP routes of the warm handover: introduce a participant to an ensemble, list introductions.
import {
  HandoverCreateBodySchema,
  HandoverListQuerySchema,
  HandoverSchema,
  listOf,
  OrgParamsSchema,
  ParticipantHandoverParamsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { createHandover, listHandovers } from './handover.service';

const tags = ['directory'];

export function registerHandoverRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;

  app.post(
    '/api/orgs/:orgId/participants/:participantId/handovers',
    {
      schema: {
        operationId: 'createHandover',
        summary: 'Introduce a participant to an ensemble of the directory',
        description:
          'With the participant’s consent (a guardian’s for a minor): a current consent for `handover` (and `follow_up` when asked) on file, or `consent` given now and recorded with the participant’s consents. The ensemble gets an e-mail with a one-time link to offer a trial date or decline, and commits to answer within 14 days; reminders at D+3 and D+10, coordinators told at D+21. Relays introduce the participants of their groups, artists those of groups whose sessions they led.',
        tags,
        params: ParticipantHandoverParamsSchema,
        body: HandoverCreateBodySchema,
        response: { 201: HandoverSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const created = await createHandover({
        actor,
        participantId: request.params.participantId,
        input: request.body,
        publicUrl: config.publicUrl,
        smtpConfigured: !!config.smtpUrl,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/orgs/:orgId/handovers',
    {
      schema: {
        operationId: 'listHandovers',
        summary: 'Introductions to ensembles, with their answers and follow-up',
        description:
          'Admins and coordinators read every introduction; artists and relays the ones they made.',
        tags,
        params: OrgParamsSchema,
        querystring: HandoverListQuerySchema,
        response: { 200: listOf(HandoverSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return listHandovers({ actor, query: request.query });
    },
  );
}
