// Step 1: the file, and for participants the group they go into; answers the preview.
import {
  type ImportBatch,
  type ImportEntity,
  ImportUploadQuerySchema,
  MAX_IMPORT_BYTES,
} from '@tutti/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, FileField, Form, SelectField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useGroupOptions } from '@/lib/lookups';
import { useUploadImport } from '../api/imports';
import { ErrorDetails } from './error-details';

const accept =
  '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Props = { orgId: string; entity: ImportEntity; onPreview: (batch: ImportBatch) => void };

export function UploadForm({ orgId, entity, onPreview }: Props) {
  const { t } = useTranslation(['imports', 'common']);
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useUploadImport(orgId, entity);
  const groups = useGroupOptions(orgId);
  const form = useSchemaForm({
    schema: ImportUploadQuerySchema,
    read: (element) => {
      const groupId = new FormData(element).get('groupId');
      const file = fileRef.current?.files?.[0];
      return { ...(groupId ? { groupId } : {}), ...(file ? { fileName: file.name } : {}) };
    },
    onSubmit: async ({ groupId }) => {
      const file = fileRef.current?.files?.[0];
      // Checked here too, so that a phone on a slow network does not send 30 MB for nothing.
      const problem = !file
        ? t('fileRequired')
        : file.size > MAX_IMPORT_BYTES
          ? t('common:errors.FILE.TOO_LARGE')
          : null;
      setFileProblem(problem);
      if (!file || problem) return;
      onPreview(await upload.mutateAsync({ file, groupId }));
    },
  });

  return (
    <Card title={t('fileTitle')}>
      <p>
        <strong>{t('columnsTitle')} : </strong>
        {t(`columnsHint.${entity}`)}
      </p>
      {entity === 'participants' ? <p className="muted">{t('consentNote')}</p> : null}
      <Form formProps={form.formProps} error={form.formError}>
        {form.formError ? <ErrorDetails error={upload.error} entity={entity} /> : null}
        {entity === 'participants' ? (
          <SelectField
            name="groupId"
            label={t('group')}
            options={[
              { value: '', label: t('groupFromFile') },
              ...(groups.data ?? [])
                .filter((group) => group.listedIndividually)
                .map((group) => ({ value: group.id, label: group.name })),
            ]}
            error={form.fieldError('groupId')}
          />
        ) : null}
        <FileField
          ref={fileRef}
          name="file"
          label={t('file')}
          hint={t('fileHint')}
          accept={accept}
          className="import-file"
          error={fileProblem}
          onChange={() => setFileProblem(null)}
        />
        <div className="form__actions">
          <Button type="submit" icon="upload" pending={form.pending}>
            {t('preview')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
