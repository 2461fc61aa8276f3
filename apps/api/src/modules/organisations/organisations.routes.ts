// HTTP routes of organisations.
import {
  OrganisationCreateBodySchema,
  OrganisationSchema,
  OrganisationUpdateBodySchema,
  OrgParamsSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { presentOrganisation } from './organisations.presenter';
import * as service from './organisations.service';

const tags = ['organisations'];

export function registerOrganisationRoutes(app: App, deps: AppDeps) {
  app.post(
    '/api/orgs',
    { schema: { tags, body: OrganisationCreateBodySchema, response: { 201: OrganisationSchema } } },
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
    { schema: { tags, params: OrgParamsSchema, response: { 200: OrganisationSchema } } },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentOrganisation(await service.getOrganisation({ actor }));
    },
  );

  app.patch(
    '/api/orgs/:orgId',
    {
      schema: {
        tags,
        params: OrgParamsSchema,
        body: OrganisationUpdateBodySchema,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => {
      const actor = await requireMember(request, deps.database, request.params.orgId);
      return presentOrganisation(
        await service.renameOrganisation({ actor, name: request.body.name }),
      );
    },
  );
}
