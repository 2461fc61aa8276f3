// HTTP routes of the directory: listings (list, read, create, edit, delete), moderation and
// confirmation, matches for a commune or a group, and the requests for support.
import {
  EnsembleCreateBodySchema,
  EnsembleListQuerySchema,
  EnsembleParamsSchema,
  EnsembleSchema,
  EnsembleSummarySchema,
  EnsembleUpdateBodySchema,
  GroupMatchParamsSchema,
  GroupMatchQuerySchema,
  listOf,
  MatchParamsSchema,
  MatchQuerySchema,
  MatchResultSchema,
  OrgParamsSchema,
  PageQuerySchema,
  SupportRequestMapSchema,
  SupportRequestParamsSchema,
  SupportRequestSchema,
  SupportRequestUpdateBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as service from './directory.service';
import { matchForGroup, matchForQuery } from './matching.service';

const tags = ['directory'];
const one = '/api/orgs/:orgId/ensembles/:ensembleId';

export function registerDirectoryRoutes(app: App, deps: AppDeps) {
  const { database } = deps;
  const osrm = deps.config.osrm;

  app.get(
    '/api/orgs/:orgId/ensembles',
    {
      schema: {
        operationId: 'listEnsembles',
        summary: 'List the directory’s ensembles',
        tags,
        params: OrgParamsSchema,
        querystring: EnsembleListQuerySchema,
        response: { 200: listOf(EnsembleSummarySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listEnsembles({ actor, query: request.query });
    },
  );

  app.post(
    '/api/orgs/:orgId/ensembles',
    {
      schema: {
        operationId: 'createEnsemble',
        summary: 'List an ensemble in the directory',
        description:
          'Published at once and confirmed today. Each place is a venue of the organisation or a commune; its position is the one sent, else the venue’s, else the commune’s centre. Rehearsals are RFC 5545 rules (weekly or monthly, with their days).',
        tags,
        params: OrgParamsSchema,
        body: EnsembleCreateBodySchema,
        response: { 201: EnsembleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const created = await service.createEnsemble({ actor, database, input: request.body });
      return reply.code(201).send(created);
    },
  );

  app.get(
    one,
    {
      schema: {
        operationId: 'getEnsemble',
        summary: 'Read a listing',
        tags,
        params: EnsembleParamsSchema,
        response: { 200: EnsembleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.getEnsemble({ actor, ensembleId: request.params.ensembleId });
    },
  );

  app.patch(
    one,
    {
      schema: {
        operationId: 'updateEnsemble',
        summary: 'Edit a listing',
        tags,
        params: EnsembleParamsSchema,
        body: EnsembleUpdateBodySchema,
        response: { 200: EnsembleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.updateEnsemble({
        actor,
        database,
        ensembleId: request.params.ensembleId,
        input: request.body,
      });
    },
  );

  app.delete(
    one,
    {
      schema: {
        operationId: 'deleteEnsemble',
        summary: 'Delete a listing (or refuse a proposal)',
        tags,
        params: EnsembleParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await service.deleteEnsemble({ actor, ensembleId: request.params.ensembleId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${one}/approval`,
    {
      schema: {
        operationId: 'approveEnsemble',
        summary: 'Publish a proposed listing',
        tags,
        params: EnsembleParamsSchema,
        response: { 200: EnsembleSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.approveEnsemble({ actor, ensembleId: request.params.ensembleId });
    },
  );

  app.post(
    `${one}/confirmation`,
    {
      schema: {
        operationId: 'confirmEnsemble',
        summary: 'Confirm a listing is still right (after checking with the ensemble)',
        tags,
        params: EnsembleParamsSchema,
        response: { 200: EnsembleSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.confirmEnsemble({ actor, ensembleId: request.params.ensembleId });
    },
  );

  app.get(
    '/api/orgs/:orgId/ensemble-matches/:communeCode',
    {
      schema: {
        operationId: 'matchEnsembles',
        summary: 'Ensembles that suit a person, ranked by fit and distance',
        description:
          'Within a radius that follows the commune’s density class (dense 3 km, intermediate 10–15 km, rural 60 km; estimated from the population when the INSEE grid is not imported). Travel times are estimates (great circle × 1.3 at 60 km/h) unless OSRM is configured and answers.',
        tags,
        params: MatchParamsSchema,
        querystring: MatchQuerySchema,
        response: { 200: MatchResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return matchForQuery({
        actor,
        database,
        osrm,
        query: { ...request.query, communeCode: request.params.communeCode },
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/groups/:groupId/ensemble-matches',
    {
      schema: {
        operationId: 'matchEnsemblesForGroup',
        summary: 'Ensembles that suit a group at the end of its journey',
        tags,
        params: GroupMatchParamsSchema,
        querystring: GroupMatchQuerySchema,
        response: { 200: MatchResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return matchForGroup({
        actor,
        database,
        osrm,
        groupId: request.params.groupId,
        query: request.query,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/directory/support-requests',
    {
      schema: {
        operationId: 'listSupportRequests',
        summary: 'Requests for help to start an ensemble where none is within reach',
        tags,
        params: OrgParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(SupportRequestSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listSupportRequests({ actor, database, query: request.query });
    },
  );

  app.get(
    '/api/orgs/:orgId/directory/support-requests/map',
    {
      schema: {
        operationId: 'mapSupportRequests',
        summary: 'Where help to start an ensemble was asked for: counts per commune, no person',
        tags,
        params: OrgParamsSchema,
        response: { 200: SupportRequestMapSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.mapSupportRequests({ actor, database });
    },
  );

  app.patch(
    '/api/orgs/:orgId/directory/support-requests/:requestId',
    {
      schema: {
        operationId: 'updateSupportRequest',
        summary: 'Mark a request for support handled (its contact is kept 6 months more) or not',
        tags,
        params: SupportRequestParamsSchema,
        body: SupportRequestUpdateBodySchema,
        response: { 200: SupportRequestSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.setSupportRequestHandled({
        actor,
        database,
        requestId: request.params.requestId,
        input: request.body,
      });
    },
  );

  app.delete(
    '/api/orgs/:orgId/directory/support-requests/:requestId',
    {
      schema: {
        operationId: 'deleteSupportRequest',
        summary: 'Delete a request for support (its author asked for it to be erased)',
        tags,
        params: SupportRequestParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await service.deleteSupportRequest({ actor, requestId: request.params.requestId });
      return reply.code(204).send(null);
    },
  );
}
