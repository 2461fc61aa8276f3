// HTTP routes of calls for their coordinators: write, publish and move through phases, name
// jurors and assign applications. The chair's and jurors' routes are in their own files.
import {
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
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { registerApplicantRoutes } from './applicant.routes';
import * as service from './calls.service';
import { registerDeliberationRoutes } from './deliberation.routes';
import { registerJuryRoutes } from './jury.routes';

const tags = ['calls'];

export function registerCallRoutes(app: App, deps: AppDeps) {
  const { database } = deps;
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

  registerDeliberationRoutes(app, deps);
  registerJuryRoutes(app, deps);
  registerApplicantRoutes(app, deps);
}
