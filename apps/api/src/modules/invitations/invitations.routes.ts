// HTTP routes of invitations: managed by admins, previewed and accepted through the link.
import {
  InvitationAcceptBodySchema,
  InvitationCreateBodySchema,
  InvitationParamsSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  MeSchema,
  OrgParamsSchema,
  TokenSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember, requireSession, setSessionCookie } from '../../platform/auth/request-auth';
import * as auth from '../auth/auth.service';
import { presentInvitation } from './invitations.presenter';
import * as service from './invitations.service';

const tags = ['invitations'];
const TokenParamsSchema = z.strictObject({ token: TokenSchema });

export function registerInvitationRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        body: InvitationCreateBodySchema,
        response: { 201: InvitationSchema },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const invitation = await service.inviteMember({
        deps,
        actor,
        ...request.body,
        inviterLocale: requireSession(request).user.locale,
      });
      return reply.code(201).send(presentInvitation(invitation));
    },
  );

  app.get(
    '/api/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        response: { 200: z.object({ items: z.array(InvitationSchema) }) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return { items: (await service.listInvitations({ actor })).map(presentInvitation) };
    },
  );

  app.delete(
    '/api/orgs/:orgId/invitations/:invitationId',
    { schema: { tags, params: InvitationParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.revokeInvitation({ actor, invitationId: request.params.invitationId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    { schema: { tags, params: TokenParamsSchema, response: { 200: InvitationPreviewSchema } } },
    async (request) => service.previewInvitation({ deps, token: request.params.token }),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags,
        params: TokenParamsSchema,
        body: InvitationAcceptBodySchema,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      const { newSession } = await service.acceptInvitation({
        deps,
        token: request.params.token,
        session: request.session,
        ...request.body,
      });
      if (newSession) {
        setSessionCookie(reply, newSession, deps.config.secureCookies);
        return auth.getMeForNewSession({
          deps,
          userId: newSession.userId,
          csrfToken: newSession.csrfToken,
        });
      }
      return auth.getMe({ deps, session: requireSession(request) });
    },
  );
}
