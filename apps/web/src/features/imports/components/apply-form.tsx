// Step 2: import every line at once (duplicates skipped or kept), or discard the preview.
import { ImportApplyBodySchema, type ImportBatch } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useApplyImport, useDiscardImport } from '../api/imports';
import { ErrorDetails } from './error-details';

export function ApplyForm({ orgId, batch }: { orgId: string; batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const apply = useApplyImport(orgId, batch.id);
  const discard = useDiscardImport(orgId, batch.id);
  const form = useSchemaForm({
    schema: ImportApplyBodySchema,
    read: (element) => ({ duplicates: new FormData(element).get('duplicates') ?? 'skip' }),
    onSubmit: (body) => apply.mutateAsync(body),
  });
  const { counts } = batch;
  // The button says what will be written: duplicates count only when they are kept.
  const [duplicates, setDuplicates] = useState<'skip' | 'keep'>('skip');
  const count = counts.valid + (duplicates === 'keep' ? counts.duplicates : 0);

  return (
    <Form formProps={form.formProps} error={form.formError} label={t('apply', { count })}>
      {form.formError ? <ErrorDetails error={apply.error} entity={batch.entity} /> : null}
      {!batch.canApply && counts.withErrors > 0 ? <Alert tone="info">{t('fixFirst')}</Alert> : null}
      {!batch.canApply && counts.withErrors === 0 && counts.pending > 0 ? (
        <Alert tone="info">{t('chooseFirst')}</Alert>
      ) : null}
      {batch.canApply && counts.duplicates > 0 ? (
        <fieldset className="import-choice">
          <legend>{t('duplicates')}</legend>
          <label>
            <input
              type="radio"
              name="duplicates"
              value="skip"
              checked={duplicates === 'skip'}
              onChange={() => setDuplicates('skip')}
            />{' '}
            {t('skip')}
          </label>
          <label>
            <input
              type="radio"
              name="duplicates"
              value="keep"
              checked={duplicates === 'keep'}
              onChange={() => setDuplicates('keep')}
            />{' '}
            {t('keep')}
          </label>
        </fieldset>
      ) : null}
      <div className="form__actions">
        {batch.canApply ? (
          <Button type="submit" icon="check" pending={form.pending} disabled={count === 0}>
            {t('apply', { count })}
          </Button>
        ) : null}
        <Button variant="ghost" pending={discard.isPending} onClick={() => discard.mutate()}>
          {t('discard')}
        </Button>
      </div>
    </Form>
  );
}
