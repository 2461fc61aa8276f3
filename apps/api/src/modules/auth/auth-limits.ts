// Attempt limits of sign-in, sign-up and password reset. Each is counted three ways, so that
// neither guessing one account from many addresses, nor trying many accounts from one address,
// nor mailing one inbox over and over gets far. The address is `request.ip`: the socket's,
// or the client named by X-Forwarded-For when the request comes from a trusted proxy.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/app-types';
import type { Config } from '../../platform/config';
import { clientAddress, limiter } from '../../platform/http/rate-limits';

function accountOf(request: FastifyRequest) {
  return String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();
}

const perAddress = (request: FastifyRequest) => clientAddress(request);
const perAccount = (request: FastifyRequest) => accountOf(request);
const perAddressAndAccount = (request: FastifyRequest) =>
  `${clientAddress(request)} ${accountOf(request)}`;

/** One preHandler per route, each with its own counters. */
export function authLimits(app: App, { authLimits: limits }: Config) {
  const accountMails = (name: string, what: string) =>
    limiter(app, name, [
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
    signIn: limiter(app, 'signIn', [
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
    signUp: accountMails('signUp', 'sign-up'),
    passwordReset: accountMails('passwordReset', 'password reset'),
  };
}
