// Edits a journey template: its name and its ordered steps (kind, title, duration, spacing).
import {
  type JourneyTemplate,
  type JourneyTemplateCreateBody,
  JourneyTemplateCreateBodySchema,
  sessionKinds,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, RowsFieldset, SelectField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';

type Step =
  | JourneyTemplate['steps'][number]
  | { kind: string; title: null; durationMin: number; spacingDays: number };

function readTemplate(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    name: v.text('name'),
    description: v.optionalText('description'),
    steps: v.rows('steps').map((row, index) => ({
      kind: row.kind,
      title: row.title || null,
      durationMin: Number(row.durationMin),
      spacingDays: index === 0 ? 0 : Number(row.spacingDays),
    })),
  };
}

type Props = {
  template?: JourneyTemplate;
  submitLabel: string;
  onSubmit: (body: JourneyTemplateCreateBody) => Promise<unknown>;
};

export function TemplateForm({ template, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation(['journeys', 'calendar', 'vocabulary']);
  const form = useSchemaForm({
    schema: JourneyTemplateCreateBodySchema,
    read: readTemplate,
    onSubmit,
  });
  const at = form.fieldErrorAt;
  return (
    <div className="wide-form">
      <Form formProps={form.formProps} error={form.formError}>
        <TextField
          name="name"
          label={t('template.name')}
          required
          maxLength={200}
          defaultValue={template?.name ?? ''}
          error={form.fieldError('name')}
        />
        <TextField
          name="description"
          label={t('template.description')}
          maxLength={5000}
          defaultValue={template?.description ?? ''}
        />
        {form.fieldError('steps') ? (
          <p className="field__error">{form.fieldError('steps')}</p>
        ) : null}
        <RowsFieldset<Step>
          name="steps"
          legend={t('template.steps')}
          addLabel={t('template.addStep')}
          initial={template?.steps ?? []}
          blank={() => ({ kind: 'workshop_singing', title: null, durationMin: 90, spacingDays: 7 })}
          rowClassName="rows-editor__row--step"
          renderRow={({ at: prefix, value, index }) => (
            <>
              <SelectField
                name={`${prefix}.kind`}
                label={t('template.kind')}
                defaultValue={value.kind}
                options={sessionKinds.map((k) => ({
                  value: k,
                  label: t(`vocabulary:sessionKind.${k}`),
                }))}
              />
              <TextField
                name={`${prefix}.title`}
                label={t('template.stepTitle')}
                maxLength={200}
                defaultValue={value.title ?? ''}
              />
              <TextField
                name={`${prefix}.durationMin`}
                label={t('template.durationMin')}
                inputMode="numeric"
                defaultValue={value.durationMin}
                error={at(`${prefix}.durationMin`)}
              />
              {index === 0 ? (
                <p className="muted rows-editor__note">{t('template.firstStep')}</p>
              ) : (
                <TextField
                  name={`${prefix}.spacingDays`}
                  label={t('template.spacingDays')}
                  inputMode="numeric"
                  defaultValue={value.spacingDays}
                  error={at(`${prefix}.spacingDays`)}
                />
              )}
            </>
          )}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {submitLabel}
          </Button>
        </div>
      </Form>
    </div>
  );
}
