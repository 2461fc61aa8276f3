// HTTP routes of member invitations: managed by admins, previewed and accepted through the link.
import {
  MemberInvitationAcceptBodySchema,
  MemberInvitationCreateBodySchema,
  MemberInvitationParamsSchema,
  MemberInvitationPreviewSchema,
  MemberInvitationSchema,
  MeSchema,
  OrgParamsSchema,
  TokenSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin, requireMember, setLoginCookie } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as auth from '../auth';
import { presentMemberInvitation } from './member-invitations.presenter';
import * as service from './member-invitations.service';

const tags = ['member-invitations'];
const TokenParamsSchema = z.strictObject({ token: TokenSchema });

export function registerMemberInvitationRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs/:orgId/member-invitations',
    {
      schema: {
        operationId: 'createMemberInvitation',
        summary: 'Invite a member',
        tags,
        params: OrgParamsSchema,
        body: MemberInvitationCreateBodySchema,
        response: { 201: MemberInvitationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const memberInvitation = await service.inviteMember({
        deps,
        actor,
        ...request.body,
        inviterLocale: requireLogin(request).user.locale,
      });
      return reply.code(201).send(presentMemberInvitation(memberInvitation));
    },
  );

  app.get(
    '/api/orgs/:orgId/member-invitations',
    {
      schema: {
        operationId: 'listMemberInvitations',
        summary: 'List pending member invitations',
        tags,
        params: OrgParamsSchema,
        response: {
          200: z.object({ items: z.array(MemberInvitationSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const items = await service.listMemberInvitations({ actor });
      return { items: items.map(presentMemberInvitation) };
    },
  );

  app.delete(
    '/api/orgs/:orgId/member-invitations/:memberInvitationId',
    {
      schema: {
        operationId: 'revokeMemberInvitation',
        summary: 'Revoke a member invitation',
        tags,
        params: MemberInvitationParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.revokeMemberInvitation({
        actor,
        memberInvitationId: request.params.memberInvitationId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/member-invitations/:token',
    {
      schema: {
        operationId: 'getMemberInvitation',
        summary: 'Read a member invitation by its token',
        security: [],
        tags,
        params: TokenParamsSchema,
        response: { 200: MemberInvitationPreviewSchema, ...errorResponses(400, 404, 410) },
      },
    },
    async (request) => service.previewMemberInvitation({ deps, token: request.params.token }),
  );

  app.post(
    '/api/member-invitations/:token/accept',
    {
      schema: {
        operationId: 'acceptMemberInvitation',
        summary: 'Accept a member invitation',
        security: [],
        tags,
        params: TokenParamsSchema,
        body: MemberInvitationAcceptBodySchema,
        response: { 200: MeSchema, ...errorResponses(400, 401, 403, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const { newLogin } = await service.acceptMemberInvitation({
        deps,
        token: request.params.token,
        login: request.login,
        ...request.body,
      });
      if (newLogin) {
        setLoginCookie(reply, newLogin, deps.config.secureCookies);
        return auth.getMeForNewLogin({
          deps,
          userId: newLogin.userId,
          csrfToken: newLogin.csrfToken,
        });
      }
      return auth.getMe({ deps, login: requireLogin(request) });
    },
  );

  // Links e-mailed before invitations to join were called member invitations keep working.
  app.get(
    '/invitations/:token',
    { schema: { hide: true, params: TokenParamsSchema } },
    async (request, reply) =>
      reply.redirect(`/member-invitations/${encodeURIComponent(request.params.token)}`, 308),
  );
}
