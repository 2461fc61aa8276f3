// The applicant's pages under /p/_/candidature, server-rendered for a phone on a slow network
// (where the one-time link lands): the overview, one application, and the plain forms that start
// a draft, save it and submit it (303 to the page; 400 with each refused field named beside it).
// The recordings are sent by the page's one deferred script (applicant/envoi.js: tus, resumable)
// to the applicant's JSON routes.
import { IdSchema } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import { findGuest, type GuestActor } from '../../platform/guest-access';
import {
  addPublicForms,
  type FormBody,
  type PrivatePage,
  type PublicLanguage,
  pageScript,
  privatePageLanguage,
  sendPageScript,
  sendPrivatePage,
} from '../../platform/public-pages';
import { SIGN_OUT_PATH } from '../guest-pages';
import * as service from './applicant.service';
import { type FieldErrors, fieldErrors, readApplicantForm, storedValues } from './applicant-form';
import { ApplicationBody, applicantPaths, OverviewBody } from './applicant-pages';
import { applicantTexts } from './i18n/applicant';

/** An application's answers fit many times (each answer holds up to 4,000 characters). */
const FORM_LIMIT = 256 * 1024;
const script = () => pageScript('src/modules/calls/applicant/envoi.js');

type Notice = 'saved' | 'submitted' | null;

export function registerApplicantPages(app: App, deps: AppDeps) {
  const { config, database } = deps;

  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    build: (lang: PublicLanguage) => PrivatePage,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, build(lang));
  };
  const message = (status: number, title: string, text: string): PrivatePage => ({
    status,
    title,
    description: text,
    organisationName: null,
    body: (
      <>
        <h1>{title}</h1>
        <p class="lead">{text}</p>
      </>
    ),
  });
  const noAccess = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(401, applicantTexts[lang].noAccessTitle, applicantTexts[lang].noAccessText),
    );
  const gone = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(404, applicantTexts[lang].goneTitle, applicantTexts[lang].goneText),
    );
  const applicantOf = async (request: FastifyRequest) => {
    const guest = await findGuest(request, database);
    return guest?.scope === 'applicant' ? guest : null;
  };
  const idOf = (request: FastifyRequest) => {
    const parsed = IdSchema.safeParse((request.params as { id?: string }).id);
    return parsed.success ? parsed.data : null;
  };

  /** The application's page: as stored, or as typed with the refusals beside each field. */
  const applicationPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    guest: GuestActor,
    id: string,
    options: {
      status?: number;
      notice?: Notice;
      form?: FormBody;
      refused?: readonly { path: string }[];
    } = {},
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    const { application, evaluations } = await service.readApplicationPage(guest, id, lang);
    const values = options.form
      ? readApplicantForm(options.form, application).values
      : storedValues(application);
    const errors: FieldErrors = fieldErrors(options.refused ?? [], { application, values, lang });
    const editable = application.status === 'draft' && application.call.open;
    return sendPrivatePage(request, reply, lang, {
      status: options.status ?? 200,
      title: `${applicantTexts[lang].title} · ${application.code}`,
      description: applicantTexts[lang].lead,
      organisationName: guest.organisationName,
      ...(editable ? { scripts: [applicantPaths.script] } : {}),
      body: (
        <ApplicationBody
          application={application}
          values={values}
          errors={errors}
          notice={options.notice ?? null}
          evaluations={evaluations}
          lang={lang}
        />
      ),
    });
  };

  /** Runs `work`; a missing application is the 404 page, a refusal of the draft the page again. */
  const onApplication = async (
    request: FastifyRequest,
    reply: FastifyReply,
    work: (guest: GuestActor, id: string) => Promise<unknown>,
  ) => {
    const guest = await applicantOf(request);
    if (!guest) return noAccess(request, reply);
    const id = idOf(request);
    if (!id) return gone(request, reply);
    try {
      return await work(guest, id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'CALL_APPLICATION.NOT_FOUND') return gone(request, reply);
      // Submitted meanwhile, or the call closed: the page says where the application stands.
      if (error.code === 'CALL.APPLICATION_SUBMITTED' || error.code === 'CALL.NOT_OPEN') {
        return applicationPage(request, reply, guest, id, { status: 409 });
      }
      throw error;
    }
  };

  app.get(applicantPaths.overview, { schema: { hide: true } }, async (request, reply) => {
    const guest = await applicantOf(request);
    if (!guest) return noAccess(request, reply);
    const overview = await service.applicantOverview(guest);
    return send(request, reply, (lang) => ({
      title: applicantTexts[lang].title,
      description: applicantTexts[lang].lead,
      organisationName: guest.organisationName,
      body: <OverviewBody overview={overview} lang={lang} signOutPath={SIGN_OUT_PATH} />,
    }));
  });

  app.get(applicantPaths.script, { schema: { hide: true } }, (request, reply) =>
    sendPageScript(request, reply, script()),
  );

  app.get(`${applicantPaths.overview}/:id`, { schema: { hide: true } }, (request, reply) =>
    onApplication(request, reply, (guest, id) => {
      const { ok } = request.query as { ok?: string };
      const notice = ok === 'saved' || ok === 'submitted' ? ok : null;
      return applicationPage(request, reply, guest, id, { notice });
    }),
  );

  // Old links (receipts sent before the page moved) land on the page itself.
  app.get('/candidature', { schema: { hide: true } }, (_request, reply) =>
    reply.code(301).redirect(applicantPaths.overview),
  );

  const refuseCrossSite = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(403, applicantTexts[lang].crossSiteTitle, applicantTexts[lang].crossSiteText),
    );
  addPublicForms(
    app,
    { publicUrl: config.publicUrl, refuseCrossSite, bodyLimit: FORM_LIMIT },
    (forms) => {
      forms.post(applicantPaths.start, { schema: { hide: true } }, async (request, reply) => {
        const guest = await applicantOf(request);
        if (!guest) return noAccess(request, reply);
        const callId = IdSchema.safeParse(((request.body ?? {}) as FormBody).callId);
        if (!callId.success) return gone(request, reply);
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        try {
          const started = await service.startApplication(guest, {
            callId: callId.data,
            locale: lang,
          });
          return reply.code(303).redirect(applicantPaths.application(started.id));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          if (error.code !== 'CALL.NOT_FOUND' && error.code !== 'CALL.NOT_OPEN') throw error;
          return send(request, reply, (l) =>
            message(
              error.code === 'CALL.NOT_OPEN' ? 409 : 404,
              applicantTexts[l].closedTitle,
              applicantTexts[l].closedText,
            ),
          );
        }
      });

      /** Saves what the form holds; answers the refused fields, or null once saved. */
      const save = async (request: FastifyRequest, guest: GuestActor, id: string) => {
        const form = (request.body ?? {}) as FormBody;
        const application = await service.readApplication(guest, id);
        const read = readApplicantForm(form, application);
        if (!read.body) return { form, refused: read.refused };
        try {
          await service.updateApplication(guest, id, read.body, database);
          return null;
        } catch (error) {
          const refusal = error instanceof AppError ? error.code : null;
          if (refusal !== 'CALL.INCOMPLETE' && refusal !== 'CALL.UNKNOWN_COMMUNE') throw error;
          return { form, refused: (error as AppError).fields ?? [] };
        }
      };

      forms.post(`${applicantPaths.overview}/:id`, { schema: { hide: true } }, (request, reply) =>
        onApplication(request, reply, async (guest, id) => {
          const refused = await save(request, guest, id);
          if (refused)
            return applicationPage(request, reply, guest, id, { status: 400, ...refused });
          return reply.code(303).redirect(`${applicantPaths.application(id)}?ok=saved`);
        }),
      );

      forms.post(
        `${applicantPaths.overview}/:id/depot`,
        { schema: { hide: true } },
        (request, reply) =>
          onApplication(request, reply, async (guest, id) => {
            const refused = await save(request, guest, id);
            if (refused)
              return applicationPage(request, reply, guest, id, { status: 400, ...refused });
            try {
              await service.submitApplication(guest, id, {
                publicUrl: config.publicUrl,
                transportConfigured: !!config.smtpUrl,
              });
            } catch (error) {
              if (!(error instanceof AppError) || error.code !== 'CALL.INCOMPLETE') throw error;
              return applicationPage(request, reply, guest, id, {
                status: 400,
                refused: error.fields ?? [],
              });
            }
            return reply.code(303).redirect(`${applicantPaths.application(id)}?ok=submitted`);
          }),
      );
    },
  );
}
