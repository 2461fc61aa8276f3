// The call's form and criteria, edited by its coordinators before it opens: the fields
// applicants fill (type, required, shown to jurors or hidden in blind phases), the recordings
// asked with their maximum length, and the criteria with their weights (or apart from the
// total). Once a published call has opened, the same page reads them and says why they stay.
import { Link, useParams } from '@tanstack/react-router';
import {
  type Call,
  CallBodySchema,
  type CallCriterion,
  type CallField,
  type CallRecordingSpec,
  callFieldTypes,
  callFieldVisibilities,
} from '@tutti/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Form,
  PageHeader,
  QueryStatus,
  RowsFieldset,
  SelectField,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { useCall, useCallAction } from '../api/calls';
import { readCallForm } from './call-form-read';
import './calls.css';

const FormSchema = CallBodySchema.pick({ fields: true, recordings: true, criteria: true });
type ErrorAt = (path: string) => string | undefined;
type Label = { fr: string; en?: string | undefined; de?: string | undefined };

/** The row's key (kept), and its label in the three languages. */
function KeyAndLabel({
  at,
  value,
  errorAt,
}: {
  at: string;
  value: { key: string; label: Label } | null;
  errorAt: ErrorAt;
}) {
  const { t } = useTranslation('calls');
  return (
    <>
      {value ? <input type="hidden" name={`${at}.key`} value={value.key} /> : null}
      <div className="calls-editor__labels">
        <TextField
          name={`${at}.labelFr`}
          label={t('editor.labelFr')}
          required
          maxLength={200}
          defaultValue={value?.label.fr ?? ''}
          error={errorAt(`${at}.label.fr`) ?? errorAt(`${at}.key`)}
        />
        <TextField
          name={`${at}.labelEn`}
          label={t('editor.labelEn')}
          maxLength={200}
          defaultValue={value?.label.en ?? ''}
        />
        <TextField
          name={`${at}.labelDe`}
          label={t('editor.labelDe')}
          maxLength={200}
          defaultValue={value?.label.de ?? ''}
        />
      </div>
    </>
  );
}

function Check({
  name,
  checked,
  children,
}: {
  name: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label className="calls-check">
      <input type="checkbox" name={name} defaultChecked={checked} />
      {children}
    </label>
  );
}

function CallFormEditor({
  orgId,
  call,
  readOnly,
}: {
  orgId: string;
  call: Call;
  readOnly: boolean;
}) {
  const { t } = useTranslation('calls');
  const actions = useCallAction(orgId, call.id);
  const form = useSchemaForm({
    schema: FormSchema,
    read: readCallForm,
    onSubmit: (body) => actions.update.mutateAsync(body),
  });
  const at = form.fieldErrorAt;
  return (
    <div className="calls-editor-wrap">
      <Form formProps={form.formProps} error={form.formError} label={t('editor.title')}>
        {actions.update.isSuccess && !form.pending ? (
          <Alert tone="success">{t('editor.saved')}</Alert>
        ) : null}
        <fieldset className="calls-editor" disabled={readOnly}>
          <RowsFieldset<CallField | null>
            name="fields"
            legend={t('editor.fields')}
            addLabel={t('editor.addField')}
            initial={call.fields}
            blank={() => null}
            rowClassName="calls-editor__row"
            renderRow={({ at: prefix, value }) => (
              <div className="calls-editor__body">
                <KeyAndLabel at={prefix} value={value} errorAt={at} />
                <div className="calls-editor__settings">
                  <SelectField
                    name={`${prefix}.type`}
                    label={t('editor.type')}
                    defaultValue={value?.type ?? 'text'}
                    options={callFieldTypes.map((type) => ({
                      value: type,
                      label: t(`editor.types.${type}`),
                    }))}
                  />
                  <SelectField
                    name={`${prefix}.visibility`}
                    label={t('editor.visibility')}
                    defaultValue={value?.visibility ?? 'hidden'}
                    options={callFieldVisibilities.map((visibility) => ({
                      value: visibility,
                      label: t(`editor.visibilities.${visibility}`),
                    }))}
                  />
                  <TextAreaField
                    name={`${prefix}.options`}
                    label={t('editor.options')}
                    rows={2}
                    defaultValue={value?.options.join('\n') ?? ''}
                    error={at(`${prefix}.options`)}
                  />
                  <Check name={`${prefix}.required`} checked={value?.required ?? false}>
                    {t('editor.required')}
                  </Check>
                </div>
              </div>
            )}
          />
          <RowsFieldset<CallRecordingSpec | null>
            name="recordings"
            legend={t('editor.recordings')}
            addLabel={t('editor.addRecording')}
            initial={call.recordings}
            blank={() => null}
            rowClassName="calls-editor__row"
            renderRow={({ at: prefix, value }) => (
              <div className="calls-editor__body">
                <KeyAndLabel at={prefix} value={value} errorAt={at} />
                <div className="calls-editor__settings">
                  <TextField
                    name={`${prefix}.maxSeconds`}
                    label={t('editor.maxSeconds')}
                    hint={t('editor.maxSecondsHint')}
                    inputMode="numeric"
                    required
                    defaultValue={value?.maxSeconds ?? ''}
                    error={at(`${prefix}.maxSeconds`)}
                  />
                  <Check name={`${prefix}.required`} checked={value?.required ?? true}>
                    {t('editor.recordingRequired')}
                  </Check>
                </div>
              </div>
            )}
          />
          <RowsFieldset<CallCriterion | null>
            name="criteria"
            legend={t('editor.criteria')}
            addLabel={t('editor.addCriterion')}
            initial={call.criteria}
            blank={() => null}
            rowClassName="calls-editor__row"
            renderRow={({ at: prefix, value }) => (
              <div className="calls-editor__body">
                <KeyAndLabel at={prefix} value={value} errorAt={at} />
                <div className="calls-editor__settings">
                  <TextField
                    name={`${prefix}.weight`}
                    label={t('editor.weight')}
                    inputMode="numeric"
                    required
                    defaultValue={value?.weight ?? ''}
                    error={at(`${prefix}.weight`)}
                  />
                  <Check name={`${prefix}.independent`} checked={value?.independent ?? false}>
                    {t('editor.independent')}
                  </Check>
                </div>
              </div>
            )}
          />
          {at('criteria') ? <p className="field__error">{at('criteria')}</p> : null}
          {readOnly ? null : (
            <div>
              <Button type="submit" pending={form.pending}>
                {t('editor.save')}
              </Button>
            </div>
          )}
        </fieldset>
      </Form>
    </div>
  );
}

export function CallFormPage() {
  const { t } = useTranslation('calls');
  const { orgId } = useCurrentOrg();
  const { callId } = useParams({ strict: false }) as { callId: string };
  const call = useCall(orgId, callId);
  if (!call.data) return <QueryStatus query={call} />;
  const data = call.data;
  const weights = data.criteria.filter((c) => !c.independent).reduce((s, c) => s + c.weight, 0);
  return (
    <>
      <PageHeader
        title={t('editor.title')}
        description={data.title.fr}
        actions={<Link to={orgPath(orgId, `calls/${callId}`)}>{t('editor.back')}</Link>}
      />
      {data.formFrozen ? (
        <Alert tone="info" title={t('editor.frozenTitle')}>
          <p>{t('editor.frozen', { opensAt: data.opensAt.replace('T', ' ') })}</p>
        </Alert>
      ) : (
        <p className="field__hint">{t('editor.intro', { total: weights })}</p>
      )}
      <CallFormEditor
        key={data.formFrozen ? 'frozen' : 'draft'}
        orgId={orgId}
        call={data}
        readOnly={data.formFrozen}
      />
    </>
  );
}
