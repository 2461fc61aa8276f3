// HTTP routes of trainings: list and create, a training with its people and sign-ins, enrol and
// remove a person, and a person's certificate (PDF). The sign-in itself goes through the offline
// operation log (kind `trainings.sign`), never a route of its own.
import {
  IdSchema,
  listOf,
  OrgParamsSchema,
  TrainingCertificateQuerySchema,
  TrainingCreateBodySchema,
  TrainingParamsSchema,
  TrainingPersonBodySchema,
  TrainingPersonParamsSchema,
  TrainingSchema,
  TrainingSummarySchema,
  TrainingSurveyBodySchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import * as service from './trainings.service';

const tags = ['trainings'];
const base = '/api/orgs/:orgId/trainings';
const Created = z.object({ id: IdSchema });

export function registerTrainingsRoutes(app: App, deps: AppDeps) {
  const { database } = deps;

  app.get(
    base,
    {
      schema: {
        operationId: 'listTrainings',
        summary: 'The organisation’s trainings for relay persons and artists',
        tags,
        params: OrgParamsSchema,
        response: { 200: listOf(TrainingSummarySchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.listTrainings({ actor, database });
    },
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'createTraining',
        summary: 'Create a training (its half-days), offered to one of the organisation’s networks',
        tags,
        params: OrgParamsSchema,
        body: TrainingCreateBodySchema,
        response: { 201: Created, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const created = await service.createTraining({ actor, database, input: request.body });
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:trainingId`,
    {
      schema: {
        operationId: 'getTraining',
        summary: 'A training: half-days, trainers and trainees with the half-days they signed',
        tags,
        params: TrainingParamsSchema,
        response: { 200: TrainingSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.getTraining({ actor, database, trainingId: request.params.trainingId });
    },
  );

  app.post(
    `${base}/:trainingId/people`,
    {
      schema: {
        operationId: 'enrolTrainingPerson',
        summary: 'Enrol a trainee or a trainer (from a member organisation or a partner)',
        tags,
        params: TrainingParamsSchema,
        body: TrainingPersonBodySchema,
        response: { 201: Created, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const created = await service.enrolPerson({
        actor,
        database,
        trainingId: request.params.trainingId,
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.put(
    `${base}/:trainingId/survey`,
    {
      schema: {
        operationId: 'linkTrainingSurvey',
        summary: 'Link the satisfaction survey trainees answer after the training (or unlink it)',
        description:
          'An anonymous survey of the organisation, answered once (not before/after): trainees answer it on the Surveys page, its results are suppressed below 5 answers as every survey’s are. 400 TRAINING.UNSUITABLE_SURVEY naming body.surveyId otherwise.',
        tags,
        params: TrainingParamsSchema,
        body: TrainingSurveyBodySchema,
        response: { 200: TrainingSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return service.linkSurvey({
        actor,
        database,
        trainingId: request.params.trainingId,
        surveyId: request.body.surveyId,
      });
    },
  );

  app.delete(
    `${base}/:trainingId/people/:personId`,
    {
      schema: {
        operationId: 'removeTrainingPerson',
        summary: 'Remove a person from a training (with their sign-ins)',
        tags,
        params: TrainingPersonParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      await service.removePerson({
        actor,
        trainingId: request.params.trainingId,
        personId: request.params.personId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:trainingId/people/:personId/certificate`,
    {
      schema: {
        operationId: 'getTrainingCertificate',
        summary: 'A person’s attendance (or completion) certificate, as a tagged PDF',
        description:
          'The half-days the person signed in (settled sign-ins of the offline log), with their hours and the totals; a completion certificate when every half-day was signed.',
        tags,
        params: TrainingPersonParamsSchema,
        querystring: TrainingCertificateQuerySchema,
        response: {
          200: fileResponse('The certificate as PDF', 'pdf'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const file = await service.certificate({
        actor,
        trainingId: request.params.trainingId,
        personId: request.params.personId,
        locale: request.query.locale,
      });
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(Buffer.from(file.bytes));
    },
  );
}
