// HTTP routes of accounts: parse, call one service function, answer.
import {
  AccountMailAcceptedSchema,
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
import { errorResponses } from '../../platform/http/response-schemas';
import * as auth from './auth.service';
import { authLimits } from './auth-limits';

const tags = ['auth'];

export function registerAuthRoutes(app: App, deps: AppDeps) {
  const { config } = deps;
  const limits = authLimits(app, config);

  async function answerWithLogin(reply: FastifyReply, login: NewLogin) {
    setLoginCookie(reply, login, config.secureCookies);
    return auth.getMeForNewLogin({ deps, userId: login.userId, csrfToken: login.csrfToken });
  }

  app.post(
    '/api/auth/sign-up',
    {
      schema: {
        operationId: 'signUp',
        summary: 'Create an account',
        security: [],
        tags,
        body: SignUpBodySchema,
        response: { 202: AccountMailAcceptedSchema, ...errorResponses(400, 429) },
      },
      preHandler: limits.signUp,
    },
    async (request, reply) => {
      const { delivery } = await auth.signUp({ deps, input: request.body });
      return reply.code(202).send({ status: 'accepted' as const, delivery });
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      schema: {
        operationId: 'verifyEmail',
        summary: 'Verify an e-mail address',
        security: [],
        tags,
        body: TokenBodySchema,
        response: { 200: MeSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) =>
      answerWithLogin(reply, await auth.verifyEmail({ deps, token: request.body.token })),
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        operationId: 'signIn',
        summary: 'Sign in',
        security: [],
        tags,
        body: SignInBodySchema,
        response: { 200: MeSchema, ...errorResponses(400, 401, 403, 429) },
      },
      preHandler: limits.signIn,
    },
    async (request, reply) => answerWithLogin(reply, await auth.signIn({ deps, ...request.body })),
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        operationId: 'signOut',
        summary: 'Sign out',
        security: [],
        tags,
        response: { 204: z.null(), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.login) await auth.signOut({ deps, login: request.login });
      clearLoginCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        summary: 'Ask for a password reset link',
        security: [],
        tags,
        body: PasswordResetRequestBodySchema,
        response: { 202: AccountMailAcceptedSchema, ...errorResponses(400, 429) },
      },
      preHandler: limits.passwordReset,
    },
    async (request, reply) => {
      // The lookup and the mail run once the answer has left: a known and an unknown address
      // get the same answer in the same time.
      const { email } = request.body;
      app.afterResponse.defer(request, () => auth.requestPasswordReset({ deps, email }));
      return reply
        .code(202)
        .send({ status: 'accepted' as const, delivery: auth.accountMailDelivery(deps) });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        summary: 'Set a new password from a reset link',
        security: [],
        tags,
        body: PasswordResetConfirmBodySchema,
        response: { 200: MeSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) =>
      answerWithLogin(reply, await auth.confirmPasswordReset({ deps, ...request.body })),
  );

  app.get(
    '/api/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'Read the signed-in user',
        tags,
        response: { 200: MeSchema, ...errorResponses(401) },
      },
    },
    async (request) => auth.getMe({ deps, login: requireLogin(request) }),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        operationId: 'updateMe',
        summary: 'Update the signed-in user',
        tags,
        body: UpdateMeBodySchema,
        response: { 200: MeSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => auth.updateMe({ deps, login: requireLogin(request), input: request.body }),
  );
}
