// What admins do with backups: read the recent runs and the settings, ask for one now.
import { BackupOverviewSchema, OrgParamsSchema } from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { BACKUP_JOB } from './backups.jobs';
import { checkBackupRequest, getBackupOverview } from './backups.service';

const tags = ['backups'];

export function registerBackupRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/backups',
    {
      schema: {
        operationId: 'getBackupOverview',
        summary: 'Read the backups of the instance',
        description:
          'The folder, the daily time and the recent runs. Archives hold every organisation of the instance and are not downloadable here.',
        tags,
        params: OrgParamsSchema,
        response: { 200: BackupOverviewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getBackupOverview({ actor, database: deps.database, config: deps.config });
    },
  );

  app.post(
    '/api/orgs/:orgId/backups',
    {
      schema: {
        operationId: 'requestBackup',
        summary: 'Make a backup now',
        description:
          'Queues a backup of the instance; refused while one runs (409) or within 10 minutes of the last one (429).',
        tags,
        params: OrgParamsSchema,
        response: {
          202: z.object({ queued: z.literal(true) }),
          ...errorResponses(400, 401, 403, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await checkBackupRequest({ actor, database: deps.database });
      await deps.jobs.send(
        BACKUP_JOB,
        { trigger: 'request' },
        { singletonKey: BACKUP_JOB, retryLimit: 0 },
      );
      return reply.code(202).send({ queued: true as const });
    },
  );
}
