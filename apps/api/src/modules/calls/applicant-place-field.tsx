// The applicant's place to record, inside the application's form: their commune and "I have no
// place to record" (a plain checkbox; the hidden field says the form carried the fieldset, so that
// an unticked box is read as "no").

import type { ApplicantApplication } from '@tutti/contracts';
import type { ComponentChildren } from 'preact';
import type { PublicLanguage } from '../../platform/public-pages';
import type { FieldErrors, FormValues } from './applicant-form';
import { placeTexts } from './i18n/applicant-place';

export const PLACE_MARKER = 'recordingPlace';

export function RecordingPlace(props: {
  application: ApplicantApplication;
  values: FormValues;
  errors: FieldErrors;
  lang: PublicLanguage;
  editable: boolean;
  /** The page's labelled field with its error message. */
  field: (
    id: string,
    label: string,
    input: (a: Record<string, string | undefined>) => ComponentChildren,
  ) => ComponentChildren;
}) {
  const { application, values, errors, lang, editable } = props;
  const texts = placeTexts[lang];
  return (
    <fieldset>
      <legend>{texts.title}</legend>
      <p class="muted">{texts.hint}</p>
      <input type="hidden" name={PLACE_MARKER} value="1" />
      {props.field('commune', texts.commune, (a) => (
        <input
          {...a}
          name="commune"
          value={values.commune}
          autocomplete="address-level2"
          maxLength={120}
          disabled={!editable}
        />
      ))}
      {application.commune && !errors.commune && (
        <p class="muted">{texts.understood(application.commune.name)}</p>
      )}
      {/* The public stylesheet's .choice keeps the box beside its label. */}
      <div class="choice">
        <div>
          <input
            type="checkbox"
            id="needs-recording-day"
            name="needsRecordingDay"
            value="yes"
            checked={values.needsRecordingDay}
            disabled={!editable}
          />
          <label for="needs-recording-day">{texts.needsRecordingDay}</label>
        </div>
      </div>
      {application.needsRecordingDay && !application.recordingDay && (
        <p class="note">{texts.asked}</p>
      )}
    </fieldset>
  );
}
