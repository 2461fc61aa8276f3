// How a preview's fields, cells and issues read in the interface language.
import type { ImportEntity, ImportIssue } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '@/lib/format';

const BOOLEAN_FIELDS = new Set([
  'stepFreeAccess',
  'piano',
  'sound_system',
  'stage',
  'projector',
  'chairs',
  'dressing_room',
  'blackout',
  'wifi',
]);

/** `contactName.2` → "Contact 2"; venue equipment takes the venue form's words. */
export function useImportText(entity: ImportEntity) {
  const { t } = useTranslation(['imports', 'participants', 'partners', 'venues', 'vocabulary']);
  const format = useDateFormat();
  // Keys built from the API's field and code names; the lists they come from are the API's.
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;

  const fieldLabel = (key: string) => {
    const [field = key, number] = key.split('.');
    const label =
      field === 'name' && entity === 'venues'
        ? translate('venues:form.name')
        : field === 'kind' && entity === 'ensembles'
          ? translate('imports:fields.type')
          : BOOLEAN_FIELDS.has(field) && field !== 'stepFreeAccess'
            ? translate(`venues:equipment.${field}`)
            : translate(`imports:fields.${field}`);
    return number ? `${label} ${number}` : label;
  };

  const cellText = (key: string, value: string | null) => {
    if (value === null) return '';
    if (BOOLEAN_FIELDS.has(key)) return translate(value === 'true' ? 'imports:yes' : 'imports:no');
    if (key === 'ageBand')
      return translate(`participants:ageBands.${value}`, { defaultValue: value });
    if (key === 'type' && entity === 'partners')
      return translate(`partners:types.${value}`, { defaultValue: value });
    if (key === 'kind' && entity === 'ensembles')
      return translate(`vocabulary:ensembleKind.${value}`, { defaultValue: value });
    if (key === 'kind') return translate(`venues:kinds.${value}`, { defaultValue: value });
    // A consent given on a date, or not given ("false").
    if (key === 'consent') {
      return value === 'false'
        ? translate('imports:no')
        : translate('imports:consentGiven', { date: format.date(value) });
    }
    return value;
  };

  const issueText = (issue: ImportIssue) => {
    const params: Record<string, string | number> = { ...issue.params, value: issue.value ?? '' };
    if (typeof params.with === 'string') params.with = fieldLabel(params.with);
    const message = translate(`imports:issues.${issue.code}`, params);
    return issue.column
      ? translate('imports:issueAt', { line: issue.line, column: issue.column, message })
      : translate('imports:issueLine', { line: issue.line, message });
  };

  return { fieldLabel, cellText, issueText };
}
