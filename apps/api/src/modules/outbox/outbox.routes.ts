// The organisation's outgoing messages, readable by its admins (the only copy when SMTP is off),
// with a resend of a message that failed for 48 hours.
import {
  IdSchema,
  listOf,
  OperatorOutboxSchema,
  OrgParamsSchema,
  OutboxMessageSchema,
  PageQuerySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { errorResponses } from '../../platform/http/response-schemas';
import { holdsOperatorKey } from '../../platform/operator';
import { listOutbox, listOutboxForOperator, resendOutboxMessage } from './outbox.service';

const MessageParamsSchema = z.strictObject({ orgId: IdSchema, messageId: IdSchema });
const OperatorOutboxQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(10),
});
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

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

  app.get(
    '/api/operator/outbox',
    {
      schema: {
        operationId: 'listOperatorOutbox',
        summary:
          'The latest messages of the whole server, for its operator (`npm run outbox` while the server holds the embedded database)',
        description:
          'Only from this machine, with the key the server writes next to its data folder (`<data folder>.operator.json`, readable by the server’s user alone) while it runs on the embedded database.',
        tags,
        security: [{ operatorKey: [] }],
        querystring: OperatorOutboxQuerySchema,
        response: { 200: OperatorOutboxSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      // request.ip is the client's, not a local proxy's, when that proxy is trusted.
      if (
        !LOOPBACK.has(request.ip) ||
        !holdsOperatorKey(deps.operator, request.headers.authorization)
      ) {
        throw new AppError(
          'AUTH.UNAUTHENTICATED',
          'Only the server’s operator reads this, from the same machine, with the key in <data folder>.operator.json',
        );
      }
      return listOutboxForOperator({ deps, limit: request.query.limit });
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
