// Access needs (special-category data), shown and edited only for admins and coordinators.
import { type AccessNeeds, AccessNeedsUpdateBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Form, TextAreaField } from '@/components/ui';
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
          <TextAreaField
            id="access-needs"
            name="needs"
            label={t('accessNeeds.label')}
            hint={
              accessNeeds
                ? t('accessNeeds.updated', { date: format.dateTime(accessNeeds.updatedAt) })
                : undefined
            }
            rows={3}
            maxLength={2000}
            defaultValue={accessNeeds?.needs ?? ''}
            error={error}
          />
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
