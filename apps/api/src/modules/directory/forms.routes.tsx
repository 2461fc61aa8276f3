// The directory's forms for one visitor: a listing's contact confirms it (a page with a button,
// then its answer), a person asks for help to start an ensemble, and an ensemble proposes itself.
import { SupportRequestInputSchema } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import { clientAddress, limiter } from '../../platform/http/rate-limits';
import {
  addPublicForms,
  type FormBody,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { CONFIRM_TOKEN_PATTERN } from './confirmation';
import { SUPPORT_PATH } from './finder.routes';
import { type FormState, SupportForm } from './finder-view';
import { directoryTexts } from './i18n';
import { pageReplies } from './page-replies';
import { registerProposalForm } from './proposal.routes';
import { confirmByToken, findByConfirmationToken, requestSupport } from './public.service';

export function registerDirectoryForms(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const { send, message, missing, orgOf } = pageReplies(database, config.secureCookies);

  /** The confirmation page of a listing's contact: a button (a mail scanner's visit confirms nothing). */
  app.get('/p/_/ensemble/confirmer/:token', { schema: { hide: true } }, async (request, reply) => {
    const token = (request.params as { token: string }).token;
    const found = CONFIRM_TOKEN_PATTERN.test(token)
      ? await findByConfirmationToken(database, token)
      : null;
    if (!found) return missing(request, reply);
    return send(request, reply, (lang) => {
      const texts = directoryTexts[lang];
      return {
        title: texts.confirmTitle,
        description: texts.confirmLead(found.ensemble.name),
        organisationName: found.organisationName,
        body: (
          <>
            <h1>{texts.confirmTitle}</h1>
            <p class="lead">{texts.confirmLead(found.ensemble.name)}</p>
            <form method="post" action={`/p/_/ensemble/confirmer/${token}?lang=${lang}`}>
              <button type="submit">{texts.confirmButton}</button>
            </form>
            <p class="muted">{texts.confirmChanges}</p>
          </>
        ),
      };
    });
  });

  const refuseCrossSite = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(403, directoryTexts[lang].crossSiteTitle, directoryTexts[lang].crossSiteText, null),
    );
  // Public forms write rows: ten an hour from one address is more than any person needs.
  const formLimit = limiter(app, 'directoryForms', [
    { what: 'sending directory forms', max: 10, timeWindow: '1 hour', key: clientAddress },
  ]);

  addPublicForms(app, { publicUrl: config.publicUrl, refuseCrossSite }, (forms) => {
    forms.post(
      '/p/_/ensemble/confirmer/:token',
      { schema: { hide: true } },
      async (request, reply) => {
        const token = (request.params as { token: string }).token;
        const found = CONFIRM_TOKEN_PATTERN.test(token)
          ? await confirmByToken(database, token)
          : null;
        if (!found) return missing(request, reply);
        return send(request, reply, (lang) =>
          message(
            200,
            directoryTexts[lang].confirmedTitle,
            directoryTexts[lang].confirmedText(found.ensemble.name, found.organisationName),
            found.organisationName,
          ),
        );
      },
    );

    forms.post(
      '/p/:orgSlug/annuaire/soutien',
      { schema: { hide: true }, preHandler: formLimit },
      async (request, reply) => {
        const org = await orgOf(request);
        if (!org) return missing(request, reply);
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        const texts = directoryTexts[lang];
        const form = (request.body ?? {}) as FormBody;
        const text = (name: string) => form[name]?.trim() || null;
        const parsed = SupportRequestInputSchema.safeParse({
          communeCode: form.communeCode ?? '',
          name: form.name ?? '',
          contactEmail: text('email'),
          contactPhone: text('phone'),
          message: text('message'),
        });
        const problems: Record<string, string> = {};
        const formField: Record<string, string> = { contactEmail: 'email', contactPhone: 'phone' };
        for (const issue of parsed.error?.issues ?? []) {
          const field = String(issue.path[0]);
          const key = formField[field] ?? field;
          // The refinement that asks for an e-mail or a phone is the one custom issue.
          const text = issue.code === 'custom' ? texts.problem.contact : texts.problem[key];
          problems[key] ??= text ?? texts.problem.commune!;
        }
        if (!parsed.success) {
          const state: FormState = {
            values: {
              name: form.name,
              email: form.email,
              phone: form.phone,
              message: form.message,
            },
            problems,
          };
          return sendPrivatePage(request, reply, lang, {
            status: 400,
            title: texts.supportTitle,
            description: texts.supportLead(org.name),
            organisationName: org.name,
            body: (
              <SupportForm
                action={`/p/${org.slug}${SUPPORT_PATH}`}
                lang={lang}
                organisation={org.name}
                communeCode={form.communeCode ?? ''}
                state={state}
              />
            ),
          });
        }
        try {
          await requestSupport({ database, orgId: org.id, input: parsed.data });
        } catch (error) {
          if (error instanceof AppError && error.status === 400) return missing(request, reply);
          throw error;
        }
        return sendPrivatePage(request, reply, lang, {
          ...message(200, texts.supportThanksTitle, texts.supportThanks(org.name), org.name),
        });
      },
    );

    registerProposalForm(forms, deps, { formLimit, missing });
  });
}
