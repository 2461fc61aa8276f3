// HTTP routes of accounts: parse, call one service function, answer.
import {
  AcceptedSchema,
  MeSchema,
  PasswordResetConfirmBodySchema,
  PasswordResetRequestBodySchema,
  SignInBodySchema,
  SignUpBodySchema,
  TokenBodySchema,
  UpdateMeBodySchema,
} from '@tutti/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import type { NewLogin } from '../../platform/auth/login-store';
import { clearLoginCookie, requireLogin, setLoginCookie } from '../../platform/auth/request-auth';
import * as auth from './auth.service';

const tags = ['auth'];

export function registerAuthRoutes(app: App, deps: AppDeps) {
  const { config } = deps;
  // Keyed by address and e-mail: slows guessing one account without locking out a shared office.
  const perAccountLimit = (max: number, timeWindow: string) => ({
    rateLimit: {
      max,
      timeWindow,
      hook: 'preHandler' as const,
      keyGenerator: (request: { ip: string; body?: unknown }) =>
        `${request.ip}:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
    },
  });

  async function answerWithLogin(reply: FastifyReply, login: NewLogin) {
    setLoginCookie(reply, login, config.secureCookies);
    return auth.getMeForNewLogin({ deps, userId: login.userId, csrfToken: login.csrfToken });
  }

  app.post(
    '/api/auth/sign-up',
    {
      schema: { tags, body: SignUpBodySchema, response: { 202: AcceptedSchema } },
      config: perAccountLimit(5, '15 minutes'),
    },
    async (request, reply) => {
      await auth.signUp({ deps, input: request.body });
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/auth/verify-email',
    { schema: { tags, body: TokenBodySchema, response: { 200: MeSchema } } },
    async (request, reply) =>
      answerWithLogin(reply, await auth.verifyEmail({ deps, token: request.body.token })),
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: { tags, body: SignInBodySchema, response: { 200: MeSchema } },
      config: perAccountLimit(config.signInLimitPerMinute, '1 minute'),
    },
    async (request, reply) => answerWithLogin(reply, await auth.signIn({ deps, ...request.body })),
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags, response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.login) await auth.signOut({ deps, login: request.login });
      clearLoginCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      schema: { tags, body: PasswordResetRequestBodySchema, response: { 202: AcceptedSchema } },
      config: perAccountLimit(5, '15 minutes'),
    },
    async (request, reply) => {
      await auth.requestPasswordReset({ deps, email: request.body.email });
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    { schema: { tags, body: PasswordResetConfirmBodySchema, response: { 200: MeSchema } } },
    async (request, reply) =>
      answerWithLogin(reply, await auth.confirmPasswordReset({ deps, ...request.body })),
  );

  app.get('/api/me', { schema: { tags, response: { 200: MeSchema } } }, async (request) =>
    auth.getMe({ deps, login: requireLogin(request) }),
  );

  app.patch(
    '/api/me',
    { schema: { tags, body: UpdateMeBodySchema, response: { 200: MeSchema } } },
    async (request) => auth.updateMe({ deps, login: requireLogin(request), input: request.body }),
  );
}
