// Step 1: one official file, its kind and the year of its data (both guessed from its name, both
// editable); sent with the share of bytes sent shown, then read by the server into a preview.
import {
  MAX_REFERENCE_IMPORT_BYTES,
  type ReferenceImportKind,
  type ReferenceImportRun,
  ReferenceImportUploadQuerySchema,
  referenceImportKinds,
} from '@tutti/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, FileField, Form, SelectField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useUploadReference } from '../api/reference-imports';
import { guessKind, guessYear } from '../lib/reference-guess';

const UploadSchema = ReferenceImportUploadQuerySchema.required();

type Props = { orgId: string; onPreview: (run: ReferenceImportRun) => void };

export function ReferenceUpload({ orgId, onPreview }: Props) {
  const { t, i18n } = useTranslation(['territories', 'common']);
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ReferenceImportKind | ''>('');
  const [year, setYear] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const upload = useUploadReference(orgId);
  const form = useSchemaForm({
    schema: UploadSchema,
    read: () => ({
      ...(kind ? { kind } : {}),
      ...(year ? { year } : {}),
      ...(fileRef.current?.files?.[0] ? { fileName: fileRef.current.files[0].name } : {}),
    }),
    onSubmit: async (values) => {
      const file = fileRef.current?.files?.[0];
      // Checked here too, so that a slow line does not send 150 MB for nothing.
      const problem = !file
        ? t('reference.upload.fileRequired')
        : file.size > MAX_REFERENCE_IMPORT_BYTES
          ? t('common:errors.TERRITORY.IMPORT_TOO_LARGE')
          : null;
      setFileProblem(problem);
      if (!file || problem) return;
      setSent(0);
      try {
        const run = await upload.mutateAsync({
          request: { file, kind: values.kind, year: values.year },
          onProgress: setSent,
        });
        onPreview(run);
      } finally {
        setSent(null);
      }
    },
  });

  function chooseFile() {
    setFileProblem(null);
    const name = fileRef.current?.files?.[0]?.name;
    if (!name) return;
    const guessedKind = guessKind(name);
    if (guessedKind) setKind(guessedKind);
    const guessedYear = guessYear(name);
    if (guessedYear) setYear(String(guessedYear));
  }

  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const fileError = fileProblem ?? form.fieldErrorAt('querystring.fileName');
  return (
    <Card title={t('reference.upload.title')}>
      <Form formProps={form.formProps} error={form.formError}>
        <FileField
          ref={fileRef}
          name="file"
          label={t('reference.upload.file')}
          hint={t('reference.upload.fileHint')}
          accept=".csv,.txt,text/csv"
          className="reference-file"
          error={fileError}
          onChange={chooseFile}
        />
        <SelectField
          name="kind"
          label={t('reference.upload.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as ReferenceImportKind | '')}
          hint={kind ? t(`reference.kindHints.${kind}`) : undefined}
          options={[
            { value: '', label: t('reference.upload.choose') },
            ...referenceImportKinds.map((k) => ({ value: k, label: t(`reference.kinds.${k}`) })),
          ]}
          error={form.fieldError('kind') ?? form.fieldErrorAt('querystring.kind')}
        />
        <TextField
          name="year"
          type="number"
          inputMode="numeric"
          min={1990}
          max={2100}
          label={t('reference.upload.year')}
          hint={t('reference.upload.yearHint')}
          value={year}
          onChange={(event) => setYear(event.target.value)}
          error={form.fieldError('year') ?? form.fieldErrorAt('querystring.year')}
          className="reference-year"
        />
        {sent !== null ? (
          <div className="stack" aria-live="polite">
            <progress
              className="reference-progress"
              max={1}
              value={sent}
              aria-label={t('reference.upload.sendingLabel')}
            />
            <p className="field__hint">
              {sent < 1
                ? t('reference.upload.sending', { percent: percent.format(sent) })
                : t('reference.upload.reading')}
            </p>
          </div>
        ) : null}
        <div className="form__actions">
          <Button type="submit" icon="upload" pending={form.pending}>
            {t('reference.upload.preview')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
