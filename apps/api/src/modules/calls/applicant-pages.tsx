// The applicant's pages, without an account (opened from the one-time link), made for a phone on
// a slow network: their applications and the open calls, then one application: the answers the
// call asks for (a plain form that saves without JavaScript), the required recordings (sent by
// the page's one small script with resumable uploads), submission, receipt, status and result.
import {
  type ApplicantApplication,
  type ApplicantData,
  type ApplicantOverview,
  mediaUses,
  type RecordingDay,
  textIn,
} from '@tutti/contracts';
import { localDateTimeToUtc } from '@tutti/kit/dates';
import { type ComponentChildren, Fragment } from 'preact';
import type { PublicLanguage } from '../../platform/public-pages';
import { APPLICANT_PATH } from './applicant.service';
import { answerName, type FieldErrors, type FormValues, fieldIds } from './applicant-form';
import { RecordingPlace } from './applicant-place-field';
import { applicantTexts, type RecordingState } from './i18n/applicant';
import { placeTexts } from './i18n/applicant-place';
import { duration, when } from './public-pages';

const APPLICANT_PAGE = APPLICANT_PATH;
export const applicantPaths = {
  overview: APPLICANT_PAGE,
  start: `${APPLICANT_PAGE}/nouvelle`,
  script: `${APPLICANT_PAGE}/envoi.js`,
  application: (id: string) => `${APPLICANT_PAGE}/${id}`,
  submit: (id: string) => `${APPLICANT_PAGE}/${id}/depot`,
};
const languageNames = { fr: 'Français', en: 'English', de: 'Deutsch' } as const;

export function OverviewBody(props: {
  overview: ApplicantOverview;
  lang: PublicLanguage;
  signOutPath: string;
}) {
  const { overview, lang } = props;
  const texts = applicantTexts[lang];
  const open = overview.openCalls.filter(
    (call) => !overview.applications.some((a) => a.callId === call.id),
  );
  return (
    <>
      <h1>{texts.title}</h1>
      <p class="muted">
        {overview.organisation.name} · {overview.email}
      </p>
      {overview.applications.length > 0 && (
        <section aria-labelledby="mine">
          <h2 id="mine">{texts.mine}</h2>
          <ul class="events">
            {overview.applications.map((a) => (
              <li key={a.id}>
                <a href={applicantPaths.application(a.id)}>{textIn(a.title, lang)}</a>
                <br />
                {texts.code(a.code)} · {texts.status[a.status]}
                {a.decision && ` · ${texts.decision[a.decision]}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="open">
        <h2 id="open">{texts.openCalls}</h2>
        {open.length === 0 && <p>{texts.noOpenCalls}</p>}
        <ul class="events">
          {open.map((call) => (
            <li key={call.id}>
              <strong>{textIn(call.title, lang)}</strong>
              <br />
              {texts.closes(when(new Date(call.closesAt), call.timeZone, lang))}
              <form method="post" action={applicantPaths.start}>
                <input type="hidden" name="callId" value={call.id} />
                <button type="submit">{texts.apply(textIn(call.title, lang))}</button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <form method="post" action={props.signOutPath}>
        <button type="submit" class="quiet">
          {texts.signOut}
        </button>
      </form>
    </>
  );
}

/** A label, the field, and the message when it was refused, tied together for screen readers. */
function Field(props: {
  id: string;
  label: string;
  error: string | undefined;
  children: (attributes: Record<string, string | undefined>) => ComponentChildren;
}) {
  const errorId = `${props.id}-error`;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      {props.error && (
        <p class="error" id={errorId}>
          {props.error}
        </p>
      )}
      {props.children({
        id: props.id,
        'aria-invalid': props.error ? 'true' : undefined,
        'aria-describedby': props.error ? errorId : undefined,
      })}
    </>
  );
}

const inputTypes: Record<string, 'email' | 'tel' | 'date'> = {
  email: 'email',
  phone: 'tel',
  date: 'date',
};

function Answers(props: {
  application: ApplicantApplication;
  values: FormValues;
  errors: FieldErrors;
  lang: PublicLanguage;
  editable: boolean;
}) {
  const { application, values, errors, lang, editable } = props;
  const texts = applicantTexts[lang];
  const disabled = !editable;
  const optional = (label: string, required: boolean) =>
    required ? label : `${label} (${texts.optional})`;
  return (
    <form method="post" action={applicantPaths.application(application.id)} id="application">
      <Field id="name" label={texts.name} error={errors.name}>
        {(a) => (
          <input {...a} name="name" value={values.name} autocomplete="name" disabled={disabled} />
        )}
      </Field>
      <Field id="locale" label={texts.language} error={errors.locale}>
        {(a) => (
          <select {...a} name="locale" disabled={disabled}>
            {Object.entries(languageNames).map(([value, label]) => (
              <option key={value} value={value} selected={values.locale === value} lang={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {application.call.parts.length > 0 && (
        <Field id="part" label={texts.part} error={errors.part}>
          {(a) => (
            <select {...a} name="part" disabled={disabled}>
              <option value="">{texts.choose}</option>
              {application.call.parts.map((part) => (
                <option key={part.key} value={part.key} selected={values.part === part.key}>
                  {textIn(part.label, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {application.call.fields.map((field) => {
        const id = fieldIds.answer(field.key);
        const value = values.answers[field.key] ?? '';
        const common = { name: answerName(field.key), disabled };
        return (
          <Field
            key={field.key}
            id={id}
            label={optional(textIn(field.label, lang), field.required)}
            error={errors[id]}
          >
            {(a) =>
              field.type === 'longText' ? (
                <textarea {...a} {...common} rows={4} maxLength={4000} value={value} />
              ) : field.type === 'choice' ? (
                <select {...a} {...common}>
                  <option value="">{texts.choose}</option>
                  {field.options.map((option) => (
                    <option key={option} value={option} selected={value === option}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...a}
                  {...common}
                  // Preact types each input type apart; any of these takes the same attributes.
                  type={(inputTypes[field.type] ?? 'text') as 'text'}
                  maxLength={4000}
                  value={value}
                />
              )
            }
          </Field>
        );
      })}
      <RecordingPlace
        {...props}
        field={(id, label, input) => (
          <Field id={id} label={label} error={errors[id]}>
            {input}
          </Field>
        )}
      />
      {editable && (
        <button type="submit" class="quiet">
          {texts.save}
        </button>
      )}
    </form>
  );
}

const stateOf = (status: ApplicantApplication['recordings'][number]['status']): RecordingState =>
  status ?? 'missing';

function Recordings(props: {
  application: ApplicantApplication;
  errors: FieldErrors;
  lang: PublicLanguage;
  editable: boolean;
}) {
  const { application, errors, lang, editable } = props;
  const texts = applicantTexts[lang];
  const stateTexts = Object.fromEntries(
    Object.entries(texts.recordingState).map(([state, text]) => [
      `data-state-${state.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      text,
    ]),
  );
  return (
    <section
      aria-labelledby="recordings-title"
      id="recordings"
      data-application={`/api/guest/applicant/applications/${application.id}`}
      data-max-bytes={String(mediaUses.audition.maxBytes)}
      data-text-sending={texts.sending}
      data-text-resuming={texts.resuming}
      data-text-wrong-type={texts.errors.wrongType}
      data-text-too-large={texts.errors.tooLarge(Math.round(mediaUses.audition.maxBytes / 2 ** 20))}
      data-text-failed={texts.errors.uploadFailed}
      {...stateTexts}
    >
      <h2 id="recordings-title">{texts.recordings}</h2>
      {editable && (
        <noscript>
          <p class="note">{texts.noScript}</p>
        </noscript>
      )}
      <ul class="tracks">
        {application.recordings.map((spec) => {
          const id = fieldIds.recording(spec.key);
          const label = textIn(spec.label, lang);
          const state = stateOf(spec.status);
          return (
            <li
              key={spec.key}
              class="recording"
              data-key={spec.key}
              data-state={state}
              data-text-too-long={texts.errors.recordingTooLong(duration(spec.maxSeconds))}
            >
              <strong>{label}</strong>{' '}
              <span class="muted">
                ({texts.maxDuration(duration(spec.maxSeconds))}
                {spec.required ? '' : `, ${texts.optional}`})
              </span>{' '}
              <span class="badge" data-role="state">
                {texts.recordingState[state]}
              </span>
              <p class="error" id={`${id}-error`} data-role="error" hidden={!errors[id]}>
                {errors[id]}
              </p>
              {editable && (
                <div data-role="picker" hidden>
                  <label for={id}>{texts.chooseFile(label)}</label>
                  <input
                    type="file"
                    id={id}
                    accept="audio/*,video/*"
                    data-endpoint={`/api/guest/applicant/applications/${application.id}/recordings/${spec.key}`}
                    aria-describedby={`${id}-error`}
                    aria-invalid={errors[id] ? 'true' : undefined}
                  />
                  <progress max={100} value={0} hidden />
                  <p role="status" data-role="progress" />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The supervised recording day proposed on a tour stop near the applicant. */
function RecordingDayNote({ day, lang }: { day: RecordingDay; lang: PublicLanguage }) {
  const texts = applicantTexts[lang];
  // A stored instant shown back in its zone: the local time always exists.
  const start = localDateTimeToUtc(day.startsAt, day.timeZone)!;
  return (
    <section aria-labelledby="recording-day" class="card">
      <h2 id="recording-day">{texts.recordingDay}</h2>
      <p>
        <strong>
          {texts.recordingDayWhen(when(start, day.timeZone, lang), day.endsAt.slice(11, 16))}
        </strong>
        <br />
        {[day.venueName, day.communeName].filter(Boolean).join(', ')}
      </p>
      <p>{texts.recordingDayText}</p>
    </section>
  );
}

function Evaluations(props: {
  data: ApplicantData;
  /** The rubric's labels by criterion key, in the page's language. */
  criteria: Record<string, string>;
  lang: PublicLanguage;
}) {
  const texts = applicantTexts[props.lang];
  if (props.data.evaluations.length === 0) return null;
  return (
    <section aria-labelledby="evaluations">
      <h2 id="evaluations">{texts.evaluations}</h2>
      {props.data.evaluations.map((e) => (
        <div class="card" key={e.juror}>
          <h3>{texts.juror(e.juror)}</h3>
          <dl>
            {Object.entries(e.scores).map(([criterion, score]) => (
              <Fragment key={criterion}>
                <dt>{props.criteria[criterion] ?? criterion}</dt>
                <dd>{score}</dd>
              </Fragment>
            ))}
            {e.recordingQuality !== null && (
              <>
                <dt>{texts.recordingQuality}</dt>
                <dd>{e.recordingQuality}</dd>
              </>
            )}
            {e.total !== null && (
              <>
                <dt>{texts.total}</dt>
                <dd>{e.total}</dd>
              </>
            )}
          </dl>
          {e.comment && <p class="note">{e.comment}</p>}
        </div>
      ))}
    </section>
  );
}

export function ApplicationBody(props: {
  application: ApplicantApplication;
  values: FormValues;
  errors: FieldErrors;
  /** What the last action did: shown as a status line. */
  notice: 'saved' | 'submitted' | null;
  /** Once the results are sent: the jury's evaluations and the rubric's labels. */
  evaluations: { data: ApplicantData; criteria: Record<string, string> } | null;
  lang: PublicLanguage;
}) {
  const { application, errors, lang } = props;
  const texts = applicantTexts[lang];
  const editable = application.status === 'draft' && application.call.open;
  const refused = Object.keys(errors);
  const labels: Record<string, string> = {
    name: texts.name,
    locale: texts.language,
    part: texts.part,
    commune: placeTexts[lang].commune,
    ...Object.fromEntries(
      application.call.fields.map((f) => [fieldIds.answer(f.key), textIn(f.label, lang)]),
    ),
    ...Object.fromEntries(
      application.recordings.map((r) => [fieldIds.recording(r.key), textIn(r.label, lang)]),
    ),
  };
  const zone = application.call.timeZone;
  return (
    <>
      <p>
        <a href={APPLICANT_PAGE}>← {texts.back}</a>
      </p>
      <p>
        <span class="badge">{texts.status[application.status]}</span>
      </p>
      <h1>{textIn(application.call.title, lang)}</h1>
      <p>
        <strong>{texts.code(application.code)}</strong> ·{' '}
        {texts.closes(when(new Date(application.call.closesAt), zone, lang))}
      </p>
      {props.notice && (
        <p role="status" class="note">
          {props.notice === 'saved' ? texts.saved : texts.submitted}
        </p>
      )}
      {application.submittedAt && (
        <p>{texts.submittedOn(when(new Date(application.submittedAt), zone, lang))}</p>
      )}
      {application.decision && <p class="note">{texts.decision[application.decision]}</p>}
      {application.status === 'draft' && !application.call.open && (
        <p class="note">{texts.closedText}</p>
      )}
      {refused.length > 0 && (
        <div role="alert">
          <p class="error">{texts.errorSummary}</p>
          <ul>
            {refused.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>
                  {labels[id]} – {errors[id]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="muted">{texts.blind}</p>
      <Answers {...props} editable={editable} />
      {application.recordingDay && <RecordingDayNote day={application.recordingDay} lang={lang} />}
      <Recordings application={application} errors={errors} lang={lang} editable={editable} />
      {editable && (
        <button type="submit" form="application" formaction={applicantPaths.submit(application.id)}>
          {texts.submit}
        </button>
      )}
      {props.evaluations && <Evaluations {...props.evaluations} lang={lang} />}
    </>
  );
}
