// An ensemble proposes itself: the form's page, and its answer, whose fields become a listing
// waiting for a coordinator; refusals come back on the form with each field's problem.
import {
  ageBands,
  EnsembleCreateBodySchema,
  ensembleParts,
  musicGenres,
  type RehearsalFrequency,
  rehearsalFrequencies,
  ruleOf,
  weekdayCodes,
} from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  type FormBody,
  findPublishedOrganisation,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { resolveTyped } from './finder.routes';
import type { FormState } from './finder-view';
import { directoryTexts } from './i18n';
import { ProposalForm, ticked } from './proposal-form';
import { proposeEnsemble } from './public.service';
import { PROPOSAL_PATH } from './public-pages';

/** "60", "60,50", "60 €" → cents; null when blank, NaN when not an amount. */
function cents(text: string | undefined): number | null {
  const trimmed = (text ?? '').replace(/€/g, '').trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * 100) : Number.NaN;
}

/** Which form field a path of the create body names. */
const FIELD_OF: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  places: 'commune',
  rehearsals: 'time',
  annualFeeCents: 'fee',
  solidarityFeeCents: 'solidarityFee',
  description: 'description',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  website: 'website',
};
const PROBLEM_OF: Record<string, string> = {
  name: 'ensembleName',
  kind: 'kind',
  commune: 'commune',
  time: 'time',
  fee: 'fee',
  solidarityFee: 'fee',
  description: 'description',
  contactName: 'name',
  contactEmail: 'email',
  contactPhone: 'phone',
  website: 'website',
  consent: 'consent',
};

export function registerProposalForm(
  forms: App,
  deps: AppDeps,
  helpers: {
    formLimit: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    missing: (request: FastifyRequest, reply: FastifyReply) => unknown;
  },
) {
  const { config, database } = deps;
  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    org: { slug: string; name: string },
    state: FormState,
    checked: Record<string, string[]>,
    status = 200,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    const texts = directoryTexts[lang];
    return sendPrivatePage(request, reply, lang, {
      status,
      title: texts.proposeTitle,
      description: texts.proposeLead(org.name),
      organisationName: org.name,
      body: (
        <>
          <h1>{texts.proposeTitle}</h1>
          <p class="lead">{texts.proposeLead(org.name)}</p>
          <ProposalForm
            action={`/p/${org.slug}${PROPOSAL_PATH}`}
            lang={lang}
            state={state}
            checked={checked}
          />
        </>
      ),
    });
  };
  const orgOf = (request: FastifyRequest) =>
    findPublishedOrganisation(database.db, (request.params as { orgSlug: string }).orgSlug ?? '');

  forms.get('/p/:orgSlug/annuaire/proposer', { schema: { hide: true } }, async (request, reply) => {
    const org = await orgOf(request);
    if (!org) return helpers.missing(request, reply);
    return page(
      request,
      reply,
      org,
      { values: { frequency: 'weekly', time: '20:00', day: 'TU' }, problems: {} },
      {},
    );
  });

  forms.post(
    '/p/:orgSlug/annuaire/proposer',
    { schema: { hide: true }, preHandler: helpers.formLimit },
    async (request, reply) => {
      const org = await orgOf(request);
      if (!org) return helpers.missing(request, reply);
      const lang = privatePageLanguage(request, reply, config.secureCookies);
      const texts = directoryTexts[lang];
      const form = (request.body ?? {}) as FormBody;
      const checked = {
        genres: ticked(form, 'genres', musicGenres),
        ages: ticked(form, 'ages', ageBands),
        parts: ticked(form, 'parts', ensembleParts),
      };
      const problems: Record<string, string> = {};
      const say = (field: string) => {
        problems[field] ??= texts.problem[PROBLEM_OF[field] ?? field] ?? texts.problem.commune!;
      };
      const typed = form.commune?.trim() ?? '';
      const place = typed ? await resolveTyped(database, typed) : null;
      if (!place?.commune) say('commune');
      if (form.consent !== 'true') say('consent');
      const text = (name: string) => form[name]?.trim() || null;
      const day = weekdayCodes.find((code) => code === form.day) ?? 'TU';
      const body = {
        name: form.name ?? '',
        kind: form.kind,
        places: [
          {
            communeCode: place?.commune?.id ?? '00000',
            communeName: place?.commune?.name ?? '-',
            addressLine: text('address'),
          },
        ],
        rehearsals: [
          {
            rule: ruleOf(
              day,
              rehearsalFrequencies.find((f) => f === form.frequency) ??
                ('weekly' as RehearsalFrequency),
            ),
            startTime: form.time ?? '',
            durationMin: 120,
          },
        ],
        genres: checked.genres,
        ageBands: checked.ages,
        partsSought: checked.parts,
        auditionRequired: form.audition === 'true',
        annualFeeCents: cents(form.fee),
        solidarityFeeCents: cents(form.solidarityFee),
        description: text('description'),
        contactName: text('contactName'),
        contactEmail: text('contactEmail') ?? '',
        contactPhone: text('contactPhone'),
        website: text('website'),
        // The ensemble proposed itself in this language: its e-mails will be written in it.
        language: lang,
      };
      const parsed = EnsembleCreateBodySchema.safeParse(body);
      for (const issue of parsed.error?.issues ?? []) {
        say(FIELD_OF[String(issue.path[0])] ?? String(issue.path[0]));
      }
      const state = { values: form as Record<string, string | undefined>, problems };
      if (!parsed.success || Object.keys(problems).length > 0) {
        return page(request, reply, org, state, checked, 400);
      }
      try {
        await proposeEnsemble({ database, orgId: org.id, input: parsed.data });
      } catch (error) {
        if (!(error instanceof AppError) || error.status !== 400) throw error;
        say('commune');
        return page(request, reply, org, state, checked, 400);
      }
      return sendPrivatePage(request, reply, lang, {
        title: texts.proposeThanksTitle,
        description: texts.proposeThanks(org.name),
        organisationName: org.name,
        body: (
          <>
            <h1>{texts.proposeThanksTitle}</h1>
            <p>{texts.proposeThanks(org.name)}</p>
          </>
        ),
      });
    },
  );
}
