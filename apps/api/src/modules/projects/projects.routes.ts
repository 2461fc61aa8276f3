// HTTP routes of projects.
import {
  listOf,
  OrgParamsSchema,
  ProjectCreateBodySchema,
  ProjectListQuerySchema,
  ProjectParamsSchema,
  ProjectSchema,
  ProjectStatusBodySchema,
  ProjectSummarySchema,
  ProjectUpdateBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './projects.service';

const tags = ['projects'];

export function registerProjectRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/projects',
    {
      schema: {
        operationId: 'listProjects',
        summary: 'List projects',
        tags,
        params: OrgParamsSchema,
        querystring: ProjectListQuerySchema,
        response: { 200: listOf(ProjectSummarySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.listProjects({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/projects',
    {
      schema: {
        operationId: 'createProject',
        summary: 'Create a project',
        tags,
        params: OrgParamsSchema,
        body: ProjectCreateBodySchema,
        response: { 201: ProjectSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return reply.code(201).send(await service.createProject({ actor, input: request.body }));
    },
  );

  app.get(
    '/api/orgs/:orgId/projects/:projectId',
    {
      schema: {
        operationId: 'getProject',
        summary: 'Read a project',
        tags,
        params: ProjectParamsSchema,
        response: { 200: ProjectSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return service.getProject({ actor, projectId: request.params.projectId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/projects/:projectId',
    {
      schema: {
        operationId: 'updateProject',
        summary: 'Update a project',
        tags,
        params: ProjectParamsSchema,
        body: ProjectUpdateBodySchema,
        response: { 200: ProjectSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { projectId } = request.params;
      return service.updateProject({ actor, projectId, input: request.body });
    },
  );

  app.post(
    '/api/orgs/:orgId/projects/:projectId/status',
    {
      schema: {
        operationId: 'changeProjectStatus',
        summary: "Change a project's status",
        tags,
        params: ProjectParamsSchema,
        body: ProjectStatusBodySchema,
        response: { 200: ProjectSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { projectId } = request.params;
      return service.changeProjectStatus({ actor, projectId, status: request.body.status });
    },
  );

  app.delete(
    '/api/orgs/:orgId/projects/:projectId',
    {
      schema: {
        operationId: 'deleteProject',
        summary: 'Delete a project',
        tags,
        params: ProjectParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      await service.deleteProject({ actor, projectId: request.params.projectId });
      return reply.code(204).send(null);
    },
  );
}
