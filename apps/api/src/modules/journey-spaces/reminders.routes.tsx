// Reminder e-mails of a journey space, asked for without an account: the form under the group
// link (counted per network address and per address asked for, as one-time links are), the
// confirmation e-mail through the outbox in the page's language, and the page an e-mail's link
// opens to confirm or stop (stopping deletes the address). Classic forms, no script.
import { EmailSchema, GuestTokenSchema, IdSchema } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { hashToken, randomToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { clientAddress, limiter } from '../../platform/http/rate-limits';
import { enqueueMail } from '../../platform/mail/outbox';
import {
  addPublicForms,
  type FormBody,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { findSharedGroup } from '../groups';
import { reminderTexts } from './i18n/reminders';
import { REMINDER_MANAGE_PATH, ReminderManage, ReminderMessage } from './reminder-pages';
import { reminderLink } from './reminders.jobs';
import * as reminders from './reminders.repository';
import { absoluteBase } from './space-files';
import * as repository from './spaces.repository';

type Texts = (typeof reminderTexts)['fr'];

export function registerSpaceReminderPages(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const emailOf = (request: FastifyRequest) =>
    String(((request.body ?? {}) as FormBody).email ?? '')
      .trim()
      .toLowerCase();
  const check = limiter(app, 'spaceReminders', [
    {
      what: 'from this network address',
      max: config.guestAccess.linksPerIpPerHour,
      timeWindow: '1 hour',
      key: (request) => `space-reminders ${clientAddress(request)}`,
    },
    {
      what: 'for this address',
      max: config.guestAccess.linksPerAddressPerHour,
      timeWindow: '1 hour',
      key: (request) => `space-reminders ${emailOf(request)}`,
    },
  ]);

  /** A short page: `pick` chooses its title and text among the reminder texts. */
  const message = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    pick: (texts: Texts) => [string, string],
    back?: string,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    const [title, text] = pick(reminderTexts[lang]);
    return sendPrivatePage(request, reply, lang, {
      status,
      title,
      description: text,
      organisationName: null,
      body: <ReminderMessage title={title} text={text} back={back} lang={lang} />,
    });
  };

  /** The subscription a link's secret names, or null. */
  const byToken = async (raw: unknown) => {
    const token = GuestTokenSchema.safeParse(raw);
    if (!token.success) return null;
    const found = await reminders.findByTokenHash(database.db, hashToken(token.data));
    return found && { ...found, token: token.data };
  };

  app.get(`${REMINDER_MANAGE_PATH}/:token`, { schema: { hide: true } }, async (request, reply) => {
    const found = await byToken((request.params as { token: string }).token);
    if (!found) return message(request, reply, 404, (t) => [t.goneTitle, t.goneText]);
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, {
      title: reminderTexts[lang].manageTitle,
      description: reminderTexts[lang].manageTitle,
      organisationName: null,
      body: (
        <ReminderManage
          token={found.token}
          journey={found.journeyName}
          email={found.subscription.email}
          confirmed={found.subscription.confirmedAt !== null}
          lang={lang}
        />
      ),
    });
  });

  const refuseCrossSite = (request: FastifyRequest, reply: FastifyReply) =>
    message(request, reply, 403, (t) => [t.crossSiteTitle, t.crossSiteText]);
  addPublicForms(app, { publicUrl: config.publicUrl, refuseCrossSite }, (forms) => {
    forms.post(
      '/p/_/groupe/:token/parcours/:journeyId/rappels',
      { schema: { hide: true } },
      async (request, reply) => {
        const params = request.params as { token: string; journeyId: string };
        const token = GuestTokenSchema.safeParse(params.token);
        const journeyId = IdSchema.safeParse(params.journeyId);
        const shared = token.success ? await findSharedGroup(database.db, token.data) : null;
        const scope = shared && { orgId: shared.orgId, userId: null };
        const frame =
          scope && journeyId.success
            ? await database.withTenant(scope, (tx) =>
                repository.findJourneyFrame(tx, journeyId.data, shared.groupId),
              )
            : null;
        if (!shared || !scope || !frame) {
          return message(request, reply, 404, (t) => [t.goneTitle, t.goneText]);
        }
        const back = `/p/_/groupe/${params.token}/parcours/${frame.id}`;
        const email = EmailSchema.safeParse(emailOf(request));
        if (!email.success) {
          return message(request, reply, 400, (t) => [t.badEmailTitle, t.badEmailText], back);
        }
        try {
          await check(request, reply);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'REQUEST.RATE_LIMITED') throw error;
          return message(request, reply, 429, (t) => [t.tooManyTitle, t.tooManyText], back);
        }
        const lang: PublicLanguage = privatePageLanguage(request, reply, config.secureCookies);
        const secret = randomToken();
        await database.withTenant(scope, async (tx) => {
          const id = await reminders.requestSubscription(tx, {
            orgId: shared.orgId,
            journeyId: frame.id,
            email: email.data,
            language: lang,
            tokenHash: hashToken(secret),
          });
          // Already confirmed: nothing to send, and the page says the same (it tells nobody
          // whether an address receives the reminders).
          if (!id) return;
          const texts = reminderTexts[lang];
          await enqueueMail(
            tx,
            {
              orgId: shared.orgId,
              kind: 'journey-space-reminder-confirmation',
              to: email.data,
              subject: texts.confirmSubject(frame.name),
              text: texts.confirmBody({
                journey: frame.name,
                group: frame.groupName,
                organisation: shared.organisationName,
                link: reminderLink(absoluteBase(config, request), secret, lang),
              }),
            },
            !!config.smtpUrl,
          );
        });
        return message(request, reply, 200, (t) => [t.sentTitle, t.sentText], back);
      },
    );

    forms.post(
      `${REMINDER_MANAGE_PATH}/:token`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await byToken((request.params as { token: string }).token);
        if (!found) return message(request, reply, 404, (t) => [t.goneTitle, t.goneText]);
        const action = ((request.body ?? {}) as FormBody).action;
        if (action !== 'confirm' && action !== 'stop') {
          return message(request, reply, 400, (t) => [t.manageTitle, t.badActionText]);
        }
        const { subscription } = found;
        await database.withTenant({ orgId: subscription.orgId, userId: null }, (tx) =>
          action === 'confirm'
            ? reminders.confirmSubscription(tx, subscription.id, new Date())
            : reminders.deleteSubscription(tx, subscription.id),
        );
        return action === 'confirm'
          ? message(request, reply, 200, (t) => [t.confirmedTitle, t.confirmedText])
          : message(request, reply, 200, (t) => [t.stoppedTitle, t.stoppedText]);
      },
    );
  });
}
