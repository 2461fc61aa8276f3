// Accepting a request for a one-time link, the same way from the API and from the public form:
// the project's attempt limits first, then the answer, and the sending only after it.
import type { GuestLinkRequestBody } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../app-types';
import { clientAddress, limiter } from '../http/rate-limits';
import * as service from './guest-links.service';
import { webhookSmsTransport } from './sms';

export type LinkRequestHandler = (
  request: FastifyRequest,
  reply: FastifyReply,
  input: GuestLinkRequestBody,
) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Accepts a link request (throws 429 past a limit); the public form calls it too. */
    acceptGuestLinkRequest: LinkRequestHandler;
  }
}

export function linkRequestHandler(app: App, deps: AppDeps): LinkRequestHandler {
  const { config } = deps;
  const sms = config.smsWebhookUrl ? webhookSmsTransport(config.smsWebhookUrl) : null;
  // The normalised address each request asks a link for.
  const addresses = new WeakMap<FastifyRequest, string>();
  // Both count every request, known address or not: per client network address, and per
  // address asked for, so that one inbox or phone is not flooded from many clients.
  const checkLimits = limiter(app, 'guestLinks', [
    {
      what: 'from this network address',
      max: config.guestAccess.linksPerIpPerHour,
      timeWindow: '1 hour',
      key: (request) => `guest-link ${clientAddress(request)}`,
    },
    {
      what: 'for this address',
      max: config.guestAccess.linksPerAddressPerHour,
      timeWindow: '1 hour',
      key: (request) => `guest-link ${addresses.get(request) ?? ''}`,
    },
  ]);
  const accept: LinkRequestHandler = async (request, reply, input) => {
    addresses.set(request, input.email ?? input.phone ?? '');
    await checkLimits(request, reply);
    const definition = app.guestScopes.get(input.scope);
    app.afterResponse.defer(request, () => service.sendGuestLink({ deps, definition, sms, input }));
  };
  app.decorate('acceptGuestLinkRequest', accept);
  return accept;
}
