// Attempt limits of sign-in, sign-up and password reset. Each is counted three ways, so that
// neither guessing one account from many addresses, nor trying many accounts from one address,
// nor mailing one inbox over and over gets far. The address is `request.ip`: the socket's,
// or the client named by X-Forwarded-For when the request comes from a trusted proxy.
import { isIPv6 } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../platform/app-types';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';

type Limit = {
  /** Said in the 429's message: "Too many attempts <what>". */
  what: string;
  max: number;
  timeWindow: string;
  key: (request: FastifyRequest) => string;
};

/** The address a limit counts: IPv6 clients by their /64, which one subscriber usually holds. */
function clientAddress(request: FastifyRequest) {
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

function accountOf(request: FastifyRequest) {
  return String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();
}

const perAddress = (request: FastifyRequest) => clientAddress(request);
const perAccount = (request: FastifyRequest) => accountOf(request);
const perAddressAndAccount = (request: FastifyRequest) =>
  `${clientAddress(request)} ${accountOf(request)}`;

function limiter(app: App, limits: Limit[]) {
  const checks = limits.map((limit) => ({
    limit,
    check: app.createRateLimit({
      max: limit.max,
      timeWindow: limit.timeWindow,
      keyGenerator: limit.key,
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

/** One preHandler per route, each with its own counters. */
export function authLimits(app: App, { authLimits: limits }: Config) {
  const accountMails = (what: string) =>
    limiter(app, [
      {
        what: 'from this network address',
        max: limits.accountMailsPerAddressPerHour,
        timeWindow: '1 hour',
        key: perAddress,
      },
      {
        what: `for this e-mail address (${what})`,
        max: 5,
        timeWindow: '15 minutes',
        key: perAccount,
      },
    ]);
  return {
    signIn: limiter(app, [
      {
        what: 'from this network address',
        max: limits.signInPerAddressPerMinute,
        timeWindow: '1 minute',
        key: perAddress,
      },
      {
        what: 'on this account',
        max: limits.signInPerAccountPerHour,
        timeWindow: '1 hour',
        key: perAccount,
      },
      {
        what: 'on this account from this network address',
        max: limits.signInPerAddressAndAccountPerMinute,
        timeWindow: '1 minute',
        key: perAddressAndAccount,
      },
    ]),
    signUp: accountMails('sign-up'),
    passwordReset: accountMails('password reset'),
  };
}
