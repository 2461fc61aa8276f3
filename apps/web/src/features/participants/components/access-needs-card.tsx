// Access needs (special-category data), shown and edited only for admins and coordinators.
import { type AccessNeeds, AccessNeedsUpdateBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Form } from '@/components/ui';
import { FieldError } from '@/components/ui/field-error';
import { useSchemaForm } from '@/lib/form';
import { useDateFormat } from '@/lib/format';
import { useUpdateAccessNeeds } from '../api/access-needs';

export function AccessNeedsCard({
  orgId,
  participantId,
  accessNeeds,
  editable,
}: {
  orgId: string;
  participantId: string;
  accessNeeds: AccessNeeds | null;
  editable: boolean;
}) {
  const { t } = useTranslation('participants');
  const format = useDateFormat();
  const update = useUpdateAccessNeeds(orgId, participantId);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: AccessNeedsUpdateBodySchema,
    read: (element) => {
      const text = String(new FormData(element).get('needs') ?? '').trim();
      return { needs: text || null };
    },
    onSubmit: async (values) => {
      setSaved(false);
      await update.mutateAsync(values);
      setSaved(true);
    },
  });
  const error = form.fieldError('needs');

  return (
    <Card title={t('accessNeeds.title')}>
      <p className="muted">{t('accessNeeds.intro')}</p>
      {saved ? <Alert tone="success">{t('accessNeeds.saved')}</Alert> : null}
      {editable ? (
        <Form formProps={form.formProps} error={form.formError}>
          <div className="field">
            <label className="field__label" htmlFor="access-needs">
              {t('accessNeeds.label')}
            </label>
            {accessNeeds ? (
              <p className="field__hint" id="access-needs-hint">
                {t('accessNeeds.updated', { date: format.dateTime(accessNeeds.updatedAt) })}
              </p>
            ) : null}
            <textarea
              id="access-needs"
              name="needs"
              className="field__control"
              rows={3}
              maxLength={2000}
              defaultValue={accessNeeds?.needs ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={accessNeeds ? 'access-needs-hint' : undefined}
            />
            <FieldError id="access-needs-error" message={error} />
          </div>
          <div className="form__actions">
            <Button type="submit" size="small" pending={form.pending}>
              {t('accessNeeds.save')}
            </Button>
          </div>
        </Form>
      ) : (
        <p className="preserve-lines">{accessNeeds?.needs ?? t('accessNeeds.none')}</p>
      )}
    </Card>
  );
}
