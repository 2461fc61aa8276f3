// The proposal form of an ensemble (a classic form, no script): its fields, its boxes (one name each:
// the form parser keeps one value per name), and the problems named next to each field.
import {
  ageBands,
  ensembleKinds,
  ensembleParts,
  musicGenres,
  rehearsalFrequencies,
  weekdayCodes,
} from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { FormBody, PublicLanguage } from '../../platform/public-pages';
import { type FormState, fieldProps, Problem } from './finder-view';
import { directoryTexts } from './i18n';

/** Each box has a name of its own (`genres.jazz`): the form parser keeps one value per name. */
export const boxName = (group: string, value: string) => `${group}.${value}`;
export const ticked = (form: FormBody, group: string, values: readonly string[]) =>
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

export function ProposalForm(props: {
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
