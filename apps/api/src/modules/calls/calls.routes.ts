// HTTP routes of calls for their coordinators: write, publish and move through phases, name
// jurors, assign applications and propose supervised recording days. The chair's and jurors'
// routes are in their own files.
import {
  ApplicationParamsSchema,
  CallAssignBodySchema,
  CallAssignResultSchema,
  CallBodySchema,
  CallJurorsBodySchema,
  CallListSchema,
  CallParamsSchema,
  CallPhaseBodySchema,
  CallSchema,
  CallUpdateBodySchema,
  OrgParamsSchema,
  RecordingDayBodySchema,
  RecordingDaySchema,
  RecordingStopListSchema,
  RecordingStopsQuerySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { registerApplicantRoutes } from './applicant.routes';
import * as service from './calls.service';
import { registerDeliberationRoutes } from './deliberation.routes';
import { registerJuryRoutes } from './jury.routes';
import * as recordingDays from './recording-days.service';

const tags = ['calls'];

export function registerCallRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const member = (request: { params: { orgId: string } }) =>
    requireMember(request as never, database, request.params.orgId);

  app.get(
    '/api/orgs/:orgId/calls',
    {
      schema: {
        operationId: 'listCalls',
        summary: 'List the calls for applications',
        tags,
        params: OrgParamsSchema,
        response: { 200: CallListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listCalls({ actor: await member(request) }),
  );

  app.post(
    '/api/orgs/:orgId/calls',
    {
      schema: {
        operationId: 'createCall',
        summary: 'Write a call (a draft until published)',
        tags,
        params: OrgParamsSchema,
        body: CallBodySchema,
        response: { 201: CallSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.createCall({ actor: await member(request), input: request.body })),
  );

  app.get(
    '/api/orgs/:orgId/calls/:callId',
    {
      schema: {
        operationId: 'getCall',
        summary: 'One call with its jurors and counts',
        tags,
        params: CallParamsSchema,
        response: { 200: CallSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.getCall({ actor: await member(request), callId: request.params.callId }),
  );

  app.patch(
    '/api/orgs/:orgId/calls/:callId',
    {
      schema: {
        operationId: 'updateCall',
        summary: 'Change a call',
        description:
          'Once a published call has opened, its form, recordings, parts and criteria are frozen (409 CALL.CRITERIA_FROZEN naming the field).',
        tags,
        params: CallParamsSchema,
        body: CallUpdateBodySchema,
        response: { 200: CallSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.updateCall({
        actor: await member(request),
        callId: request.params.callId,
        input: request.body,
      }),
  );

  app.put(
    '/api/orgs/:orgId/calls/:callId/phase',
    {
      schema: {
        operationId: 'setCallPhase',
        summary: 'Publish the call, or move its jury to the next phase',
        description:
          'draft → published → preselection → meeting (with an optional score revision window) → decided (scores locked).',
        tags,
        params: CallParamsSchema,
        body: CallPhaseBodySchema,
        response: { 200: CallSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.setPhase({
        actor: await member(request),
        callId: request.params.callId,
        input: request.body,
      }),
  );

  app.put(
    '/api/orgs/:orgId/calls/:callId/jurors',
    {
      schema: {
        operationId: 'setCallJurors',
        summary: "Name the call's jurors (members with the juror or artist role)",
        tags,
        params: CallParamsSchema,
        body: CallJurorsBodySchema,
        response: { 200: CallSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.setJurors({
        actor: await member(request),
        callId: request.params.callId,
        userIds: request.body.userIds,
      }),
  );

  app.post(
    '/api/orgs/:orgId/calls/:callId/assignments',
    {
      schema: {
        operationId: 'assignCallApplications',
        summary: 'Give the submitted applications to the jurors',
        description:
          'All jurors hear every application, or N each with balanced loads. Conflicts found in Tutti (the juror led sessions the applicant attended) are recorded as recusals.',
        tags,
        params: CallParamsSchema,
        body: CallAssignBodySchema,
        response: { 200: CallAssignResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.assignApplications({
        actor: await member(request),
        callId: request.params.callId,
        input: request.body,
      }),
  );

  app.get(
    '/api/orgs/:orgId/calls/:callId/applications/:applicationId/recording-stops',
    {
      schema: {
        operationId: 'listCallRecordingStops',
        summary: 'Tour stops where an applicant could be recorded',
        description:
          'For an applicant with no place to record: the sessions of the organisation’s tours (at a located venue, not online, not cancelled) from now to the call’s closing, within withinKm (great-circle, default 30) of the applicant’s commune, by date.',
        tags,
        params: ApplicationParamsSchema,
        querystring: RecordingStopsQuerySchema,
        response: { 200: RecordingStopListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      recordingDays.listRecordingStops({
        actor: await member(request),
        database,
        callId: request.params.callId,
        applicationId: request.params.applicationId,
        query: request.query,
      }),
  );

  app.put(
    '/api/orgs/:orgId/calls/:callId/applications/:applicationId/recording-day',
    {
      schema: {
        operationId: 'proposeCallRecordingDay',
        summary: 'Propose a supervised recording day to an applicant',
        description:
          'One of the listed tour stops (400 CALL.RECORDING_STOP_UNKNOWN otherwise), replacing an earlier proposal; the applicant is told by e-mail in their language and their page shows it.',
        tags,
        params: ApplicationParamsSchema,
        body: RecordingDayBodySchema,
        response: { 200: RecordingDaySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      recordingDays.proposeRecordingDay({
        actor: await member(request),
        database,
        callId: request.params.callId,
        applicationId: request.params.applicationId,
        input: request.body,
        publicUrl: config.publicUrl,
        transportConfigured: !!config.smtpUrl,
      }),
  );

  registerDeliberationRoutes(app, deps);
  registerJuryRoutes(app, deps);
  registerApplicantRoutes(app, deps);
}
