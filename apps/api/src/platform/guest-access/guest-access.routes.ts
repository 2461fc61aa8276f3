// HTTP routes of one-time links: ask for one, open it, read and end the access; the admins' audit.
import {
  AcceptedSchema,
  type GuestAccess,
  GuestAccessSchema,
  GuestAccessUseSchema,
  GuestLinkRequestBodySchema,
  GuestRedeemBodySchema,
  type GuestScope,
  listOf,
  OrgParamsSchema,
  PageQuerySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../app-types';
import { requireMember } from '../auth/request-auth';
import { AppError } from '../errors';
import { errorResponses } from '../http/response-schemas';
import { clearGuestCookie, findGuest, GUEST_COOKIE, setGuestCookie } from './guest-cookie';
import * as service from './guest-links.service';
import { linkRequestHandler } from './link-requests';

const tags = ['guest access'];
export const GUEST_PURGE_JOB = 'guest-access.purge';
/** Every day at 03:41 (server time), apart from the other nightly jobs. */
const GUEST_PURGE_CRON = '41 3 * * *';

export function registerGuestAccessRoutes(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const acceptLinkRequest = linkRequestHandler(app, deps);

  app.post(
    '/api/guest/links',
    {
      schema: {
        operationId: 'requestGuestLink',
        summary: 'Ask for a one-time access link',
        description:
          'Answers 202 whether or not the address is known; the link is written and sent after the answer, only to a known address.',
        security: [],
        tags,
        body: GuestLinkRequestBodySchema,
        response: { 202: AcceptedSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await acceptLinkRequest(request, reply, request.body);
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/guest/access',
    {
      schema: {
        operationId: 'openGuestAccess',
        summary: 'Open a one-time link',
        description: 'Uses the link (once) and sets the access cookie.',
        security: [],
        tags,
        body: GuestRedeemBodySchema,
        response: { 200: GuestAccessSchema, ...errorResponses(400, 410) },
      },
    },
    async (request, reply) => {
      const access = await service.openGuestAccess({
        deps,
        token: request.body.token,
        log: request.log,
      });
      setGuestCookie(reply, access, config.secureCookies);
      return presentAccess(access);
    },
  );

  app.get(
    '/api/guest/access',
    {
      schema: {
        operationId: 'getGuestAccess',
        summary: 'Read the guest access of this browser',
        security: [],
        tags,
        response: { 200: GuestAccessSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const guest = await findGuest(request, database);
      if (!guest) throw new AppError('AUTH.UNAUTHENTICATED', 'No current access');
      return presentAccess(guest);
    },
  );

  app.delete(
    '/api/guest/access',
    {
      schema: {
        operationId: 'endGuestAccess',
        summary: 'End the guest access of this browser',
        security: [],
        tags,
        response: { 204: z.null(), ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[GUEST_COOKIE];
      if (token) await service.endGuestAccess({ deps, token });
      clearGuestCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/guest-accesses',
    {
      schema: {
        operationId: 'listGuestAccessUses',
        summary: 'List who opened one-time links',
        tags,
        params: OrgParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(GuestAccessUseSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listGuestAccessUses({ actor, ...request.query });
    },
  );

  app.addHook('onReady', async () => {
    await deps.jobs.work(GUEST_PURGE_JOB, async () => {
      const purged = await service.purgeGuestAccess({ deps });
      app.log.info(purged, 'guest access purge done');
      return purged;
    });
    await deps.jobs.schedule(GUEST_PURGE_JOB, GUEST_PURGE_CRON);
  });
}

function presentAccess(access: {
  scope: GuestScope;
  orgId: string;
  organisationName: string;
  expiresAt: Date;
}): GuestAccess {
  return {
    scope: access.scope,
    organisation: { id: access.orgId, name: access.organisationName },
    expiresAt: access.expiresAt.toISOString(),
  };
}
