// HTTP routes of organisations.
import {
  OrganisationCreateBodySchema,
  OrganisationSchema,
  OrganisationUpdateBodySchema,
  OrgParamsSchema,
  PublicProfileSchema,
  PublicProfileUpdateBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { presentOrganisation } from './organisations.presenter';
import * as service from './organisations.service';
import { getPublicProfile, updatePublicProfile } from './public-profile';

const tags = ['organisations'];

export function registerOrganisationRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs',
    {
      schema: {
        operationId: 'createOrganisation',
        summary: 'Create an organisation',
        tags,
        body: OrganisationCreateBodySchema,
        response: { 201: OrganisationSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const login = requireLogin(request);
      const organisation = await service.createOrganisation({
        deps,
        userId: login.user.id,
        name: request.body.name,
      });
      return reply.code(201).send(presentOrganisation(organisation));
    },
  );

  app.get(
    '/api/orgs/:orgId',
    {
      schema: {
        operationId: 'getOrganisation',
        summary: 'Read an organisation',
        tags,
        params: OrgParamsSchema,
        response: { 200: OrganisationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentOrganisation(await service.getOrganisation({ actor }));
    },
  );

  app.patch(
    '/api/orgs/:orgId',
    {
      schema: {
        operationId: 'updateOrganisation',
        summary: 'Update an organisation',
        tags,
        params: OrgParamsSchema,
        body: OrganisationUpdateBodySchema,
        response: { 200: OrganisationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentOrganisation(
        await service.renameOrganisation({ actor, name: request.body.name }),
      );
    },
  );

  app.get(
    '/api/orgs/:orgId/public-profile',
    {
      schema: {
        operationId: 'getPublicProfile',
        summary: "Read the organisation's public profile (its pages under /p/<slug>)",
        tags,
        params: OrgParamsSchema,
        response: { 200: PublicProfileSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return getPublicProfile({ deps, actor });
    },
  );

  app.put(
    '/api/orgs/:orgId/public-profile',
    {
      schema: {
        operationId: 'updatePublicProfile',
        summary: 'Publish or unpublish the organisation, with its slug, description and region',
        tags,
        params: OrgParamsSchema,
        body: PublicProfileUpdateBodySchema,
        response: { 200: PublicProfileSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return updatePublicProfile({ deps, actor, input: request.body });
    },
  );
}
