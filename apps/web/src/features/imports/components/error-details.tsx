// What a refused upload or apply says beyond its message: the columns missing, the line that failed.
import type { ImportEntity } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useImportText } from '../lib/use-import-text';

export function ErrorDetails({ error, entity }: { error: unknown; entity: ImportEntity }) {
  const { t } = useTranslation('imports');
  const { fieldLabel } = useImportText(entity);
  if (!isApiError(error)) return null;
  const { missing, expected, line } = error.details as {
    missing?: string[];
    expected?: string[];
    line?: number;
  };
  if (error.code === 'IMPORT.MISSING_COLUMNS' && missing) {
    return <p>{t('missingColumns', { list: missing.map(fieldLabel).join(', ') })}</p>;
  }
  if (error.code === 'IMPORT.NO_HEADER' && expected) {
    return <p>{t('expectedColumns', { list: expected.join(', ') })}</p>;
  }
  if (error.code === 'IMPORT.LINE_FAILED' && line) return <p>{t('failedLine', { line })}</p>;
  return null;
}
