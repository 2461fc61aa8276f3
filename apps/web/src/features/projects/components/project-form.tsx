// Creates or edits a project: name, dates, publics, territory, partners, funders and budget lines.
import {
  type Project,
  type ProjectCreateBody,
  ProjectCreateBodySchema,
  targetPublics,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxGroup, Form, RowsFieldset, SelectField, TextField } from '@/components/ui';
import { useLookup } from '@/features/calendar';
import { useCurrentOrg } from '@/features/organisations';
import { CommunePicker } from '@/features/territories';
import { useSchemaForm } from '@/lib/form';
import { centsFromEuros, eurosFromCents } from '@/lib/money';
import { readForm } from '@/lib/read-form';

type Props = {
  project?: Project;
  submitLabel: string;
  onSubmit: (body: ProjectCreateBody) => Promise<unknown>;
};

function readProject(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    name: v.text('name'),
    description: v.optionalText('description'),
    startsOn: v.optionalText('startsOn'),
    endsOn: v.optionalText('endsOn'),
    targetPublics: v.all('targetPublics'),
    communes: v.rows('communes').filter((row) => row.code),
    partners: v
      .rows('partners')
      .filter((row) => row.partnerId)
      .map((row) => ({ partnerId: row.partnerId, role: row.role || null })),
    funders: v.rows('funders').map((row) => ({
      name: row.name ?? '',
      amountCents: centsFromEuros(row.amount),
    })),
    budgetLines: v.rows('budgetLines').map((row) => ({
      kind: row.kind,
      label: row.label ?? '',
      category: row.category || null,
      amountCents: centsFromEuros(row.amount) ?? Number.NaN,
    })),
  };
}

export function ProjectForm({ project, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('projects');
  const { orgId, role } = useCurrentOrg();
  const partners = useLookup(orgId, 'partners', role);
  const form = useSchemaForm({ schema: ProjectCreateBodySchema, read: readProject, onSubmit });
  const at = form.fieldErrorAt;

  return (
    <div className="wide-form">
      <Form
        formProps={form.formProps}
        error={form.formError}
        label={project?.name ?? t('newTitle')}
      >
        <TextField
          name="name"
          label={t('form.name')}
          required
          maxLength={200}
          defaultValue={project?.name ?? ''}
          error={form.fieldError('name')}
        />
        <TextField
          name="description"
          label={t('form.description')}
          maxLength={5000}
          defaultValue={project?.description ?? ''}
          error={form.fieldError('description')}
        />
        <div className="coordinates__pair">
          <TextField
            name="startsOn"
            type="date"
            label={t('form.startsOn')}
            defaultValue={project?.startsOn ?? ''}
            error={form.fieldError('startsOn')}
          />
          <TextField
            name="endsOn"
            type="date"
            label={t('form.endsOn')}
            defaultValue={project?.endsOn ?? ''}
            error={form.fieldError('endsOn')}
          />
        </div>
        <CheckboxGroup
          legend={t('form.publics')}
          options={targetPublics.map((p) => ({
            name: 'targetPublics',
            value: p,
            label: t(`publics.${p}`),
            checked: project?.targetPublics.includes(p) ?? false,
          }))}
        />
        <RowsFieldset
          name="communes"
          legend={t('form.territory')}
          addLabel={t('form.addCommune')}
          initial={project?.communes ?? []}
          blank={() => ({ code: '', name: '' })}
          rowClassName="rows-editor__row--wide"
          renderRow={({ at: prefix, value, index }) => (
            <CommunePicker
              codeName={`${prefix}.code`}
              nameName={`${prefix}.name`}
              label={t('form.commune', { index: index + 1 })}
              initial={value.code ? value : null}
              error={at(`${prefix}.code`)}
            />
          )}
        />
        <RowsFieldset
          name="partners"
          legend={t('form.partners')}
          addLabel={t('form.addPartner')}
          initial={project?.partners ?? []}
          blank={() => ({ partnerId: '', role: null as string | null })}
          rowClassName="rows-editor__row--pair"
          renderRow={({ at: prefix, value }) => (
            <>
              <SelectField
                name={`${prefix}.partnerId`}
                label={t('form.partner')}
                defaultValue={value.partnerId}
                options={[
                  { value: '', label: '—' },
                  ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name })),
                ]}
                error={at(`${prefix}.partnerId`)}
              />
              <TextField
                name={`${prefix}.role`}
                label={t('form.role')}
                maxLength={200}
                defaultValue={value.role ?? ''}
              />
            </>
          )}
        />
        <RowsFieldset
          name="funders"
          legend={t('form.funders')}
          addLabel={t('form.addFunder')}
          initial={project?.funders ?? []}
          blank={() => ({ name: '', amountCents: null as number | null })}
          rowClassName="rows-editor__row--pair"
          renderRow={({ at: prefix, value }) => (
            <>
              <TextField
                name={`${prefix}.name`}
                label={t('form.funderName')}
                maxLength={200}
                defaultValue={value.name}
                error={at(`${prefix}.name`)}
              />
              <TextField
                name={`${prefix}.amount`}
                label={t('form.amountEuros')}
                inputMode="decimal"
                defaultValue={eurosFromCents(value.amountCents)}
                error={at(`${prefix}.amountCents`)}
              />
            </>
          )}
        />
        <RowsFieldset
          name="budgetLines"
          legend={t('form.budget')}
          addLabel={t('form.addLine')}
          initial={project?.budgetLines ?? []}
          blank={() => ({
            id: '',
            kind: 'expense' as 'expense' | 'income',
            label: '',
            category: null as string | null,
            amountCents: 0,
          })}
          rowClassName="rows-editor__row--budget"
          renderRow={({ at: prefix, value }) => (
            <>
              <SelectField
                name={`${prefix}.kind`}
                label={t('form.kind')}
                defaultValue={value.kind}
                options={(['expense', 'income'] as const).map((k) => ({
                  value: k,
                  label: t(`form.kinds.${k}`),
                }))}
              />
              <TextField
                name={`${prefix}.label`}
                label={t('form.label')}
                maxLength={200}
                defaultValue={value.label}
                error={at(`${prefix}.label`)}
              />
              <TextField
                name={`${prefix}.category`}
                label={t('form.category')}
                maxLength={120}
                defaultValue={value.category ?? ''}
              />
              <TextField
                name={`${prefix}.amount`}
                label={t('form.amountEuros')}
                inputMode="decimal"
                defaultValue={value.amountCents ? eurosFromCents(value.amountCents) : ''}
                error={at(`${prefix}.amountCents`)}
              />
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
