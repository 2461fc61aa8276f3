// HTTP routes of the chair: applications, calibration, ranking, pre-selection, decisions,
// notifications and the export of the ranking.
import {
  ApplicationListQuerySchema,
  ApplicationListSchema,
  ApplicationParamsSchema,
  ApplicationSchema,
  CalibrationSchema,
  CallDistributionSchema,
  CallExportQuerySchema,
  CallParamsSchema,
  DecisionBodySchema,
  NotifyResultSchema,
  RankingQuerySchema,
  RankingSchema,
  ShortlistBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { recordExport } from '../../platform/audit';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import * as service from './deliberation.service';
import { exportRanking } from './deliberation-export';
import { callDistribution } from './distribution.service';

const tags = ['calls'];

export function registerDeliberationRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const member = (request: { params: { orgId: string } }) =>
    requireMember(request as never, database, request.params.orgId);

  app.get(
    '/api/orgs/:orgId/calls/:callId/applications',
    {
      schema: {
        operationId: 'listCallApplications',
        summary: "The call's applications, with names and recordings' states",
        tags,
        params: CallParamsSchema,
        querystring: ApplicationListQuerySchema,
        response: { 200: ApplicationListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.listApplications({
        actor: await member(request),
        callId: request.params.callId,
        recordingDay: request.query.recordingDay,
      }),
  );

  app.get(
    '/api/orgs/:orgId/calls/:callId/calibration',
    {
      schema: {
        operationId: 'getCallCalibration',
        summary: "Each juror's distribution of totals (mean, spread, histogram)",
        tags,
        params: CallParamsSchema,
        response: { 200: CalibrationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.calibration({ actor: await member(request), callId: request.params.callId }),
  );

  app.get(
    '/api/orgs/:orgId/calls/:callId/distribution',
    {
      schema: {
        operationId: 'getCallDistribution',
        summary: 'Applicants by access score, density and priority area, once scores are locked',
        description:
          'Counts of submitted applicants from the communes they gave, never per applicant; small counts suppressed as in the impact figures; a commune not given counts as unknown. 409 CALL.SCORES_NOT_LOCKED before the scores are locked.',
        tags,
        params: CallParamsSchema,
        response: { 200: CallDistributionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      callDistribution({
        actor: await member(request),
        database,
        callId: request.params.callId,
      }),
  );

  app.get(
    '/api/orgs/:orgId/calls/:callId/ranking',
    {
      schema: {
        operationId: 'getCallRanking',
        summary: 'The ranking per part: normalised means, spread, disagreement, ties',
        tags,
        params: CallParamsSchema,
        querystring: RankingQuerySchema,
        response: { 200: RankingSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.ranking({
        actor: await member(request),
        callId: request.params.callId,
        disagreementAt: request.query.disagreementAt,
      }),
  );

  app.put(
    '/api/orgs/:orgId/calls/:callId/applications/:applicationId/shortlist',
    {
      schema: {
        operationId: 'shortlistApplication',
        summary: 'Keep an application for the jury meeting, or not (pre-selection)',
        tags,
        params: ApplicationParamsSchema,
        body: ShortlistBodySchema,
        response: { 200: ApplicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.shortlist({
        actor: await member(request),
        ...request.params,
        shortlisted: request.body.shortlisted,
      }),
  );

  app.put(
    '/api/orgs/:orgId/calls/:callId/applications/:applicationId/decision',
    {
      schema: {
        operationId: 'decideApplication',
        summary: 'Select, put on the waiting list or decline, with a reason',
        tags,
        params: ApplicationParamsSchema,
        body: DecisionBodySchema,
        response: { 200: ApplicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decide({
        actor: await member(request),
        ...request.params,
        decision: request.body.decision,
        reason: request.body.reason,
      }),
  );

  app.post(
    '/api/orgs/:orgId/calls/:callId/notifications',
    {
      schema: {
        operationId: 'notifyCallDecisions',
        summary: 'E-mail every decision not yet sent, in each applicant’s language',
        tags,
        params: CallParamsSchema,
        response: { 200: NotifyResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.notifyDecisions({
        actor: await member(request),
        callId: request.params.callId,
        publicUrl: config.publicUrl,
        transportConfigured: !!config.smtpUrl,
      }),
  );

  app.get(
    '/api/orgs/:orgId/calls/:callId/export',
    {
      schema: {
        operationId: 'exportCallRanking',
        summary: 'The ranking and decisions as CSV or XLSX',
        tags,
        params: CallParamsSchema,
        querystring: CallExportQuerySchema,
        response: {
          200: fileResponse('The ranking as CSV or XLSX', 'csv', 'xlsx'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await member(request);
      const file = await exportRanking({
        actor,
        callId: request.params.callId,
        format: request.query.format,
        locale: request.query.lang,
      });
      await recordExport(actor, {
        subjectKind: 'callRanking',
        subjectId: request.params.callId,
        detail: request.query.format,
      });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
}
