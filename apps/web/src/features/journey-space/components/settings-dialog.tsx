// The space's settings: the word to the group at its top, and its public address.
import { type JourneySpace, SpaceSettingsBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Form, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useUpdateSpaceSettings } from '../api/space';

export function SettingsDialog(props: {
  orgId: string;
  space: JourneySpace;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('journeySpace');
  const save = useUpdateSpaceSettings(props.orgId, props.space.journey.id);
  const form = useSchemaForm({
    schema: SpaceSettingsBodySchema,
    read: (element) => {
      const v = readForm(element);
      return { welcome: v.optionalText('welcome'), publicSlug: v.optionalText('publicSlug') };
    },
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      props.onClose();
    },
  });
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('settingsTitle')}>
      <Form formProps={form.formProps} error={form.formError}>
        <TextField
          name="welcome"
          label={t('welcome')}
          hint={t('welcomeHint')}
          maxLength={2000}
          defaultValue={props.space.welcome ?? ''}
          error={form.fieldError('welcome')}
        />
        <TextField
          name="publicSlug"
          label={t('publicSlug')}
          hint={t('publicSlugHint')}
          maxLength={60}
          defaultValue={props.space.publicSlug ?? ''}
          error={form.fieldError('publicSlug')}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('save')}
          </Button>
          <Button variant="secondary" onClick={props.onClose}>
            {t('cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
