// Accepting a request for a one-time link, the same way from the API and from the public form:
// both rate limits first, then the answer, and the sending only after it.
import type { GuestLinkRequestBody } from '@tutti/contracts';
import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../app-types';
import { AppError } from '../errors';
import * as service from './guest-links.service';
import { webhookSmsTransport } from './sms';

export type LinkRequestHandler = (
  request: FastifyRequest,
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
  // Two counters, as the project's other limits: per client address, and per address asked for
  // (so one address is not flooded from many clients). Both count every request, known or not.
  const perIp = app.createRateLimit({
    max: config.guestAccess.linksPerIpPerHour,
    timeWindow: '1 hour',
    keyGenerator: (request) => `guest-ip:${request.ip}`,
  });
  // The normalised address of each request, for the per-address counter.
  const addresses = new WeakMap<FastifyRequest, string>();
  const perAddress = app.createRateLimit({
    max: config.guestAccess.linksPerAddressPerHour,
    timeWindow: '1 hour',
    keyGenerator: (request) =>
      `guest-address:${(request as { guestAddress?: string }).guestAddress}`,
  });
  const accept: LinkRequestHandler = async (request, input) => {
    addresses.set(request, input.email ?? input.phone ?? '');
    for (const limit of [perIp, perAddress]) {
      const outcome = await limit(request);
      if (!outcome.isAllowed && outcome.isExceeded) {
        throw new AppError('REQUEST.RATE_LIMITED', 'Too many links asked for; try again later', {
          details: { retryAfterSeconds: outcome.ttlInSeconds },
        });
      }
    }
    const definition = app.guestScopes.get(input.scope);
    app.afterResponse.defer(request, () => service.sendGuestLink({ deps, definition, sms, input }));
  };
  if (!app.hasDecorator('acceptGuestLinkRequest')) app.decorate('acceptGuestLinkRequest', accept);
  return accept;
}
