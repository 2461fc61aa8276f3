// HTTP routes of observation surveys: definitions, filling on a phone, results.
import {
  listOf,
  OrgParamsSchema,
  PageQuerySchema,
  SurveyCreateBodySchema,
  SurveyFillQuerySchema,
  SurveyFillSchema,
  SurveyParamsSchema,
  SurveyResponseBodySchema,
  SurveyResponseResultSchema,
  SurveyResultsSchema,
  SurveySchema,
  SurveyStatusBodySchema,
  SurveyUpdateBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { submitResponse, surveyFill } from './surveys.fill';
import * as service from './surveys.service';

const tags = ['surveys'];

export function registerSurveyRoutes(app: App, deps: AppDeps) {
  const member = (request: Parameters<typeof requireMember>[0], orgId: string) =>
    requireMember(request, deps.database, orgId);

  app.get(
    '/api/orgs/:orgId/surveys',
    {
      schema: {
        operationId: 'listSurveys',
        summary: 'List surveys',
        tags,
        params: OrgParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(SurveySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.listSurveys({
        actor: await member(request, request.params.orgId),
        page: request.query,
      }),
  );

  app.post(
    '/api/orgs/:orgId/surveys',
    {
      schema: {
        operationId: 'createSurvey',
        summary: 'Create a survey',
        tags,
        params: OrgParamsSchema,
        body: SurveyCreateBodySchema,
        response: { 201: SurveySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await member(request, request.params.orgId);
      return reply.code(201).send(await service.createSurvey({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/surveys/:surveyId',
    {
      schema: {
        operationId: 'getSurvey',
        summary: 'Read a survey',
        tags,
        params: SurveyParamsSchema,
        response: { 200: SurveySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.getSurvey({
        actor: await member(request, request.params.orgId),
        surveyId: request.params.surveyId,
      }),
  );

  app.patch(
    '/api/orgs/:orgId/surveys/:surveyId',
    {
      schema: {
        operationId: 'updateSurvey',
        summary: 'Update a survey',
        tags,
        params: SurveyParamsSchema,
        body: SurveyUpdateBodySchema,
        response: { 200: SurveySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await member(request, request.params.orgId);
      return service.updateSurvey({
        actor,
        surveyId: request.params.surveyId,
        input: request.body,
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/surveys/:surveyId/status',
    {
      schema: {
        operationId: 'changeSurveyStatus',
        summary: 'Open or close a survey',
        tags,
        params: SurveyParamsSchema,
        body: SurveyStatusBodySchema,
        response: { 200: SurveySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await member(request, request.params.orgId);
      const { surveyId } = request.params;
      return service.changeSurveyStatus({ actor, surveyId, status: request.body.status });
    },
  );

  app.get(
    '/api/orgs/:orgId/surveys/:surveyId/fill',
    {
      schema: {
        operationId: 'getSurveyForm',
        summary: 'Read a survey to fill in',
        tags,
        params: SurveyParamsSchema,
        querystring: SurveyFillQuerySchema,
        response: { 200: SurveyFillSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await member(request, request.params.orgId);
      const { surveyId } = request.params;
      return surveyFill({ actor, surveyId, groupId: request.query.groupId });
    },
  );

  app.post(
    '/api/orgs/:orgId/surveys/:surveyId/responses',
    {
      schema: {
        operationId: 'submitSurveyResponses',
        summary: 'Submit survey responses',
        tags,
        params: SurveyParamsSchema,
        body: SurveyResponseBodySchema,
        response: {
          200: SurveyResponseResultSchema,
          201: SurveyResponseResultSchema,
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const actor = await member(request, request.params.orgId);
      const result = await submitResponse({
        actor,
        surveyId: request.params.surveyId,
        input: request.body,
      });
      return reply.code(result.replayed || result.replaced ? 200 : 201).send(result);
    },
  );

  app.get(
    '/api/orgs/:orgId/surveys/:surveyId/results',
    {
      schema: {
        operationId: 'getSurveyResults',
        summary: "Read a survey's results",
        tags,
        params: SurveyParamsSchema,
        response: { 200: SurveyResultsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.surveyResults({
        actor: await member(request, request.params.orgId),
        surveyId: request.params.surveyId,
      }),
  );
}
