// HTTP routes of applicants, for a browser holding an `applicant` guest access: their
// applications, drafts, resumable uploads of recordings (tus, through the media module) and
// submission.
import {
  ApplicantApplicationSchema,
  ApplicantDataSchema,
  ApplicantOverviewSchema,
  ApplicantParamsSchema,
  ApplicantRecordingParamsSchema,
  ApplicantStartBodySchema,
  ApplicantUpdateBodySchema,
  ApplicantUploadParamsSchema,
  LocaleSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError, notFound } from '../../platform/errors';
import { registerGuestScope, requireGuest } from '../../platform/guest-access';
import { errorResponses } from '../../platform/http/response-schemas';
import { fileStorageFor } from '../../platform/storage';
import {
  beginAuditionUpload,
  createUploadHandler,
  deleteFileRecords,
  finishAuditionUpload,
  isAuditionUploading,
  TUS_CONTENT_TYPE,
} from '../media';
import * as service from './applicant.service';
import * as applications from './applications.repository';

const tags = ['calls'];
const noStore = { 'cache-control': 'private, no-store' };

export function registerApplicantRoutes(app: App, deps: AppDeps) {
  const { database, config, jobs } = deps;
  registerGuestScope(app, service.applicantScope);
  const guestOf = (request: Parameters<typeof requireGuest>[0]) =>
    requireGuest(request, database, 'applicant');

  app.get(
    '/api/guest/applicant',
    {
      schema: {
        operationId: 'getApplicantOverview',
        summary: "An applicant's applications and the calls open now",
        security: [],
        tags,
        response: { 200: ApplicantOverviewSchema, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.applicantOverview(await guestOf(request));
    },
  );

  app.post(
    '/api/guest/applicant/applications',
    {
      schema: {
        operationId: 'startApplication',
        summary: 'Start (or reopen) a draft application to an open call',
        security: [],
        tags,
        body: ApplicantStartBodySchema.extend({ locale: LocaleSchema.optional() }),
        response: { 200: ApplicantApplicationSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => service.startApplication(await guestOf(request), request.body),
  );

  app.get(
    '/api/guest/applicant/applications/:applicationId',
    {
      schema: {
        operationId: 'getOwnApplication',
        summary: 'Read one of my applications and its status',
        security: [],
        tags,
        params: ApplicantParamsSchema,
        response: { 200: ApplicantApplicationSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.readApplication(await guestOf(request), request.params.applicationId);
    },
  );

  app.patch(
    '/api/guest/applicant/applications/:applicationId',
    {
      schema: {
        operationId: 'updateOwnApplication',
        summary: 'Save a draft: name, language, part, answers, commune and recording day asked',
        security: [],
        tags,
        params: ApplicantParamsSchema,
        body: ApplicantUpdateBodySchema,
        response: { 200: ApplicantApplicationSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.updateApplication(
        await guestOf(request),
        request.params.applicationId,
        request.body,
        database,
      ),
  );

  app.post(
    '/api/guest/applicant/applications/:applicationId/submit',
    {
      schema: {
        operationId: 'submitOwnApplication',
        summary: 'Submit the application; the receipt is e-mailed',
        description: 'A 400 names every missing answer or recording (`recordings.<key>`).',
        security: [],
        tags,
        params: ApplicantParamsSchema,
        response: { 200: ApplicantApplicationSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.submitApplication(await guestOf(request), request.params.applicationId, {
        publicUrl: config.publicUrl,
        transportConfigured: !!config.smtpUrl,
      }),
  );

  app.get(
    '/api/guest/applicant/applications/:applicationId/data',
    {
      schema: {
        operationId: 'getOwnApplicationData',
        summary: 'Read my evaluations once the results are sent (right of access)',
        description:
          'Each juror’s scores and comments, jurors named by number; 409 before the results.',
        security: [],
        tags,
        params: ApplicantParamsSchema,
        response: { 200: ApplicantDataSchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.applicantData(await guestOf(request), request.params.applicationId);
    },
  );

  const handleUpload = createUploadHandler(config);
  const storage = fileStorageFor(config);
  app.register(async (scope: App) => {
    scope.addContentTypeParser(TUS_CONTENT_TYPE, (_request, payload, done) => done(null, payload));
    const finish = (guest: Awaited<ReturnType<typeof guestOf>>, mediaId: string) => async () => {
      const send = await guest.inTenant((tx) =>
        finishAuditionUpload(tx, { jobs, orgId: guest.orgId, mediaId }),
      );
      await send();
    };

    scope.post(
      '/api/guest/applicant/applications/:applicationId/recordings/:key',
      {
        schema: {
          operationId: 'startRecordingUpload',
          summary: 'Start the resumable upload of one required recording (tus creation)',
          description:
            'Headers: Upload-Length and Tus-Resumable: 1.0.0. The file is stored under the application code (its own name is never kept), its metadata stripped and its loudness normalised; a new upload replaces the previous one.',
          security: [],
          tags,
          params: ApplicantRecordingParamsSchema,
          response: { 201: z.null(), ...errorResponses(400, 401, 404, 409, 413) },
        },
      },
      async (request, reply) => {
        const guest = await guestOf(request);
        const { applicationId, key } = request.params;
        const { mediaId, replaced } = await guest.inTenant(async (tx) => {
          const { application, call } = await service.requireEditable(tx, guest, applicationId);
          if (!call.recordings.some((r) => r.key === key)) {
            throw notFound('CALL_RECORDING.NOT_FOUND', 'Recording');
          }
          const id = await beginAuditionUpload(tx, {
            config,
            orgId: guest.orgId,
            fileName: `${application.code}-${key}`,
            uploadLength: request.headers['upload-length'] as string | undefined,
          });
          const previous = await applications.setRecordingFile(tx, {
            orgId: guest.orgId,
            applicationId,
            key,
            fileId: id,
          });
          const keys = previous ? await deleteFileRecords(tx, guest.orgId, [previous]) : [];
          return { mediaId: id, replaced: keys };
        });
        await Promise.allSettled(replaced.map((storageKey) => storage.remove(storageKey)));
        return handleUpload(request, reply, {
          orgId: guest.orgId,
          mediaId,
          location: `/api/guest/applicant/uploads/${mediaId}`,
          onFinish: finish(guest, mediaId),
        });
      },
    );

    const requireUpload = async (request: Parameters<typeof requireGuest>[0], mediaId: string) => {
      const guest = await guestOf(request);
      const open = await guest.inTenant(async (tx) => {
        const application = await applications.applicationOfFile(tx, mediaId);
        return (
          application?.email === guest.address.value &&
          application.status === 'draft' &&
          (await isAuditionUploading(tx, guest.orgId, mediaId))
        );
      });
      if (!open) throw notFound('MEDIA.NOT_FOUND', 'Upload');
      return guest;
    };

    scope.head(
      '/api/guest/applicant/uploads/:mediaId',
      {
        schema: {
          operationId: 'getRecordingUploadOffset',
          summary: 'How many bytes of a recording arrived (tus HEAD), to resume it',
          security: [],
          tags,
          params: ApplicantUploadParamsSchema.pick({ mediaId: true }),
          response: { 200: z.null(), ...errorResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        const guest = await requireUpload(request, request.params.mediaId);
        return handleUpload(request, reply, {
          orgId: guest.orgId,
          mediaId: request.params.mediaId,
          onFinish: async () => {},
        });
      },
    );

    scope.patch(
      '/api/guest/applicant/uploads/:mediaId',
      {
        schema: {
          operationId: 'sendRecordingUploadBytes',
          summary: 'Send the next bytes of a recording (tus PATCH)',
          security: [],
          tags,
          params: ApplicantUploadParamsSchema.pick({ mediaId: true }),
          response: { 204: z.null(), ...errorResponses(400, 401, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const { mediaId } = request.params;
        const guest = await requireUpload(request, mediaId);
        if (request.headers['content-type'] !== TUS_CONTENT_TYPE) {
          throw new AppError('FILE.UNSUPPORTED_TYPE', `Send the bytes as ${TUS_CONTENT_TYPE}`, {
            fields: [{ path: 'headers.content-type', message: TUS_CONTENT_TYPE }],
          });
        }
        return handleUpload(request, reply, {
          orgId: guest.orgId,
          mediaId,
          onFinish: finish(guest, mediaId),
        });
      },
    );
  });
}
