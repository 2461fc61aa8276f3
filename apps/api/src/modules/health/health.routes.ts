// Liveness and readiness probes for load balancers and orchestrators.
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';

const StatusSchema = z.object({ status: z.literal('ok') });

export function registerHealthRoutes(app: App, deps: AppDeps) {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getLiveness',
        summary: 'Liveness probe',
        security: [],
        tags: ['health'],
        response: { 200: StatusSchema },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness probe',
        security: [],
        tags: ['health'],
        response: { 200: StatusSchema },
      },
    },
    async () => {
      try {
        await deps.database.ping();
      } catch {
        throw new AppError('SERVER.UNAVAILABLE', 'The database is not reachable');
      }
      return { status: 'ok' as const };
    },
  );
}
