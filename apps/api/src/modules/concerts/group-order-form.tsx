// The form a class or a nursery fills to book a concert as a group (its own page, linked from the
// concert's page), and its fields read into a group order with each problem by groupField.
import {
  establishmentKinds,
  GroupOrderInputSchema,
  MAX_GROUP_ADULTS,
  MAX_GROUP_CHILDREN,
} from '@tutti/contracts';
import type { FormBody, PublicLanguage } from '../../platform/public-pages';
import { type BookingFormState, described, Problem } from './form-fields';
import { groupOrderTexts } from './i18n';

/** The form's field names (prefixed: the concert's page holds other forms). */
export const groupField = {
  kind: 'g-kind',
  establishment: 'g-establishment',
  group: 'g-group',
  children: 'g-children',
  adults: 'g-adults',
  contactName: 'g-contact',
  contactEmail: 'g-email',
  contactPhone: 'g-phone',
  headEmail: 'g-head',
  access: 'g-access',
} as const;

function TextField(props: {
  name: string;
  label: string;
  state: BookingFormState;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  number?: { min: number; max: number };
}) {
  const { name, state } = props;
  return (
    <>
      <label for={name}>{props.label}</label>
      {props.hint && (
        <p class="muted" id={`${name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.number ? (
        <input
          {...described(name, state, props.hint ? `${name}-hint` : undefined)}
          type="number"
          class="qty"
          inputmode="numeric"
          min={String(props.number.min)}
          max={String(props.number.max)}
          value={state.values[name] ?? ''}
        />
      ) : (
        <input
          {...described(name, state, props.hint ? `${name}-hint` : undefined)}
          type={(props.type ?? 'text') as 'text'}
          autocomplete={props.autocomplete}
          value={state.values[name] ?? ''}
        />
      )}
      <Problem id={name} text={state.problems[name]} />
    </>
  );
}

export function GroupOrderForm(props: {
  action: string;
  lang: PublicLanguage;
  state?: BookingFormState;
}) {
  const texts = groupOrderTexts[props.lang];
  const state = props.state ?? { values: {}, problems: {} };
  const problems = Object.entries(state.problems);
  const kind = state.values[groupField.kind];
  return (
    <form method="post" action={`${props.action}?lang=${props.lang}`} novalidate>
      {problems.length > 0 && (
        <div class="note" role="alert">
          <h3>{texts.errorsTitle}</h3>
          <ul>
            {problems.map(([name, text]) => (
              <li key={name}>
                <a href={`#${name}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset
        class="choice"
        aria-describedby={
          state.problems[groupField.kind] ? `${groupField.kind}-problem` : undefined
        }
      >
        <legend id={groupField.kind}>{texts.kindLegend}</legend>
        {establishmentKinds.map((value) => (
          <div key={value}>
            <input
              type="radio"
              id={`${groupField.kind}-${value}`}
              name={groupField.kind}
              value={value}
              checked={kind === value}
            />
            <label for={`${groupField.kind}-${value}`}>{texts.kind[value]}</label>
          </div>
        ))}
        <Problem id={groupField.kind} text={state.problems[groupField.kind]} />
      </fieldset>
      <TextField name={groupField.establishment} label={texts.establishmentLabel} state={state} />
      <TextField
        name={groupField.group}
        label={texts.groupLabel}
        hint={texts.groupHint}
        state={state}
      />
      <TextField
        name={groupField.children}
        label={texts.childrenLabel}
        state={state}
        number={{ min: 1, max: MAX_GROUP_CHILDREN }}
      />
      <TextField
        name={groupField.adults}
        label={texts.adultsLabel}
        state={state}
        number={{ min: 1, max: MAX_GROUP_ADULTS }}
      />
      <TextField
        name={groupField.contactName}
        label={texts.contactNameLabel}
        state={state}
        autocomplete="name"
      />
      <TextField
        name={groupField.contactEmail}
        label={texts.contactEmailLabel}
        state={state}
        type="email"
        autocomplete="email"
      />
      <TextField
        name={groupField.contactPhone}
        label={texts.contactPhoneLabel}
        state={state}
        type="tel"
        autocomplete="tel"
      />
      <TextField
        name={groupField.headEmail}
        label={texts.headEmailLabel}
        hint={texts.headHint}
        state={state}
        type="email"
      />
      <label for={groupField.access}>{texts.accessLabel}</label>
      <p class="muted" id={`${groupField.access}-hint`}>
        {texts.accessHint}
      </p>
      <textarea
        {...described(groupField.access, state, `${groupField.access}-hint`)}
        rows={3}
        maxLength={500}
      >
        {state.values[groupField.access] ?? ''}
      </textarea>
      <Problem id={groupField.access} text={state.problems[groupField.access]} />
      <button type="submit">{texts.submit}</button>
    </form>
  );
}

/** The form's fields read into a group order, and each problem by groupField. */
export function readGroupForm(form: FormBody, lang: PublicLanguage) {
  const texts = groupOrderTexts[lang].problem;
  const text = (name: string) => form[name]?.trim() || undefined;
  const count = (name: string) => (text(name) === undefined ? Number.NaN : Number(text(name)));
  const parsed = GroupOrderInputSchema.safeParse({
    establishmentKind: form[groupField.kind] ?? '',
    establishmentName: form[groupField.establishment] ?? '',
    groupName: text(groupField.group),
    children: count(groupField.children),
    adults: count(groupField.adults),
    contactName: form[groupField.contactName] ?? '',
    contactEmail: text(groupField.contactEmail) ?? '',
    contactPhone: text(groupField.contactPhone),
    headEmail: text(groupField.headEmail) ?? '',
    accessNeeds: text(groupField.access),
  });
  const byPath: Record<string, [string, string]> = {
    establishmentKind: [groupField.kind, texts.kind],
    establishmentName: [groupField.establishment, texts.establishment],
    groupName: [groupField.group, texts.group],
    children: [groupField.children, texts.children(MAX_GROUP_CHILDREN)],
    adults: [groupField.adults, texts.adults(MAX_GROUP_ADULTS)],
    contactName: [groupField.contactName, texts.contactName],
    contactEmail: [groupField.contactEmail, texts.email],
    contactPhone: [groupField.contactPhone, texts.phone],
    headEmail: [groupField.headEmail, texts.email],
    accessNeeds: [groupField.access, texts.access],
  };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const [name, message] = byPath[String(issue.path[0])] ?? [
      groupField.children,
      texts.children(0),
    ];
    problems[name] ??= message;
  }
  return { input: parsed.data, state: { values: form, problems } };
}
