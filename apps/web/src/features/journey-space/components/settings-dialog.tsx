// The space's settings: the word to the group at its top, the journey in easy-to-read words
// (FALC, with the sentences too long for it pointed out while writing), and its public address.
import { type JourneySpace, SpaceSettingsBodySchema } from '@tutti/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Form, TextField } from '@/components/ui';
import { FieldError } from '@/components/ui/field-error';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useUpdateSpaceSettings } from '../api/space';
import { EASY_READ_MAX_WORDS, longSentences } from '../easy-read';

export function SettingsDialog(props: {
  orgId: string;
  space: JourneySpace;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('journeySpace');
  const id = useId();
  const [easyRead, setEasyRead] = useState(props.space.easyRead ?? '');
  const tooLong = longSentences(easyRead);
  const save = useUpdateSpaceSettings(props.orgId, props.space.journey.id);
  const form = useSchemaForm({
    schema: SpaceSettingsBodySchema,
    read: (element) => {
      const v = readForm(element);
      return {
        welcome: v.optionalText('welcome'),
        easyRead: v.optionalText('easyRead'),
        publicSlug: v.optionalText('publicSlug'),
      };
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
        <div className="field">
          <label className="field__label" htmlFor={`${id}-easy`}>
            {t('easyRead')}
          </label>
          <p className="field__hint" id={`${id}-easy-hint`}>
            {t('easyReadHint', { max: EASY_READ_MAX_WORDS })}
          </p>
          <textarea
            id={`${id}-easy`}
            name="easyRead"
            className="field__control"
            rows={6}
            maxLength={3000}
            value={easyRead}
            onChange={(event) => setEasyRead(event.target.value)}
            aria-invalid={form.fieldError('easyRead') ? true : undefined}
            aria-describedby={`${id}-easy-hint ${id}-easy-check ${id}-easy-error`}
          />
          <p className="field__hint" id={`${id}-easy-check`} aria-live="polite">
            {tooLong.length > 0
              ? t('easyReadTooLong', { count: tooLong.length, max: EASY_READ_MAX_WORDS })
              : null}
          </p>
          <FieldError id={`${id}-easy-error`} message={form.fieldError('easyRead')} />
        </div>
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
