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
        tags,
        params: OrgParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(SurveySchema) },
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
        tags,
        params: OrgParamsSchema,
        body: SurveyCreateBodySchema,
        response: { 201: SurveySchema },
      },
    },
    async (request, reply) => {
      const actor = await member(request, request.params.orgId);
      return reply.code(201).send(await service.createSurvey({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/surveys/:surveyId',
    { schema: { tags, params: SurveyParamsSchema, response: { 200: SurveySchema } } },
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
        tags,
        params: SurveyParamsSchema,
        body: SurveyUpdateBodySchema,
        response: { 200: SurveySchema },
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
        tags,
        params: SurveyParamsSchema,
        body: SurveyStatusBodySchema,
        response: { 200: SurveySchema },
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
        tags,
        params: SurveyParamsSchema,
        querystring: SurveyFillQuerySchema,
        response: { 200: SurveyFillSchema },
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
        tags,
        params: SurveyParamsSchema,
        body: SurveyResponseBodySchema,
        response: { 200: SurveyResponseResultSchema, 201: SurveyResponseResultSchema },
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
    { schema: { tags, params: SurveyParamsSchema, response: { 200: SurveyResultsSchema } } },
    async (request) =>
      service.surveyResults({
        actor: await member(request, request.params.orgId),
        surveyId: request.params.surveyId,
      }),
  );
}
