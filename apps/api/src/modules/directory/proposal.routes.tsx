// An ensemble proposes itself: a classic form (no script) whose fields become a listing waiting
// for a coordinator; refusals come back on the form with each field's problem.
import {
  ageBands,
  EnsembleCreateBodySchema,
  ensembleKinds,
  ensembleParts,
  musicGenres,
  type RehearsalFrequency,
  rehearsalFrequencies,
  ruleOf,
  weekdayCodes,
} from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  type FormBody,
  findPublishedOrganisation,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { resolveTyped } from './finder.routes';
import { type FormState, fieldProps, Problem } from './finder-view';
import { directoryTexts } from './i18n';
import { proposeEnsemble } from './public.service';
import { PROPOSAL_PATH } from './public-pages';

/** "60", "60,50", "60 €" → cents; null when blank, NaN when not an amount. */
function cents(text: string | undefined): number | null {
  const trimmed = (text ?? '').replace(/€/g, '').trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * 100) : Number.NaN;
}

/** Each box has a name of its own (`genres.jazz`): the form parser keeps one value per name. */
const boxName = (group: string, value: string) => `${group}.${value}`;
const ticked = (form: FormBody, group: string, values: readonly string[]) =>
  values.filter((value) => form[boxName(group, value)] === 'true');

function Select(props: {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  state: FormState;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select {...fieldProps(props.id, props.state.problems)}>
        {props.options.map((option) => (
          <option
            value={option.value}
            selected={props.state.values[props.id] === option.value}
            key={option.value}
          >
            {option.label}
          </option>
        ))}
      </select>
      <Problem id={props.id} text={props.state.problems[props.id]} />
    </>
  );
}

function Field(props: {
  id: string;
  label: string;
  state: FormState;
  type?: 'text' | 'email' | 'tel' | 'url';
  autocomplete?: string;
  inputmode?: 'decimal';
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        {...fieldProps(props.id, props.state.problems)}
        // Preact types each input type apart; these five are all text boxes.
        type={(props.type ?? 'text') as 'text'}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        value={props.state.values[props.id] ?? ''}
      />
      <Problem id={props.id} text={props.state.problems[props.id]} />
    </>
  );
}

function Boxes(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  checked: string[];
}) {
  return (
    <fieldset class="checks">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            name={boxName(props.name, option.value)}
            value="true"
            checked={props.checked.includes(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function ProposalForm(props: {
  action: string;
  lang: PublicLanguage;
  state: FormState;
  checked: Record<string, string[]>;
}) {
  const { lang, state } = props;
  const texts = directoryTexts[lang];
  const words = VOCABULARY[lang];
  const problems = Object.entries(state.problems);
  return (
    <form method="post" action={`${props.action}?lang=${lang}`} novalidate>
      {problems.length > 0 && (
        <div class="note" role="alert">
          <ul>
            {problems.map(([field, text]) => (
              <li key={field}>
                <a href={`#${field}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field id="name" label={texts.ensembleNameLabel} state={state} />
      <Select
        id="kind"
        label={texts.kindLabel}
        state={state}
        options={ensembleKinds.map((kind) => ({ value: kind, label: words.ensembleKind[kind] }))}
      />
      <Field id="commune" label={texts.communeLabel} state={state} autocomplete="address-level2" />
      <Field id="address" label={texts.addressLabel} state={state} autocomplete="street-address" />
      <Select
        id="day"
        label={texts.dayLabel}
        state={state}
        options={weekdayCodes.map((day) => ({ value: day, label: words.weekday[day] }))}
      />
      <Select
        id="frequency"
        label={texts.frequencyLabel}
        state={state}
        options={rehearsalFrequencies.map((value) => ({ value, label: texts.frequency[value]! }))}
      />
      <label for="time">{texts.timeLabel}</label>
      <input
        {...fieldProps('time', state.problems)}
        class="qty"
        type="time"
        value={state.values.time ?? ''}
      />
      <Problem id="time" text={state.problems.time} />
      <Boxes
        name="genres"
        legend={texts.genresLegend}
        options={musicGenres.map((genre) => ({ value: genre, label: words.musicGenre[genre] }))}
        checked={props.checked.genres ?? []}
      />
      <Boxes
        name="ages"
        legend={texts.agesLegend}
        options={ageBands.map((band) => ({ value: band, label: words.ageBand[band] }))}
        checked={props.checked.ages ?? []}
      />
      <Boxes
        name="parts"
        legend={texts.partsLegend}
        options={ensembleParts.map((part) => ({ value: part, label: words.ensemblePart[part] }))}
        checked={props.checked.parts ?? []}
      />
      <fieldset class="checks">
        <label>
          <input
            type="checkbox"
            name="audition"
            value="true"
            checked={state.values.audition === 'true'}
          />{' '}
          {texts.auditionLabel}
        </label>
      </fieldset>
      <Field id="fee" label={texts.feeLabel} state={state} inputmode="decimal" />
      <Field
        id="solidarityFee"
        label={texts.solidarityFeeLabel}
        state={state}
        inputmode="decimal"
      />
      <label for="description">{texts.descriptionLabel}</label>
      <textarea {...fieldProps('description', state.problems)} rows={4} maxLength={2000}>
        {state.values.description ?? ''}
      </textarea>
      <Problem id="description" text={state.problems.description} />
      <Field id="contactName" label={texts.contactNameLabel} state={state} autocomplete="name" />
      <Field
        id="contactEmail"
        label={texts.contactEmailLabel}
        state={state}
        type="email"
        autocomplete="email"
      />
      <Field
        id="contactPhone"
        label={texts.contactPhoneLabel}
        state={state}
        type="tel"
        autocomplete="tel"
      />
      <Field id="website" label={texts.websiteLabel} state={state} type="url" />
      <fieldset class="checks">
        <label>
          <input
            {...fieldProps('consent', state.problems)}
            type="checkbox"
            value="true"
            checked={state.values.consent === 'true'}
          />{' '}
          {texts.consentLabel}
        </label>
        <Problem id="consent" text={state.problems.consent} />
      </fieldset>
      <button type="submit">{texts.send}</button>
    </form>
  );
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
