// The applicant's form on /p/_/candidature/<id>: what a plain form POST sends, read into the
// draft's update, and the refusals (the schema's, the service's) turned into a message next to
// each field, in the page's language.
import {
  type ApplicantApplication,
  type ApplicantUpdateBody,
  ApplicantUpdateBodySchema,
} from '@tutti/contracts';
import type { FormBody, PublicLanguage } from '../../platform/public-pages';
import { PLACE_MARKER } from './applicant-place-field';
import { applicantTexts } from './i18n/applicant';
import { placeTexts } from './i18n/applicant-place';
import { duration } from './public-pages';

/** What the applicant typed, shown again beside the errors. */
export type FormValues = {
  name: string;
  locale: string;
  part: string;
  answers: Record<string, string>;
  commune: string;
  needsRecordingDay: boolean;
};

/** A message per field id (see `fieldIds`). */
export type FieldErrors = Record<string, string>;

/** The ids of the page's fields: labels, error messages and the summary's links point to them. */
export const fieldIds = {
  answer: (key: string) => `answer-${key}`,
  recording: (key: string) => `recording-${key}`,
};

export const answerName = (key: string) => `answers.${key}`;

export function storedValues(application: ApplicantApplication): FormValues {
  return {
    name: application.name,
    locale: application.locale,
    part: application.part ?? '',
    answers: { ...application.answers },
    commune: application.commune?.name ?? '',
    needsRecordingDay: application.needsRecordingDay,
  };
}

/**
 * The form's fields as the draft's update: an empty name keeps the stored one (a draft may be
 * saved before it), an empty part or answer clears it; a field the form did not send is left.
 */
export function readApplicantForm(form: FormBody, application: ApplicantApplication) {
  const values = storedValues(application);
  const body: Record<string, unknown> = {};
  const answers: Record<string, string> = {};
  if (form.name !== undefined) {
    values.name = form.name;
    if (form.name.trim() !== '') body.name = form.name;
  }
  if (form.locale !== undefined) body.locale = values.locale = form.locale;
  if (form.part !== undefined) {
    values.part = form.part;
    body.part = form.part === '' ? null : form.part;
  }
  for (const field of application.call.fields) {
    const value = form[answerName(field.key)];
    if (value === undefined) continue;
    values.answers[field.key] = value;
    answers[field.key] = value;
  }
  body.answers = answers;
  // The commune shown back as understood is sent again unchanged: nothing to look up.
  if (form.commune !== undefined) {
    values.commune = form.commune;
    if (form.commune.trim() !== (application.commune?.name ?? '')) body.commune = form.commune;
  }
  if (form[PLACE_MARKER] !== undefined) {
    body.needsRecordingDay = values.needsRecordingDay = form.needsRecordingDay === 'yes';
  }
  const parsed = ApplicantUpdateBodySchema.safeParse(body);
  return parsed.success
    ? { values, body: parsed.data as ApplicantUpdateBody, refused: [] }
    : {
        values,
        body: null,
        refused: parsed.error.issues.map((issue) => ({ path: issue.path.join('.') })),
      };
}

/**
 * Each refused path (`name`, `body.part`, `commune`, `answers.<key>`, `recordings.<key>`) as a message
 * next to its field; the message says what is wrong with what the applicant gave.
 */
export function fieldErrors(
  refused: readonly { path: string }[],
  context: { application: ApplicantApplication; values: FormValues; lang: PublicLanguage },
): FieldErrors {
  const { application, values } = context;
  const texts = applicantTexts[context.lang].errors;
  const errors: FieldErrors = {};
  for (const { path } of refused) {
    const [head, key = ''] = path.replace(/^body\./, '').split('.');
    if (head === 'name') {
      errors.name = values.name.trim() === '' ? texts.required : texts.tooLong(160);
    } else if (head === 'commune') {
      const place = placeTexts[context.lang];
      errors.commune = values.commune.trim() === '' ? place.communeRequired : place.communeUnknown;
    } else if (head === 'locale') {
      errors.locale = texts.invalid.choice;
    } else if (head === 'part') {
      errors.part = values.part === '' ? texts.required : texts.invalid.choice;
    } else if (head === 'answers') {
      const field = application.call.fields.find((f) => f.key === key);
      const value = values.answers[key] ?? '';
      const type = field?.type ?? 'text';
      errors[fieldIds.answer(key)] =
        value.trim() === ''
          ? texts.required
          : value.length > 4000
            ? texts.tooLong(4000)
            : texts.invalid[type in texts.invalid ? (type as 'email') : 'text'];
    } else if (head === 'recordings') {
      const recording = application.recordings.find((r) => r.key === key);
      errors[fieldIds.recording(key)] =
        recording?.status === 'tooLong'
          ? texts.recordingTooLong(duration(recording.maxSeconds))
          : recording?.status === 'rejected'
            ? texts.wrongType
            : recording?.status === 'failed'
              ? texts.uploadFailed
              : recording?.status
                ? texts.recordingNotReady
                : texts.recordingRequired;
    }
  }
  return errors;
}
