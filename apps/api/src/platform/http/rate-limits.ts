// Attempt limits shared by every route that must not be hammered (sign-in, account mails,
// one-time links): each limit counts requests under its own key and answers 429 past its max.
// Counters live in the database (rate-limit-store.ts): every server process shares them, so
// each limit is named (`signIn.0`) the same way in every process.
// The address is `request.ip`: the socket's, or the client named by X-Forwarded-For when the
// request comes from a trusted proxy.
import { isIPv6 } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app-types';
import { AppError } from '../errors';

export type Limit = {
  /** Said in the 429's message: "Too many attempts <what>". */
  what: string;
  max: number;
  timeWindow: string;
  key: (request: FastifyRequest) => string;
};

/** The address a limit counts: IPv6 clients by their /64, which one subscriber usually holds. */
export function clientAddress(request: FastifyRequest) {
  const ip = request.ip;
  if (!isIPv6(ip) || ip.startsWith('::ffff:')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/**
 * Checks every limit in turn; the first one exceeded answers 429 with Retry-After. `name` keeps
 * the counters of one route's limits apart from another's (`signUp` and `passwordReset` both
 * count per address per hour, each on its own).
 */
export function limiter(app: App, name: string, limits: Limit[]) {
  const checks = limits.map((limit, index) => ({
    limit,
    check: app.createRateLimit({
      max: limit.max,
      timeWindow: limit.timeWindow,
      keyGenerator: (request) => `${name}.${index} ${limit.key(request)}`,
    }),
  }));
  return async (request: FastifyRequest, reply: FastifyReply) => {
    for (const { limit, check } of checks) {
      const result = await check(request);
      if (result.isAllowed || !result.isExceeded) continue;
      reply.header('retry-after', result.ttlInSeconds);
      throw new AppError(
        'REQUEST.RATE_LIMITED',
        `Too many attempts ${limit.what}; try again in ${Math.ceil(result.ttlInSeconds / 60)} min`,
        { details: { retryAfterSeconds: result.ttlInSeconds } },
      );
    }
  };
}
