// The types every module's routes and services share.
import type { TuttiDatabase } from '@tutti/db';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { JobQueue } from './jobs/queue';
import type { Operator } from './operator';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * What the platform hands to every module. `operator` is the person running the server
 * (`server.ts` sets it; tests that need it give their own).
 */
export type AppDeps = {
  config: Config;
  database: TuttiDatabase;
  jobs: JobQueue;
  operator?: Operator;
};
