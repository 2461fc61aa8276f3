// HTTP routes of how the choir reaches its singers: who a message would reach, the message to a
// part, a site or the whole choir (through the outbox), and contact preferences.
import {
  ChoirAudienceQuerySchema,
  ChoirAudienceSchema,
  ChoirContactBodySchema,
  ChoirContactSchema,
  ChoirCreatedSchema,
  ChoirInboxQuerySchema,
  ChoirInboxSchema,
  ChoirMemberParamsSchema,
  ChoirMessageBodySchema,
  ChoirMessageParamsSchema,
  ChoirMessageSentSchema,
  ChoirParamsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as messages from './messages.service';

const tags = ['choirs'];
const base = '/api/orgs/:orgId/choirs/:choirId';
const rules =
  'Every singer of the audience (a minor only with a current consent to take part on file) finds it on their page. By e-mail: only singers who want e-mail and left an address are written to. One e-mail per address, in its language (the member’s, else the account’s, else French), with the text in that language when given. Admins and coordinators write to any audience, a section leader to the parts they lead.';

export function registerMessageRoutes(app: App, { database, config }: AppDeps) {
  app.get(
    `${base}/messages/audience`,
    {
      schema: {
        operationId: 'getChoirMessageAudience',
        summary: 'Who a message to a part, a site or the whole choir would reach',
        description: rules,
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirAudienceQuerySchema,
        response: { 200: ChoirAudienceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      messages.choirAudience({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        query: request.query,
      }),
  );

  app.post(
    `${base}/messages`,
    {
      schema: {
        operationId: 'sendChoirMessage',
        summary: 'Write to a part, a site or the whole choir through the outbox',
        description: `${rules} Nobody to write to: 409 CHOIR.NO_RECIPIENT with the counts.`,
        tags,
        params: ChoirParamsSchema,
        body: ChoirMessageBodySchema,
        response: { 201: ChoirMessageSentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const sent = await messages.sendChoirMessage({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        input: request.body,
        transportConfigured: !!config.smtpUrl,
      });
      return reply.code(201).send(sent);
    },
  );

  app.put(
    `${base}/members/:choirMemberId/contact`,
    {
      schema: {
        operationId: 'updateChoirMemberContact',
        summary: 'Set how a singer receives the choir’s messages, and in which language',
        tags,
        params: ChoirMemberParamsSchema,
        body: ChoirContactBodySchema,
        response: { 200: ChoirContactSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      messages.updateMemberContact({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        memberId: request.params.choirMemberId,
        input: request.body,
      }),
  );

  app.put(
    `${base}/me/contact`,
    {
      schema: {
        operationId: 'updateMyChoirContact',
        summary: 'Set how I receive the choir’s messages, and in which language',
        tags,
        params: ChoirParamsSchema,
        body: ChoirContactBodySchema,
        response: { 200: ChoirContactSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      messages.updateMyContact({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        input: request.body,
      }),
  );

  app.get(
    `${base}/me/messages`,
    {
      schema: {
        operationId: 'listMyChoirMessages',
        summary: 'The messages sent to me: my part, my site, the whole choir, newest first',
        description:
          'For an account linked to a member of the choir; with the total and how many are unread.',
        tags,
        params: ChoirParamsSchema,
        querystring: ChoirInboxQuerySchema,
        response: { 200: ChoirInboxSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      messages.myInbox({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        page: request.query,
      }),
  );

  app.put(
    `${base}/me/messages/:choirMessageId/read`,
    {
      schema: {
        operationId: 'markMyChoirMessageRead',
        summary: 'I read a message sent to me (the first reading is kept)',
        tags,
        params: ChoirMessageParamsSchema,
        response: { 200: ChoirCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      messages.markMessageRead({
        actor: await requireMember(request, database, request.params.orgId),
        choirId: request.params.choirId,
        messageId: request.params.choirMessageId,
      }),
  );
}
