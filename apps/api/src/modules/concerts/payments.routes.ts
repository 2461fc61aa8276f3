// HTTP routes of an order's payments as organisers handle them (read, record one taken on site,
// remove one recorded by mistake, give back all or part of what it kept); the box office's settings and HelloAsso's routes are
// registered from here (box-office-settings.routes.ts, helloasso.routes.tsx).
import {
  ConcertParamsSchema,
  ConcertPaymentsSchema,
  OrderParamsSchema,
  OrderPaymentsSchema,
  PaymentParamsSchema,
  PaymentRecordBodySchema,
  RefundBodySchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import { registerBoxOfficeSettingsRoutes } from './box-office-settings.routes';
import { concertSettings } from './concert-settings';
import { registerHelloAssoRoutes } from './helloasso.routes';
import { helloAssoClient } from './helloasso-client';
import * as service from './payments.service';
import * as refunds from './refunds.service';

const tags = ['concerts'];

export function registerPaymentRoutes(app: App, deps: AppDeps) {
  const { database } = deps;
  const client = helloAssoClient(deps.config.helloasso);
  const settings = concertSettings(deps.config);

  app.get(
    '/api/orgs/:orgId/sessions/:concertId/payments',
    {
      schema: {
        operationId: 'listConcertPayments',
        summary: "What each of a concert's orders cost, paid and has left to pay, and how",
        tags,
        params: ConcertParamsSchema,
        response: { 200: ConcertPaymentsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listConcertPayments({ actor, sessionId: request.params.concertId });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:concertId/orders/:orderId/payments',
    {
      schema: {
        operationId: 'recordConcertPayment',
        summary: 'Record a payment taken on site (cash, cheque, transfer, culture vouchers)',
        tags,
        params: OrderParamsSchema,
        body: PaymentRecordBodySchema,
        response: { 201: OrderPaymentsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const summary = await service.recordPayment({
        actor,
        sessionId: request.params.concertId,
        orderId: request.params.orderId,
        input: request.body,
      });
      return reply.code(201).send(summary);
    },
  );

  app.delete(
    '/api/orgs/:orgId/sessions/:concertId/orders/:orderId/payments/:paymentId',
    {
      schema: {
        operationId: 'removeConcertPayment',
        summary: 'Remove a payment recorded on site by mistake (online payments stay)',
        tags,
        params: PaymentParamsSchema,
        response: { 200: OrderPaymentsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.removePayment({
        actor,
        sessionId: request.params.concertId,
        orderId: request.params.orderId,
        paymentId: request.params.paymentId,
      });
    },
  );

  app.post(
    '/api/orgs/:orgId/sessions/:concertId/orders/:orderId/refunds',
    {
      schema: {
        operationId: 'refundConcertOrder',
        summary:
          'Give back all or part of what a paid order kept, with how and why (audited; the person is told by e-mail)',
        tags,
        params: OrderParamsSchema,
        body: RefundBodySchema,
        response: { 201: OrderPaymentsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const summary = await refunds.refundOrder({
        actor,
        settings,
        sessionId: request.params.concertId,
        orderId: request.params.orderId,
        input: request.body,
      });
      return reply.code(201).send(summary);
    },
  );

  registerBoxOfficeSettingsRoutes(app, deps, client);
  registerHelloAssoRoutes(app, deps, client);
}
