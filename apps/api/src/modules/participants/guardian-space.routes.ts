// HTTP route of the guardian space, for a browser holding a guardian access.
import { GuardianChildrenSchema } from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { registerGuestScope, requireGuest } from '../../platform/guest-access';
import { errorResponses } from '../../platform/http/response-schemas';
import { guardianScope, readGuardianChildren } from './guardian-space';

export function registerGuardianSpace(app: App, deps: AppDeps) {
  registerGuestScope(app, guardianScope);
  app.get(
    '/api/guest/guardian/children',
    {
      schema: {
        operationId: 'getGuardianChildren',
        summary: "Read a guardian's children, their sessions and consents",
        security: [],
        tags: ['guest access'],
        response: { 200: GuardianChildrenSchema, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const guest = await requireGuest(request, deps.database, 'guardian');
      reply.header('cache-control', 'private, no-store');
      return readGuardianChildren({ guest });
    },
  );
}
