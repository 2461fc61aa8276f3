// The one-time pages of the handover, for people without an account (never cached, not indexed):
// the ensemble answers an introduction (a trial date, or no), and a participant answers a
// follow-up ("did you go?", "do you make music?"). Classic forms, no script; a visit answers nothing.
import { answersOfKind, type FollowUpAnswer, HandoverAnswerSchema } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import {
  addPublicForms,
  type FormBody,
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { CONFIRM_TOKEN_PATTERN } from './confirmation';
import { fieldProps, Problem } from './finder-view';
import { answerFollowUp, findFollowUpByToken } from './follow-up.service';
import { answerHandover, findHandoverByToken, longDate } from './handover.service';
import { directoryTexts, handoverTexts } from './i18n';

type Found = NonNullable<Awaited<ReturnType<typeof findHandoverByToken>>>;
type State = { values: FormBody; problems: Record<string, string> };

function AnswerForms(props: { token: string; lang: PublicLanguage; found: Found; state: State }) {
  const { lang, found, state } = props;
  const texts = handoverTexts[lang];
  const h = found.handover;
  const problems = state.problems;
  const action = `/p/_/accueil/${props.token}?lang=${lang}`;
  return (
    <>
      <h1>{texts.answerTitle}</h1>
      <p class="lead">
        {texts.answerLead({
          firstName: found.firstName,
          ensemble: found.ensembleName,
          organisation: found.organisationName,
        })}
      </p>
      <dl>
        {h.part && (
          <>
            <dt>{texts.partLabel}</dt>
            <dd>{VOCABULARY[lang].ensemblePart[h.part]}</dd>
          </>
        )}
        <dt>{texts.sangLabel}</dt>
        <dd>{h.sang}</dd>
        {h.message && (
          <>
            <dt>{texts.messageLabel}</dt>
            <dd>{h.message}</dd>
          </>
        )}
      </dl>
      <p>{texts.answerBy(longDate(h.answerDueAt, lang))}</p>
      <form method="post" action={action} class="card" novalidate>
        <h2>{texts.acceptLegend}</h2>
        <input type="hidden" name="answer" value="accept" />
        <label for="trialDate">{texts.trialDateLabel}</label>
        <input
          {...fieldProps('trialDate', problems)}
          type="date"
          required
          value={state.values.trialDate ?? ''}
        />
        <Problem id="trialDate" text={problems.trialDate} />
        <label for="acceptNote">{texts.noteLabel}</label>
        <p class="muted" id="acceptNote-hint">
          {texts.noteHint}
        </p>
        <textarea
          {...fieldProps('acceptNote', problems, 'acceptNote-hint')}
          name="note"
          rows={3}
          maxLength={1000}
        >
          {state.values.answer === 'accept' ? (state.values.note ?? '') : ''}
        </textarea>
        <button type="submit">{texts.acceptButton}</button>
      </form>
      <form method="post" action={action} class="card" novalidate>
        <h2>{texts.declineLegend}</h2>
        <input type="hidden" name="answer" value="decline" />
        <label for="declineNote">{texts.noteLabel}</label>
        <textarea {...fieldProps('declineNote', problems)} name="note" rows={2} maxLength={1000}>
          {state.values.answer === 'decline' ? (state.values.note ?? '') : ''}
        </textarea>
        <button type="submit" class="secondary">
          {texts.declineButton}
        </button>
      </form>
    </>
  );
}

function FollowUpForm(props: {
  token: string;
  lang: PublicLanguage;
  kind: keyof typeof answersOfKind;
  ensemble: string;
  problem: string | undefined;
}) {
  const texts = handoverTexts[props.lang];
  return (
    <>
      <h1>{texts.followUpTitle(props.kind, props.ensemble)}</h1>
      <p class="lead">{texts.followUpLead}</p>
      <form method="post" action={`/p/_/suivi/${props.token}?lang=${props.lang}`} novalidate>
        <fieldset
          class="checks"
          aria-invalid={props.problem ? 'true' : undefined}
          aria-describedby={props.problem ? 'answer-problem' : undefined}
        >
          <legend>{texts.followUpLegend}</legend>
          {answersOfKind[props.kind].map((answer) => (
            <label key={answer}>
              <input type="radio" name="answer" value={answer} required /> {texts.answers[answer]}
            </label>
          ))}
        </fieldset>
        <Problem id="answer" text={props.problem} />
        <button type="submit">{texts.followUpSend}</button>
      </form>
    </>
  );
}

export function registerHandoverPages(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const smtpConfigured = !!config.smtpUrl;
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    build: (lang: PublicLanguage) => PrivatePage,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, build(lang));
  };
  const message = (status: number, title: string, text: string, org: string | null) => ({
    status,
    title,
    description: text,
    organisationName: org,
    body: (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
      </>
    ),
  });
  const missing = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(404, directoryTexts[lang].missingTitle, directoryTexts[lang].missingText, null),
    );
  const tokenOf = (request: FastifyRequest) => {
    const token = (request.params as { token: string }).token;
    return CONFIRM_TOKEN_PATTERN.test(token) ? token : null;
  };
  const already = (found: Found) => (lang: PublicLanguage) =>
    message(
      200,
      handoverTexts[lang].alreadyTitle,
      handoverTexts[lang].alreadyText,
      found.organisationName,
    );
  const answerPage =
    (token: string, found: Found, state: State, status = 200) =>
    (lang: PublicLanguage): PrivatePage => ({
      status,
      title: handoverTexts[lang].answerTitle,
      description: handoverTexts[lang].answerTitle,
      organisationName: found.organisationName,
      body: <AnswerForms token={token} lang={lang} found={found} state={state} />,
    });

  app.get('/p/_/accueil/:token', { schema: { hide: true } }, async (request, reply) => {
    const token = tokenOf(request);
    const found = token ? await findHandoverByToken(database, token) : null;
    if (!token || !found) return missing(request, reply);
    if (found.handover.status !== 'awaiting') return send(request, reply, already(found));
    return send(request, reply, answerPage(token, found, { values: {}, problems: {} }));
  });

  app.get('/p/_/suivi/:token', { schema: { hide: true } }, async (request, reply) => {
    const token = tokenOf(request);
    const found = token ? await findFollowUpByToken(database, token) : null;
    if (!token || !found) return missing(request, reply);
    return send(request, reply, (lang) => ({
      title: handoverTexts[lang].followUpTitle(found.followUp.kind, found.ensembleName),
      description: handoverTexts[lang].followUpLead,
      organisationName: found.organisationName,
      body: (
        <FollowUpForm
          token={token}
          lang={lang}
          kind={found.followUp.kind}
          ensemble={found.ensembleName}
          problem={undefined}
        />
      ),
    }));
  });

  const refuseCrossSite = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(403, directoryTexts[lang].crossSiteTitle, directoryTexts[lang].crossSiteText, null),
    );
  addPublicForms(app, { publicUrl: config.publicUrl, refuseCrossSite }, (routes) => {
    routes.post('/p/_/accueil/:token', { schema: { hide: true } }, async (request, reply) => {
      const token = tokenOf(request);
      const found = token ? await findHandoverByToken(database, token) : null;
      if (!token || !found) return missing(request, reply);
      if (found.handover.status !== 'awaiting') return send(request, reply, already(found));
      const form = (request.body ?? {}) as FormBody;
      const note = form.note?.trim() || null;
      const today = new Date().toISOString().slice(0, 10);
      const parsed = HandoverAnswerSchema.safeParse(
        form.answer === 'accept'
          ? { answer: 'accept', trialDate: form.trialDate ?? '', note }
          : { answer: 'decline', note },
      );
      if (!parsed.success || (parsed.data.answer === 'accept' && parsed.data.trialDate < today)) {
        return send(request, reply, (lang) =>
          answerPage(
            token,
            found,
            { values: form, problems: { trialDate: handoverTexts[lang].trialDateProblem } },
            400,
          )(lang),
        );
      }
      const answered = await answerHandover({
        database,
        token,
        answer: parsed.data,
        smtpConfigured,
      });
      if (!answered?.answered) return send(request, reply, already(found));
      return send(request, reply, (lang) => {
        const texts = handoverTexts[lang];
        return message(
          200,
          texts.answeredTitle,
          parsed.data.answer === 'accept'
            ? texts.acceptedText(found.firstName, longDate(parsed.data.trialDate, lang))
            : texts.declinedText(found.firstName),
          found.organisationName,
        );
      });
    });

    routes.post('/p/_/suivi/:token', { schema: { hide: true } }, async (request, reply) => {
      const token = tokenOf(request);
      const found = token ? await findFollowUpByToken(database, token) : null;
      if (!token || !found) return missing(request, reply);
      const answer = ((request.body ?? {}) as FormBody).answer as FollowUpAnswer | undefined;
      if (!answer || !answersOfKind[found.followUp.kind].includes(answer)) {
        return send(request, reply, (lang) => ({
          status: 400,
          title: handoverTexts[lang].followUpTitle(found.followUp.kind, found.ensembleName),
          description: handoverTexts[lang].followUpLead,
          organisationName: found.organisationName,
          body: (
            <FollowUpForm
              token={token}
              lang={lang}
              kind={found.followUp.kind}
              ensemble={found.ensembleName}
              problem={handoverTexts[lang].followUpProblem}
            />
          ),
        }));
      }
      await answerFollowUp({ database, found, answer });
      return send(request, reply, (lang) =>
        message(
          200,
          handoverTexts[lang].followUpThanksTitle,
          handoverTexts[lang].followUpThanksText,
          found.organisationName,
        ),
      );
    });
  });
}
