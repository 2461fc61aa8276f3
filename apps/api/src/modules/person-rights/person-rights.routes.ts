// HTTP routes of a person's rights: the requests log, a participant's export (JSON or PDF), and
// erasure with its account before and after.
import {
  ApplicantErasureBodySchema,
  ApplicantRightsParamsSchema,
  ErasureAccountSchema,
  ErasureBodySchema,
  listOf,
  OrgParamsSchema,
  ParticipantParamsSchema,
  PersonExportQuerySchema,
  RightsRequestCreateBodySchema,
  RightsRequestListQuerySchema,
  RightsRequestParamsSchema,
  RightsRequestSchema,
  RightsRequestUpdateBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { fileStorageFor } from '../../platform/storage';
import * as erasure from './person-erasure.service';
import * as personExport from './person-export.service';
import * as service from './person-rights.service';

const tags = ['person-rights'];

export function registerPersonRightsRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/rights-requests',
    {
      schema: {
        operationId: 'listRightsRequests',
        summary: 'List the requests people made about their data, soonest due first',
        tags,
        params: OrgParamsSchema,
        querystring: RightsRequestListQuerySchema,
        response: { 200: listOf(RightsRequestSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listRequests({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/rights-requests',
    {
      schema: {
        operationId: 'createRightsRequest',
        summary: 'Record a request about a person’s data (due one month after receipt)',
        tags,
        params: OrgParamsSchema,
        body: RightsRequestCreateBodySchema,
        response: { 201: RightsRequestSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createRequest({ actor, input: request.body }));
    },
  );

  app.patch(
    '/api/orgs/:orgId/rights-requests/:requestId',
    {
      schema: {
        operationId: 'updateRightsRequest',
        summary: 'Record the answer to a request (date and outcome), or its note',
        tags,
        params: RightsRequestParamsSchema,
        body: RightsRequestUpdateBodySchema,
        response: { 200: RightsRequestSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.updateRequest({
        actor,
        requestId: request.params.requestId,
        input: request.body,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId/data-export',
    {
      schema: {
        operationId: 'exportPersonData',
        summary: 'Download everything held about a participant and their guardians',
        description:
          'JSON (PersonDataExport, machine-readable) or a PDF a family reads. Access needs only for the roles that read them.',
        tags,
        params: ParticipantParamsSchema,
        querystring: PersonExportQuerySchema,
        response: {
          200: fileResponse('The export as JSON or PDF', 'json', 'pdf'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await personExport.exportPersonFile({
        actor,
        participantId: request.params.participantId,
        format: request.query.format,
        locale: request.query.locale,
      });
      await recordExport(actor, {
        subjectKind: 'participant',
        subjectId: request.params.participantId,
        detail: request.query.format,
      });
      return reply
        .type(file.contentType)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.bytes);
    },
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId/erasure',
    {
      schema: {
        operationId: 'previewErasure',
        summary: 'What erasing a participant would remove and keep, and why',
        tags,
        params: ParticipantParamsSchema,
        response: { 200: ErasureAccountSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return erasure.previewErasure({ actor, participantId: request.params.participantId });
    },
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/erasure',
    {
      schema: {
        operationId: 'erasePerson',
        summary: 'Erase a participant in one transaction, keeping only figures without a name',
        tags,
        params: ParticipantParamsSchema,
        body: ErasureBodySchema,
        response: { 200: ErasureAccountSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return erasure.erasePerson({
        actor,
        participantId: request.params.participantId,
        input: request.body,
        storage: fileStorageFor(deps.config),
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/call-applications/:applicationId/data-export',
    {
      schema: {
        operationId: 'exportApplicantData',
        summary: 'Download everything held about the applicant of an application (by its address)',
        description:
          'Every application sent from the same address in the organisation (identity, answers, recordings, decision, and the jury’s evaluations once the results are sent), the one-time links and the mail sent to it. JSON (ApplicantDataExport) or PDF.',
        tags,
        params: ApplicantRightsParamsSchema,
        querystring: PersonExportQuerySchema,
        response: {
          200: fileResponse('The export as JSON or PDF', 'json', 'pdf'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const file = await personExport.exportApplicantFile({
        actor,
        applicationId: request.params.applicationId,
        format: request.query.format,
        locale: request.query.locale,
      });
      await recordExport(actor, {
        subjectKind: 'call_application',
        subjectId: request.params.applicationId,
        detail: request.query.format,
      });
      return reply
        .type(file.contentType)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.bytes);
    },
  );

  app.get(
    '/api/orgs/:orgId/call-applications/:applicationId/erasure',
    {
      schema: {
        operationId: 'previewApplicantErasure',
        summary: 'What erasing the applicant of an application would remove and keep, and why',
        tags,
        params: ApplicantRightsParamsSchema,
        response: { 200: ErasureAccountSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return erasure.previewApplicantErasure({
        actor,
        applicationId: request.params.applicationId,
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/call-applications/:applicationId/erasure',
    {
      schema: {
        operationId: 'eraseApplicant',
        summary:
          'Erase the applicant of an application: every application from their address, their recordings, links and mail; the jury’s scores stay without a name',
        tags,
        params: ApplicantRightsParamsSchema,
        body: ApplicantErasureBodySchema,
        response: { 200: ErasureAccountSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return erasure.eraseApplicant({
        actor,
        applicationId: request.params.applicationId,
        storage: fileStorageFor(deps.config),
      });
    },
  );
}
