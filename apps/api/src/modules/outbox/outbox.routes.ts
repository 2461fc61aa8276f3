// The organisation's outgoing messages, readable by its admins (the only copy when SMTP is off),
// with a resend of a message that failed for 48 hours.
import {
  IdSchema,
  listOf,
  OrgParamsSchema,
  OutboxMessageSchema,
  PageQuerySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { listOutbox, resendOutboxMessage } from './outbox.service';

const MessageParamsSchema = z.strictObject({ orgId: IdSchema, messageId: IdSchema });

export function registerOutboxRoutes(app: App, deps: AppDeps) {
  const tags = ['outbox'];
  app.get(
    '/api/orgs/:orgId/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        summary: 'List the organisation’s outgoing messages with their delivery state',
        tags,
        params: OrgParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(OutboxMessageSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return listOutbox({ actor, ...request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/outbox/:messageId/resend',
    {
      schema: {
        operationId: 'resendOutboxMessage',
        summary: 'Send a failed message again: pending now, retried with back-off for 48 hours',
        tags,
        params: MessageParamsSchema,
        response: { 200: OutboxMessageSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return resendOutboxMessage({ actor, messageId: request.params.messageId });
    },
  );
}
