// Builds the Fastify application: platform plugins first, then every module's routes.
import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { MAX_JSON_BODY_BYTES } from '@tutti/contracts';
import Fastify, { type FastifyReply, LogController } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { registerArtistRoutes } from './modules/artists';
import { attendanceOperationKinds, registerAttendanceRoutes } from './modules/attendance';
import { registerAuthRoutes } from './modules/auth';
import { registerBackupJob, registerBackupRoutes } from './modules/backups';
import { registerCalendarFeedRoutes } from './modules/calendar-feeds';
import { registerCallJobs, registerCallPages, registerCallRoutes } from './modules/calls';
import { registerCarbonRoutes } from './modules/carbon';
import { choirOperationKinds, registerChoirsRoutes } from './modules/choirs';
import {
  registerCommuneRoutes,
  registerReferenceImportJobs,
  registerReferenceRunRoutes,
} from './modules/communes';
import {
  doorOperationKinds,
  registerConcertJobs,
  registerConcertRoutes,
  registerDoorRoutes,
  registerPaymentRoutes,
  registerPublicBookingPages,
  registerRelaySeatJobs,
  registerRelaySeatRoutes,
} from './modules/concerts';
import {
  registerDirectoryJobs,
  registerDirectoryPages,
  registerDirectoryRoutes,
  registerHandoverJobs,
  registerHandoverRoutes,
} from './modules/directory';
import { registerGroupRoutes, registerGroupShareLinkRoutes } from './modules/groups';
import { registerGuestPages } from './modules/guest-pages';
import { registerHealthRoutes } from './modules/health';
import { registerHomeRoutes } from './modules/home';
import { registerImpactRoutes } from './modules/impact';
import { registerImportRoutes } from './modules/imports';
import {
  registerJourneySpaceRoutes,
  registerSpacePages,
  registerSpaceReminderJobs,
} from './modules/journey-spaces';
import { registerJourneyRoutes, registerJourneyTemplateRoutes } from './modules/journeys';
import { registerMediaJobs, registerMediaRoutes } from './modules/media';
import { registerMemberInvitationRoutes } from './modules/member-invitations';
import { registerMemberRoutes } from './modules/members';
import { registerNetworkJobs, registerNetworksRoutes } from './modules/networks';
import { registerOrganisationRoutes } from './modules/organisations';
import { registerOutboxRoutes } from './modules/outbox';
import {
  registerConsentRoutes,
  registerGuardianSpace,
  registerParticipantRoutes,
} from './modules/participants';
import { registerPartnerRoutes } from './modules/partners';
import { registerPersonRightsRoutes } from './modules/person-rights';
import { registerPlanningJobs, registerPlanningRoutes } from './modules/planning';
import { registerProjectRoutes } from './modules/projects';
import { registerPublicProgrammePages } from './modules/public-programme';
import { registerReportJobs, registerReportRoutes } from './modules/reports';
import { registerRetentionJob, registerRetentionRoutes } from './modules/retention';
import { registerSessionRoutes } from './modules/sessions/sessions.routes';
import { registerSurveyRoutes } from './modules/surveys';
import { registerTerritoryRoutes } from './modules/territories';
import { registerTrainingsRoutes, trainingOperationKinds } from './modules/trainings';
import { registerVenueRoutes } from './modules/venues';
import type { App, AppDeps } from './platform/app-types';
import { registerAuditRoutes } from './platform/audit';
import { registerRequestAuth } from './platform/auth/request-auth';
import { registerGuestAccessRoutes, registerGuestScopeRegistry } from './platform/guest-access';
import { registerAfterResponse } from './platform/http/after-response';
import {
  answerClientError,
  errorBody,
  registerErrorHandling,
  registerNotFound,
} from './platform/http/error-handler';
import { registerOpenApi } from './platform/http/openapi';
import { databaseRateLimitStore } from './platform/http/rate-limit-store';
import { registerResponseCache } from './platform/http/response-cache';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerTextInputCheck } from './platform/http/text-input';
import { registerWebApp } from './platform/http/web-app';
import { loggerOptions, registerRequestLog } from './platform/logging';
import { operationRegistry, registerOfflineLogRoutes } from './platform/offline/index';
import { registerPublicPages } from './platform/public-pages';

/** What each module serves over HTTP. */
const modules = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerOrganisationRoutes,
  registerHomeRoutes,
  registerCommuneRoutes,
  registerReferenceRunRoutes,
  registerReferenceImportJobs,
  registerTerritoryRoutes,
  registerMemberRoutes,
  registerMemberInvitationRoutes,
  registerOutboxRoutes,
  registerGuestAccessRoutes,
  registerPartnerRoutes,
  registerMediaRoutes,
  registerCarbonRoutes,
  registerVenueRoutes,
  registerDirectoryRoutes,
  registerHandoverRoutes,
  registerCallRoutes,
  registerChoirsRoutes,
  registerTrainingsRoutes,
  registerArtistRoutes,
  registerProjectRoutes,
  registerJourneyTemplateRoutes,
  registerJourneyRoutes,
  registerJourneySpaceRoutes,
  registerSessionRoutes,
  registerCalendarFeedRoutes,
  registerConcertRoutes,
  registerDoorRoutes,
  registerPaymentRoutes,
  registerRelaySeatRoutes,
  registerGroupRoutes,
  registerGroupShareLinkRoutes,
  registerParticipantRoutes,
  registerConsentRoutes,
  registerGuardianSpace,
  registerImportRoutes,
  registerRetentionRoutes,
  registerPersonRightsRoutes,
  registerAuditRoutes,
  registerBackupRoutes,
  registerAttendanceRoutes,
  registerOfflineLog,
  registerImpactRoutes,
  registerSurveyRoutes,
  registerPlanningRoutes,
  registerReportRoutes,
  registerNetworksRoutes,
  registerPublicProgrammePages,
  registerPublicBookingPages,
  registerDirectoryPages,
  registerCallPages,
  registerGuestPages,
  registerSpacePages,
];

/**
 * The jobs modules run, registered in every process: a process that runs no job (`api`) only
 * records their schedules, a worker serves nothing else.
 */
const jobs = [
  registerMediaJobs,
  registerCallJobs,
  registerRetentionJob,
  registerBackupJob,
  registerPlanningJobs,
  registerReportJobs,
  registerRelaySeatJobs,
  registerDirectoryJobs,
  registerHandoverJobs,
  registerConcertJobs,
  registerSpaceReminderJobs,
  registerNetworkJobs,
];

/** Every kind of offline operation, declared by its module, applied through the one log. */
function registerOfflineLog(app: App, deps: AppDeps) {
  registerOfflineLogRoutes(
    app,
    deps,
    operationRegistry([
      ...attendanceOperationKinds,
      ...doorOperationKinds,
      ...choirOperationKinds,
      ...trainingOperationKinds,
    ]),
  );
}

/** One entry per API route, for the contract tests that must cover every endpoint. */
export type RouteEntry = { method: string; url: string; hasBody: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export async function buildApp(
  deps: AppDeps,
  options: { logStream?: DestinationStream } = {},
): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel, options.logStream),
    // One line per request instead of two (`registerRequestLog`).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_JSON_BODY_BYTES,
    // Every request gets an id of ours: a client-chosen one could collide or forge log lines.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    clientErrorHandler: answerClientError,
    // X-Forwarded-For is believed only from the configured proxies (TUTTI_TRUSTED_PROXIES).
    trustProxy: deps.config.trustedProxies.length > 0 ? deps.config.trustedProxies : false,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors raised by the router itself, before any route runs, get the uniform body too.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      (reply as FastifyReply)
        .code(tooLong ? 414 : 400)
        .send(
          errorBody(
            tooLong ? 'REQUEST.URI_TOO_LONG' : 'REQUEST.BAD_URL',
            error.message.slice(0, 200),
          ),
        );
    },
  }).withTypeProvider<ZodTypeProvider>();

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, hasBody: !!route.schema?.body });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  await registerSecurityHeaders(app, deps.config);
  registerTextInputCheck(app);
  // API answers (a region's map layers reach megabytes) travel compressed; built assets are
  // already compressed on disk and served as such by the web app's static handler.
  await app.register(compress, { global: true, threshold: 2048, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  // On PostgreSQL every server process counts in the database; the embedded database runs in one
  // process only, whose memory is then the one place to count (and needs no query per attempt).
  await app.register(rateLimit, {
    global: false,
    ...(deps.database.kind === 'postgres' ? { store: databaseRateLimitStore(deps.database) } : {}),
  });
  await registerOpenApi(app, deps.config);
  registerRequestAuth(app, deps.database);
  registerResponseCache(app, deps.database, deps.config.responseCacheBytes);
  // A worker answers health checks and nothing else: its jobs are all it does.
  const worker = deps.config.processRole === 'worker';
  if (!worker) registerPublicPages(app, deps);
  registerAfterResponse(app);
  registerRequestLog(app);
  registerGuestScopeRegistry(app);
  for (const register of jobs) register(app, deps);
  for (const register of worker ? [registerHealthRoutes] : modules) register(app, deps);
  const serveWebApp =
    deps.config.webDistDir && !worker ? await registerWebApp(app, deps.config.webDistDir) : false;
  registerNotFound(app, { serveWebApp });
  return app;
}
