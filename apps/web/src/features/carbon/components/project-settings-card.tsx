// A project's carbon assumptions: the audience's mode split, how groups come, the equipment van.
import {
  type CarbonMode,
  GroupModeSchema,
  type ProjectCarbonSettings,
  ProjectCarbonSettingsUpdateBodySchema,
  sessionKinds,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  CheckboxGroup,
  Form,
  QueryStatus,
  SelectField,
  TextField,
} from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useProjectCarbonSettings, useSaveProjectCarbonSettings } from '../api/settings';
import { useModelText } from '../lib/carbon-format';

/** Ways an audience reaches a venue; vans and planes are not among them. */
const AUDIENCE_MODES: readonly CarbonMode[] = [
  'car-combustion',
  'car-electric',
  'walking',
  'bike',
  'e-bike',
  'bus-combustion',
  'bus-electric',
  'coach',
  'tram',
  'metro',
  'train-regional',
];

export function ProjectSettingsCard(props: { orgId: string; projectId: string; canEdit: boolean }) {
  const { t } = useTranslation(['carbon', 'vocabulary']);
  const settings = useProjectCarbonSettings(props.orgId, props.projectId);
  return (
    <Card title={t('settings.title')}>
      <p>{t('settings.intro')}</p>
      <QueryStatus query={settings} />
      {settings.data ? <SettingsForm {...props} settings={settings.data} /> : null}
    </Card>
  );
}

function SettingsForm({
  orgId,
  projectId,
  canEdit,
  settings,
}: {
  orgId: string;
  projectId: string;
  canEdit: boolean;
  settings: ProjectCarbonSettings;
}) {
  const { t } = useTranslation(['carbon', 'vocabulary']);
  const model = useModelText();
  const save = useSaveProjectCarbonSettings(orgId, projectId);
  const [ownSplit, setOwnSplit] = useState(settings.audienceModeSplit !== null);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: ProjectCarbonSettingsUpdateBodySchema,
    read: (element) => {
      const values = readForm(element);
      const sharesPct = Object.fromEntries(
        AUDIENCE_MODES.map((mode) => [mode, values.number(`share.${mode}`) ?? 0]).filter(
          ([, share]) => share !== 0,
        ),
      );
      return {
        audienceModeSplit:
          values.text('split') === 'own'
            ? { sharesPct, carOccupancy: values.number('carOccupancy') ?? undefined }
            : null,
        groupMode: values.text('groupMode'),
        vanKmPerSession: values.number('vanKmPerSession'),
        vanSessionKinds: values.all('vanSessionKinds'),
      };
    },
    onSubmit: async (body) => {
      setSaved(false);
      await save.mutateAsync(body);
      setSaved(true);
    },
  });
  const split = settings.audienceModeSplit;
  if (!canEdit) return <p className="muted">{t('settings.readOnly')}</p>;
  return (
    <Form formProps={form.formProps} error={form.formError} label={t('settings.title')}>
      {saved ? <Alert tone="success">{t('settings.saved')}</Alert> : null}
      <fieldset className="checkbox-group">
        <legend>{t('settings.split')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="split"
            value="default"
            checked={!ownSplit}
            onChange={() => setOwnSplit(false)}
          />
          {t('settings.useDefault')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="split"
            value="own"
            checked={ownSplit}
            onChange={() => setOwnSplit(true)}
          />
          {t('settings.useOwn')}
        </label>
      </fieldset>
      {ownSplit ? (
        <>
          <fieldset className="carbon-split">
            <legend className="visually-hidden">{t('settings.split')}</legend>
            {AUDIENCE_MODES.map((mode) => (
              <TextField
                key={mode}
                label={model.label(`mode.${mode}`)}
                name={`share.${mode}`}
                inputMode="decimal"
                defaultValue={String(split?.sharesPct[mode] ?? '')}
                error={form.fieldErrorAt(`audienceModeSplit.sharesPct.${mode}`)}
              />
            ))}
          </fieldset>
          {form.fieldErrorAt('audienceModeSplit.sharesPct') ? (
            <Alert tone="error">{form.fieldErrorAt('audienceModeSplit.sharesPct')}</Alert>
          ) : null}
          <TextField
            label={t('settings.carOccupancy')}
            name="carOccupancy"
            inputMode="decimal"
            defaultValue={String(split?.carOccupancy ?? 2)}
            error={form.fieldErrorAt('audienceModeSplit.carOccupancy')}
          />
        </>
      ) : null}
      <SelectField
        label={t('settings.groupMode')}
        name="groupMode"
        defaultValue={settings.groupMode}
        options={GroupModeSchema.options.map((mode) => ({
          value: mode,
          label: model.label(`mode.${mode}`),
        }))}
      />
      <TextField
        label={t('settings.vanKm')}
        hint={t('settings.vanKmHint')}
        name="vanKmPerSession"
        inputMode="decimal"
        defaultValue={settings.vanKmPerSession === null ? '' : String(settings.vanKmPerSession)}
        error={form.fieldError('vanKmPerSession')}
      />
      <CheckboxGroup
        legend={t('settings.vanKinds')}
        options={sessionKinds.map((kind) => ({
          name: 'vanSessionKinds',
          value: kind,
          label: t(`vocabulary:sessionKind.${kind}`),
          checked: settings.vanSessionKinds.includes(kind),
        }))}
      />
      <div>
        <Button type="submit" pending={form.pending}>
          {t('settings.save')}
        </Button>
      </div>
    </Form>
  );
}
