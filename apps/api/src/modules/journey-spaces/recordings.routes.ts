// HTTP routes of a session's recordings in its journey's space: read them, and add one (the file
// first goes up with the resumable media upload, use `recording`).
import {
  SessionRecordingBodySchema,
  SessionRecordingParamsSchema,
  SessionRecordingsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as recordings from './recordings.service';

const tags = ['journey spaces'];
const path = '/api/orgs/:orgId/sessions/:sessionId/space-recordings';

export function registerRecordingRoutes(app: App, { database }: AppDeps) {
  app.get(
    path,
    {
      schema: {
        operationId: 'listSessionRecordings',
        summary: "A session's recordings in its journey's space, and whom a new one may name",
        description: 'Artists: only the sessions they lead (403 otherwise).',
        tags,
        params: SessionRecordingParamsSchema,
        response: { 200: SessionRecordingsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return recordings.listSessionRecordings({ actor, sessionId: request.params.sessionId });
    },
  );

  app.post(
    path,
    {
      schema: {
        operationId: 'addSessionRecording',
        summary: "Add the recording of a session to its journey's space",
        description:
          'Artists: only the sessions they lead (403 otherwise), with a file they uploaded. Placed in the playlist at the session’s step; shown once the session took place, the file is ready and everyone named consented. Coordinators edit, unpublish or remove it as any resource.',
        tags,
        params: SessionRecordingParamsSchema,
        body: SessionRecordingBodySchema,
        response: { 201: SessionRecordingsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const added = await recordings.addSessionRecording({
        actor,
        sessionId: request.params.sessionId,
        input: request.body,
      });
      return reply.code(201).send(added);
    },
  );
}
