// HTTP routes of the box office's settings: the organisation's price cap and its HelloAsso
// account (checked with HelloAsso before it is saved; never answered with its secrets).
import {
  HelloAssoSettingsBodySchema,
  HelloAssoSettingsSchema,
  OrgParamsSchema,
  PriceCapBodySchema,
  PriceCapSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { secretBoxOf } from '../../platform/secrets';
import type { HelloAssoClient } from './helloasso-client';
import * as settings from './payments-settings.service';

const tags = ['concerts'];

export function registerBoxOfficeSettingsRoutes(app: App, deps: AppDeps, client: HelloAssoClient) {
  const { config, database } = deps;
  const box = secretBoxOf(config);

  app.get(
    '/api/orgs/:orgId/price-cap',
    {
      schema: {
        operationId: 'getPriceCap',
        summary: "The organisation's highest price of a concert seat",
        tags,
        params: OrgParamsSchema,
        response: { 200: PriceCapSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return settings.getPriceCap({ actor });
    },
  );

  app.put(
    '/api/orgs/:orgId/price-cap',
    {
      schema: {
        operationId: 'setPriceCap',
        summary: 'Set the highest price of a seat (refused below a tariff of a concert to come)',
        tags,
        params: OrgParamsSchema,
        body: PriceCapBodySchema,
        response: { 200: PriceCapSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return settings.setPriceCap({ actor, input: request.body });
    },
  );

  app.get(
    '/api/orgs/:orgId/helloasso',
    {
      schema: {
        operationId: 'getHelloAssoSettings',
        summary: "The organisation's HelloAsso account (never its secret nor signature key)",
        tags,
        params: OrgParamsSchema,
        response: { 200: HelloAssoSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return settings.getHelloAssoSettings({ actor, config, box });
    },
  );

  app.put(
    '/api/orgs/:orgId/helloasso',
    {
      schema: {
        operationId: 'saveHelloAssoSettings',
        summary: 'Enter or change the HelloAsso account (checked with HelloAsso first)',
        tags,
        params: OrgParamsSchema,
        body: HelloAssoSettingsBodySchema,
        response: { 200: HelloAssoSettingsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return settings.saveHelloAssoSettings({
        actor,
        config,
        client,
        box,
        input: request.body,
      });
    },
  );

  app.delete(
    '/api/orgs/:orgId/helloasso',
    {
      schema: {
        operationId: 'removeHelloAssoSettings',
        summary: 'Remove the HelloAsso account: online payment is no longer offered',
        tags,
        params: OrgParamsSchema,
        response: { 200: HelloAssoSettingsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return settings.removeHelloAssoSettings({ actor, config, box });
    },
  );
}
