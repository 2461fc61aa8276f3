// HTTP routes of factor versions and of the organisation, project and session carbon settings.
import {
  CarbonSettingsSchema,
  CarbonSettingsUpdateBodySchema,
  FactorSetCreateBodySchema,
  FactorSetParamsSchema,
  FactorSetSchema,
  FactorSetSummarySchema,
  OrgParamsSchema,
  ProjectCarbonSettingsSchema,
  ProjectCarbonSettingsUpdateBodySchema,
  ProjectParamsSchema,
  SessionCarbonSettingsSchema,
  SessionCarbonSettingsUpdateBodySchema,
  SessionParamsSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as factorSets from './carbon-factor-sets.service';
import {
  presentCarbonSettings,
  presentFactorSet,
  presentFactorSetSummary,
  presentProjectSettings,
} from './carbon-settings.presenter';
import * as settings from './carbon-settings.service';

const tags = ['carbon'];

export function registerCarbonSettingsRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/carbon/factor-sets',
    {
      schema: {
        operationId: 'listCarbonFactorSets',
        summary: 'List emission factor sets',
        tags,
        params: OrgParamsSchema,
        response: {
          200: z.object({ items: z.array(FactorSetSummarySchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { rows, current } = await factorSets.listFactorSets({ actor });
      return { items: rows.map((row) => presentFactorSetSummary(row, current)) };
    },
  );

  app.get(
    '/api/orgs/:orgId/carbon/factor-sets/:factorSetId',
    {
      schema: {
        operationId: 'getCarbonFactorSet',
        summary: 'Read an emission factor set',
        tags,
        params: FactorSetParamsSchema,
        response: { 200: FactorSetSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { row, current } = await factorSets.getFactorSet({
        actor,
        factorSetId: request.params.factorSetId,
      });
      return presentFactorSet(row, current);
    },
  );

  app.post(
    '/api/orgs/:orgId/carbon/factor-sets',
    {
      schema: {
        operationId: 'createCarbonFactorSet',
        summary: 'Create an emission factor set',
        tags,
        params: OrgParamsSchema,
        body: FactorSetCreateBodySchema,
        response: { 201: FactorSetSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { row, current } = await factorSets.createFactorSet({ actor, body: request.body });
      return reply.code(201).send(presentFactorSet(row, current));
    },
  );

  app.get(
    '/api/orgs/:orgId/carbon/settings',
    {
      schema: {
        operationId: 'getOrganisationCarbonSettings',
        summary: "Read the organisation's carbon settings",
        tags,
        params: OrgParamsSchema,
        response: { 200: CarbonSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentCarbonSettings(await factorSets.getCarbonSettings({ actor }));
    },
  );

  app.patch(
    '/api/orgs/:orgId/carbon/settings',
    {
      schema: {
        operationId: 'updateOrganisationCarbonSettings',
        summary: "Update the organisation's carbon settings",
        tags,
        params: OrgParamsSchema,
        body: CarbonSettingsUpdateBodySchema,
        response: { 200: CarbonSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const current = await factorSets.chooseFactorSet({
        actor,
        factorSetId: request.body.factorSetId,
      });
      return presentCarbonSettings(current);
    },
  );

  app.get(
    '/api/orgs/:orgId/projects/:projectId/carbon/settings',
    {
      schema: {
        operationId: 'getProjectCarbonSettings',
        summary: "Read a project's carbon settings",
        tags,
        params: ProjectParamsSchema,
        response: { 200: ProjectCarbonSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { projectId, row } = await settings.getProjectSettings({
        actor,
        projectId: request.params.projectId,
      });
      return presentProjectSettings(projectId, row);
    },
  );

  app.patch(
    '/api/orgs/:orgId/projects/:projectId/carbon/settings',
    {
      schema: {
        operationId: 'updateProjectCarbonSettings',
        summary: "Update a project's carbon settings",
        tags,
        params: ProjectParamsSchema,
        body: ProjectCarbonSettingsUpdateBodySchema,
        response: { 200: ProjectCarbonSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      const { projectId, row } = await settings.updateProjectSettings({
        actor,
        projectId: request.params.projectId,
        body: request.body,
      });
      return presentProjectSettings(projectId, row);
    },
  );

  app.get(
    '/api/orgs/:orgId/sessions/:sessionId/carbon/settings',
    {
      schema: {
        operationId: 'getSessionCarbonSettings',
        summary: "Read a session's carbon settings",
        tags,
        params: SessionParamsSchema,
        response: { 200: SessionCarbonSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return settings.getSessionSettings({ actor, sessionId: request.params.sessionId });
    },
  );

  app.patch(
    '/api/orgs/:orgId/sessions/:sessionId/carbon/settings',
    {
      schema: {
        operationId: 'updateSessionCarbonSettings',
        summary: "Update a session's carbon settings",
        tags,
        params: SessionParamsSchema,
        body: SessionCarbonSettingsUpdateBodySchema,
        response: { 200: SessionCarbonSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return settings.updateSessionSettings({
        actor,
        sessionId: request.params.sessionId,
        vanKm: request.body.vanKm,
      });
    },
  );
}
