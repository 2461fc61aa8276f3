// HTTP routes of footprints (session, project, organisation period, artist's day) and scenarios.
import {
  ArtistDayFootprintSchema,
  ArtistDayParamsSchema,
  OrganisationFootprintQuerySchema,
  OrganisationFootprintSchema,
  OrgParamsSchema,
  ProjectFootprintSchema,
  ProjectParamsSchema,
  ProjectScenariosSchema,
  ScenarioPairQuerySchema,
  ScenarioPairSchema,
  SessionFootprintSchema,
  SessionParamsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as footprints from './carbon-footprint.service';
import * as scenarios from './carbon-scenarios.service';

const tags = ['carbon'];

export function registerCarbonFootprintRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/orgs/:orgId/sessions/:sessionId/carbon',
    {
      schema: {
        operationId: 'getSessionCarbon',
        summary: "Read a session's carbon footprint",
        tags,
        params: SessionParamsSchema,
        response: { 200: SessionFootprintSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return footprints.sessionFootprint({
        actor,
        database: deps.database,
        sessionId: request.params.sessionId,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/projects/:projectId/carbon',
    {
      schema: {
        operationId: 'getProjectCarbon',
        summary: "Read a project's carbon footprint",
        tags,
        params: ProjectParamsSchema,
        response: { 200: ProjectFootprintSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return footprints.projectFootprint({
        actor,
        database: deps.database,
        projectId: request.params.projectId,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/carbon/footprint',
    {
      schema: {
        operationId: 'getOrganisationCarbon',
        summary: "Read the organisation's carbon footprint",
        tags,
        params: OrgParamsSchema,
        querystring: OrganisationFootprintQuerySchema,
        response: { 200: OrganisationFootprintSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return footprints.organisationFootprint({
        actor,
        database: deps.database,
        year: request.query.year ?? new Date().getUTCFullYear(),
        month: request.query.month ?? null,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/artists/:artistId/carbon/days/:date',
    {
      schema: {
        operationId: 'getArtistDayCarbon',
        summary: "Read an artist's day carbon footprint",
        tags,
        params: ArtistDayParamsSchema,
        response: { 200: ArtistDayFootprintSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return footprints.artistDayFootprint({
        actor,
        database: deps.database,
        artistId: request.params.artistId,
        date: request.params.date,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/projects/:projectId/carbon/scenarios',
    {
      schema: {
        operationId: 'listProjectCarbonScenarios',
        summary: "List a project's carbon scenarios",
        tags,
        params: ProjectParamsSchema,
        response: { 200: ProjectScenariosSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return scenarios.getProjectScenarios({
        actor,
        database: deps.database,
        projectId: request.params.projectId,
        locale: requireLogin(request).user.locale,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/projects/:projectId/carbon/scenarios/compare',
    {
      schema: {
        operationId: 'compareProjectCarbonScenarios',
        summary: 'Compare carbon scenarios',
        tags,
        params: ProjectParamsSchema,
        querystring: ScenarioPairQuerySchema,
        response: { 200: ScenarioPairSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return scenarios.compareScenarioPair({
        actor,
        database: deps.database,
        projectId: request.params.projectId,
        a: request.query.a,
        b: request.query.b,
      });
    },
  );
}
