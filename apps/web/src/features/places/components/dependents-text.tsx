// Says why a delete was refused: what still depends on the record, counted by kind.
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';

const kinds = ['projects', 'groups', 'venues', 'sessions'] as const;

/** The sentence for a 409 `*.IN_USE` answer, or null for any other error. */
export function useDependentsText() {
  const { t } = useTranslation('places');
  return (error: unknown): string | null => {
    if (!isApiError(error) || !error.code.endsWith('.IN_USE')) return null;
    const dependents = (error.details.dependents ?? {}) as Record<string, number>;
    const list = kinds
      .filter((kind) => (dependents[kind] ?? 0) > 0)
      .map((kind) => t(`dependents.${kind}`, { count: dependents[kind] }))
      .join(', ');
    return t('inUse', { list });
  };
}
