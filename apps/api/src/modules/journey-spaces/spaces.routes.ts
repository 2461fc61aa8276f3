// HTTP routes of journey spaces for staff: the resource library, and each journey's space.
import {
  JourneySpaceParamsSchema,
  JourneySpaceSchema,
  listOf,
  OrgParamsSchema,
  SpaceConcertBodySchema,
  SpaceConcertParamsSchema,
  SpaceEntryCreateBodySchema,
  SpaceEntryParamsSchema,
  SpaceOrderBodySchema,
  SpacePublicationBodySchema,
  SpaceResourceBodySchema,
  SpaceResourceListQuerySchema,
  SpaceResourceParamsSchema,
  SpaceResourceSchema,
  SpaceSettingsBodySchema,
} from '@tutti/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { registerCaptionRoutes } from './captions.routes';
import { setConcert } from './concerts.service';
import { registerRecordingRoutes } from './recordings.routes';
import * as resources from './resources.service';
import * as spaces from './spaces.service';

const tags = ['journey spaces'];

export function registerJourneySpaceRoutes(app: App, deps: AppDeps) {
  const { config, database } = deps;
  registerCaptionRoutes(app, deps);
  registerRecordingRoutes(app, deps);

  /** After a link is saved, its platform's title is asked for once the answer has left. */
  const lookUpEmbedLater = (
    request: FastifyRequest,
    orgId: string,
    resource: { id: string; source: { type: string } },
  ) => {
    if (resource.source.type !== 'link') return;
    app.afterResponse.defer(request, () =>
      resources.lookUpEmbed(deps, orgId, resource as Parameters<typeof resources.lookUpEmbed>[2]),
    );
  };

  app.get(
    '/api/orgs/:orgId/space-resources',
    {
      schema: {
        operationId: 'listSpaceResources',
        summary: "List the organisation's resource library for journey spaces",
        tags,
        params: OrgParamsSchema,
        querystring: SpaceResourceListQuerySchema,
        response: { 200: listOf(SpaceResourceSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return resources.listResources({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/space-resources',
    {
      schema: {
        operationId: 'createSpaceResource',
        summary: 'Add a resource to the library (a draft until published)',
        description:
          'Exactly one of `mediaId` (a file of the media library), `url` (https) or `text`.',
        tags,
        params: OrgParamsSchema,
        body: SpaceResourceBodySchema,
        response: { 201: SpaceResourceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const created = await resources.createResource({ actor, input: request.body });
      lookUpEmbedLater(request, actor.orgId, created);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/orgs/:orgId/space-resources/:resourceId',
    {
      schema: {
        operationId: 'getSpaceResource',
        summary: 'One library resource, with why it is held back',
        tags,
        params: SpaceResourceParamsSchema,
        response: { 200: SpaceResourceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return resources.getResource({ actor, resourceId: request.params.resourceId });
    },
  );

  app.put(
    '/api/orgs/:orgId/space-resources/:resourceId',
    {
      schema: {
        operationId: 'updateSpaceResource',
        summary: 'Replace a library resource',
        tags,
        params: SpaceResourceParamsSchema,
        body: SpaceResourceBodySchema,
        response: { 200: SpaceResourceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const updated = await resources.updateResource({
        actor,
        resourceId: request.params.resourceId,
        input: request.body,
      });
      lookUpEmbedLater(request, actor.orgId, updated);
      return updated;
    },
  );

  app.delete(
    '/api/orgs/:orgId/space-resources/:resourceId',
    {
      schema: {
        operationId: 'deleteSpaceResource',
        summary: 'Delete a library resource (out of every space; its file stays)',
        tags,
        params: SpaceResourceParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await resources.deleteResource({ actor, resourceId: request.params.resourceId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/orgs/:orgId/space-resources/:resourceId/publication',
    {
      schema: {
        operationId: 'setSpaceResourcePublication',
        summary: 'Publish or unpublish a resource',
        description:
          'Publishing answers 409 SPACE.HELD_BACK while someone it shows has not consented to that use (details: reasons and participants). A consent withdrawn later holds it back at once, everywhere.',
        tags,
        params: SpaceResourceParamsSchema,
        body: SpacePublicationBodySchema,
        response: { 200: SpaceResourceSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return resources.setPublication({
        actor,
        resourceId: request.params.resourceId,
        published: request.body.published,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/journeys/:journeyId/space',
    {
      schema: {
        operationId: 'getJourneySpace',
        summary: "A journey's space: its entries, what each shows now and why not",
        tags,
        params: JourneySpaceParamsSchema,
        response: { 200: JourneySpaceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return spaces.getSpace({ actor, config, journeyId: request.params.journeyId });
    },
  );

  app.put(
    '/api/orgs/:orgId/journeys/:journeyId/space',
    {
      schema: {
        operationId: 'updateJourneySpace',
        summary: "Set a space's word to the group and its public address",
        tags,
        params: JourneySpaceParamsSchema,
        body: SpaceSettingsBodySchema,
        response: { 200: JourneySpaceSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return spaces.updateSettings({
        actor,
        config,
        journeyId: request.params.journeyId,
        input: request.body,
      });
    },
  );

  app.put(
    '/api/orgs/:orgId/journeys/:journeyId/space/concerts/:sessionId',
    {
      schema: {
        operationId: 'setJourneySpaceConcert',
        summary: "Set a concert step's live stream link and programme",
        description:
          'Families see the link on the concert’s day, from `streamOpensMinutes` before the start (never before that day began on the organisation’s clocks) until the concert ends; the programme is a PDF on the space’s pages. 409 SPACE.NOT_A_CONCERT for another kind of step.',
        tags,
        params: SpaceConcertParamsSchema,
        body: SpaceConcertBodySchema,
        response: { 200: JourneySpaceSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return setConcert({
        actor,
        config,
        journeyId: request.params.journeyId,
        sessionId: request.params.sessionId,
        input: request.body,
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/journeys/:journeyId/space/entries',
    {
      schema: {
        operationId: 'addJourneySpaceEntry',
        summary: "Place a library resource in a journey's playlist or resources",
        description:
          '`scope: shared` places it for every journey of the same template in the same project.',
        tags,
        params: JourneySpaceParamsSchema,
        body: SpaceEntryCreateBodySchema,
        response: { 201: JourneySpaceSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const space = await spaces.addEntry({
        actor,
        config,
        journeyId: request.params.journeyId,
        input: request.body,
      });
      return reply.code(201).send(space);
    },
  );

  app.delete(
    '/api/orgs/:orgId/journeys/:journeyId/space/entries/:entryId',
    {
      schema: {
        operationId: 'removeJourneySpaceEntry',
        summary: 'Take a resource out of a list of the space',
        tags,
        params: SpaceEntryParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await spaces.removeEntry({
        actor,
        journeyId: request.params.journeyId,
        entryId: request.params.entryId,
      });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/orgs/:orgId/journeys/:journeyId/space/order',
    {
      schema: {
        operationId: 'orderJourneySpaceEntries',
        summary: 'Set the order of one list of the space',
        tags,
        params: JourneySpaceParamsSchema,
        body: SpaceOrderBodySchema,
        response: { 200: JourneySpaceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return spaces.reorderEntries({
        actor,
        config,
        journeyId: request.params.journeyId,
        input: request.body,
      });
    },
  );
}
