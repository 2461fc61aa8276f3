// HTTP routes of free seats through relays: a concert's seats in layers, its relay allocations,
// the seats held for its workshops' groups and a suggested split (organisers), and the relays'
// own allocations, guests and ledger.
import {
  AllocationParamsSchema,
  ConcertParamsSchema,
  ConcertSeatLayersSchema,
  GroupReservationsReplaceBodySchema,
  GuestNominationBodySchema,
  GuestParamsSchema,
  OrgParamsSchema,
  RelayAllocationDetailSchema,
  RelayAllocationListQuerySchema,
  RelayAllocationListSchema,
  RelayAllocationsReplaceBodySchema,
  RelayGuestSchema,
  RelaySuggestionBodySchema,
  RelaySuggestionSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireLogin, requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as guests from './relay-guests.service';
import * as service from './relay-seats.service';

const tags = ['concerts'];

export function registerRelaySeatRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/seat-layers',
    {
      schema: {
        operationId: 'getConcertSeatLayers',
        summary:
          "A concert's seats in layers: public bookings, seats held for its workshops' groups, relay allocations with their counts",
        tags,
        params: ConcertParamsSchema,
        response: { 200: ConcertSeatLayersSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.getSeatLayers({ actor, sessionId: request.params.concertId });
    },
  );

  app.put(
    '/api/orgs/:orgId/sessions/:concertId/relay-allocations',
    {
      schema: {
        operationId: 'replaceRelayAllocations',
        summary: "Set a concert's free seats per relay partner (never below the seats named)",
        tags,
        params: ConcertParamsSchema,
        body: RelayAllocationsReplaceBodySchema,
        response: { 200: ConcertSeatLayersSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.replaceAllocations({
        actor,
        sessionId: request.params.concertId,
        input: request.body,
      });
    },
  );

  app.put(
    '/api/orgs/:orgId/sessions/:concertId/group-reservations',
    {
      schema: {
        operationId: 'replaceGroupReservations',
        summary: 'Set the seats a concert holds for the groups of the workshops before it',
        tags,
        params: ConcertParamsSchema,
        body: GroupReservationsReplaceBodySchema,
        response: { 200: ConcertSeatLayersSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.replaceGroupReservations({
        actor,
        sessionId: request.params.concertId,
        input: request.body,
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:concertId/relay-allocations/suggestion',
    {
      schema: {
        operationId: 'suggestRelayAllocations',
        summary:
          'Suggest a split of free seats across relays, by the access score and priority-area share of the communes their groups come from (nothing is written)',
        tags,
        params: ConcertParamsSchema,
        body: RelaySuggestionBodySchema,
        response: { 200: RelaySuggestionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.suggestSplit({
        actor,
        database,
        sessionId: request.params.concertId,
        input: request.body,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/relay-allocations',
    {
      schema: {
        operationId: 'listMyRelayAllocations',
        summary:
          "Free seats allocated to relay partners with their counts: a relay's own partners', or (organisers) every partner's",
        tags,
        params: OrgParamsSchema,
        querystring: RelayAllocationListQuerySchema,
        response: {
          200: RelayAllocationListSchema,
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return guests.listMyAllocations({
        actor,
        past: request.query.past === 'true',
        partnerId: request.query.partnerId,
        limit: request.query.limit,
        offset: request.query.offset,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/relay-allocations/:allocationId',
    {
      schema: {
        operationId: 'getMyRelayAllocation',
        summary: "One allocation with its ledger, and its guests for the partner's relays",
        tags,
        params: AllocationParamsSchema,
        response: { 200: RelayAllocationDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return guests.getMyAllocation({
        actor,
        allocationId: request.params.allocationId,
        publicUrl: config.publicUrl,
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/relay-allocations/:allocationId/guests',
    {
      schema: {
        operationId: 'nominateRelayGuest',
        summary: "Hold seats of the relay's allocation under a guest's first name",
        tags,
        params: AllocationParamsSchema,
        body: GuestNominationBodySchema,
        response: { 201: RelayGuestSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const guest = await guests.nominateGuest({
        actor,
        allocationId: request.params.allocationId,
        input: request.body,
        locale: requireLogin(request).user.locale,
        publicUrl: config.publicUrl,
      });
      return reply.code(201).send(guest);
    },
  );

  app.delete(
    '/api/orgs/:orgId/relay-allocations/:allocationId/guests/:guestId',
    {
      schema: {
        operationId: 'cancelRelayGuest',
        summary: "Cancel a guest's seats (back to the allocation while it is open)",
        tags,
        params: GuestParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await guests.cancelGuest({
        actor,
        allocationId: request.params.allocationId,
        guestId: request.params.guestId,
      });
      return reply.code(204).send(null);
    },
  );
}
