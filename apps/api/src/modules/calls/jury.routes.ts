// HTTP routes of jurors, blind: their calls and queue, one application, scores, recusal, the
// other jurors' scores (after one's own), and the cleaned recordings.
import {
  JuryApplicationParamsSchema,
  JuryApplicationSchema,
  JuryCallListSchema,
  JuryQueueSchema,
  JuryRecordingParamsSchema,
  JuryScoreBodySchema,
  OrgParamsSchema,
  PeerScoresSchema,
  RecusalBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { sendFileContent } from '../media';
import * as service from './jury.service';

const tags = ['calls'];
const CallParams = JuryApplicationParamsSchema.pick({ orgId: true, callId: true });

export function registerJuryRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const member = (request: { params: { orgId: string } }) =>
    requireMember(request as never, database, request.params.orgId);

  app.get(
    '/api/orgs/:orgId/jury/calls',
    {
      schema: {
        operationId: 'listJuryCalls',
        summary: 'The calls I am a juror of',
        tags,
        params: OrgParamsSchema,
        response: { 200: JuryCallListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listJuryCalls({ actor: await member(request) }),
  );

  app.get(
    '/api/orgs/:orgId/jury/calls/:callId',
    {
      schema: {
        operationId: 'getJuryQueue',
        summary: 'My queue for a call: applicant codes and where I am',
        tags,
        params: CallParams,
        response: { 200: JuryQueueSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.juryQueue({ actor: await member(request), callId: request.params.callId }),
  );

  app.get(
    '/api/orgs/:orgId/jury/calls/:callId/applications/:applicationId',
    {
      schema: {
        operationId: 'getJuryApplication',
        summary: 'One application, blind: code, visible answers, recordings, my score',
        tags,
        params: JuryApplicationParamsSchema,
        response: { 200: JuryApplicationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.juryApplication({ actor: await member(request), ...request.params }),
  );

  app.put(
    '/api/orgs/:orgId/jury/calls/:callId/applications/:applicationId/score',
    {
      schema: {
        operationId: 'scoreJuryApplication',
        summary: 'Save or submit my scores, recording quality and private note',
        tags,
        params: JuryApplicationParamsSchema,
        body: JuryScoreBodySchema,
        response: { 200: JuryApplicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.scoreApplication({
        actor: await member(request),
        ...request.params,
        input: request.body,
      }),
  );

  app.post(
    '/api/orgs/:orgId/jury/calls/:callId/applications/:applicationId/recusal',
    {
      schema: {
        operationId: 'recuseFromApplication',
        summary: 'Declare a conflict of interest and step aside, with a reason',
        tags,
        params: JuryApplicationParamsSchema,
        body: RecusalBodySchema,
        response: { 200: JuryApplicationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.recuse({
        actor: await member(request),
        ...request.params,
        reason: request.body.reason,
      }),
  );

  app.get(
    '/api/orgs/:orgId/jury/calls/:callId/applications/:applicationId/peer-scores',
    {
      schema: {
        operationId: 'getPeerScores',
        summary: "The other jurors' scores, once mine are submitted",
        tags,
        params: JuryApplicationParamsSchema,
        response: { 200: PeerScoresSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.peerScores({ actor: await member(request), ...request.params }),
  );

  app.get(
    '/api/orgs/:orgId/jury/recordings/:recordingId',
    {
      compress: false,
      schema: {
        operationId: 'streamJuryRecording',
        summary: 'A cleaned recording to listen to (light copy when there is one)',
        description: 'Only for jurors the application is assigned to; each listening is logged.',
        tags,
        params: JuryRecordingParamsSchema,
        response: {
          200: fileResponse('The whole recording', 'any'),
          206: fileResponse('The byte range asked for', 'any'),
          ...errorResponses(400, 401, 403, 404, 416),
        },
      },
    },
    async (request, reply) => {
      const actor = await member(request);
      return sendFileContent(reply, () =>
        service.streamRecording({
          actor,
          config,
          recordingId: request.params.recordingId,
          rangeHeader: request.headers.range,
        }),
      );
    },
  );
}
