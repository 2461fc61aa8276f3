// HTTP routes of tour planning: candidates, runs (start, follow, list, cancel) and accepting a plan.
import {
  OrgParamsSchema,
  PlanningAcceptBodySchema,
  PlanningAcceptResultSchema,
  PlanningCancelBodySchema,
  PlanningCandidatesSchema,
  PlanningRunCreateBodySchema,
  PlanningRunListQuerySchema,
  PlanningRunParamsSchema,
  PlanningRunSchema,
  PlanningRunSummarySchema,
  PlanningScopeQuerySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './planning.service';
import { acceptRun } from './planning-accept';

const tags = ['planning'];

export function registerPlanningRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/planning/candidates',
    {
      schema: {
        operationId: 'listPlanningCandidates',
        summary: 'List sessions to plan',
        tags,
        params: OrgParamsSchema,
        querystring: PlanningScopeQuerySchema,
        response: { 200: PlanningCandidatesSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listCandidates({ actor, scope: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/planning/runs',
    {
      schema: {
        operationId: 'startPlanningRun',
        summary: 'Start a tour planning run',
        tags,
        params: OrgParamsSchema,
        body: PlanningRunCreateBodySchema,
        response: { 202: PlanningRunSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const run = await service.createRun({ actor, jobs: deps.jobs, input: request.body });
      return reply.code(202).send(run);
    },
  );

  app.get(
    '/api/orgs/:orgId/planning/runs',
    {
      schema: {
        operationId: 'listPlanningRuns',
        summary: 'List tour planning runs',
        tags,
        params: OrgParamsSchema,
        querystring: PlanningRunListQuerySchema,
        response: {
          200: z.object({ items: z.array(PlanningRunSummarySchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listRuns({ actor, query: request.query });
    },
  );

  app.get(
    '/api/orgs/:orgId/planning/runs/:runId',
    {
      schema: {
        operationId: 'getPlanningRun',
        summary: 'Read a tour planning run',
        tags,
        params: PlanningRunParamsSchema,
        response: { 200: PlanningRunSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getRun({ actor, runId: request.params.runId });
    },
  );

  app.post(
    '/api/orgs/:orgId/planning/runs/:runId/cancel',
    {
      schema: {
        operationId: 'cancelPlanningRun',
        summary: 'Cancel a tour planning run',
        tags,
        params: PlanningRunParamsSchema,
        body: PlanningCancelBodySchema,
        response: { 200: PlanningRunSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.cancelRun({ actor, runId: request.params.runId });
    },
  );

  app.post(
    '/api/orgs/:orgId/planning/runs/:runId/accept',
    {
      schema: {
        operationId: 'acceptPlanningRun',
        summary: 'Accept a tour plan',
        tags,
        params: PlanningRunParamsSchema,
        body: PlanningAcceptBodySchema,
        response: { 200: PlanningAcceptResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return acceptRun({ actor, runId: request.params.runId });
    },
  );
}
