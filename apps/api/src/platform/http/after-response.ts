// Work that runs once the answer has left: a request's reply then takes the same time whatever
// the work finds (a known or unknown address), and the work never delays it.
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';

type Work = () => Promise<void>;

export type AfterResponse = {
  /** Runs `work` after this request's response is sent; a failure is logged, never answered. */
  defer(request: FastifyRequest, work: Work): void;
  /** Resolves when no deferred work is running (tests, and closing the app). */
  idle(): Promise<void>;
};

declare module 'fastify' {
  interface FastifyInstance {
    afterResponse: AfterResponse;
  }
  interface FastifyRequest {
    deferredWork: Work[] | null;
  }
}

export function registerAfterResponse(app: FastifyInstance) {
  const running = new Set<Promise<void>>();
  const start = (work: Work, log: FastifyBaseLogger) => {
    const task = work()
      // The error's name only: messages of failed queries can carry the values they held.
      .catch((error: Error) => log.error({ failure: error?.name }, 'deferred work failed'))
      .finally(() => running.delete(task));
    running.add(task);
  };
  app.decorateRequest('deferredWork', null);
  app.decorate('afterResponse', {
    defer(request, work) {
      request.deferredWork ??= [];
      request.deferredWork.push(work);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  } satisfies AfterResponse);
  app.addHook('onResponse', async (request) => {
    for (const work of request.deferredWork ?? []) start(work, request.log);
  });
  app.addHook('onClose', async () => app.afterResponse.idle());
}
