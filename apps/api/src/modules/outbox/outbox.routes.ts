// The organisation's outgoing e-mail, readable by its admins (the only copy when SMTP is off).
import { listOf, OrgParamsSchema, OutboxMessageSchema, PageQuerySchema } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { count, desc, eq } from 'drizzle-orm';
import type { App, AppDeps } from '../../platform/app-types';
import { type OrgActor, requireMember, requirePermission } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';

async function listOutbox({
  actor,
  limit,
  offset,
}: {
  actor: OrgActor;
  limit: number;
  offset: number;
}) {
  requirePermission(actor, 'outbox.read');
  const outbox = schema.outboxMessages;
  return actor.inTenant(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(eq(outbox.orgId, actor.orgId))
      .orderBy(desc(outbox.createdAt))
      .limit(limit)
      .offset(offset);
    const [total] = await tx
      .select({ n: count() })
      .from(outbox)
      .where(eq(outbox.orgId, actor.orgId));
    return { rows, total: total?.n ?? 0 };
  });
}

export function registerOutboxRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        summary: 'List kept e-mails',
        tags: ['outbox'],
        params: OrgParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(OutboxMessageSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { rows, total } = await listOutbox({ actor, ...request.query });
      return {
        total,
        items: rows.map((m) => ({
          id: m.id,
          kind: m.kind,
          channel: m.channel,
          toAddress: m.toAddress,
          subject: m.subject,
          bodyText: m.bodyText,
          status: m.status,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
