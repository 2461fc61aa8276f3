// A reason of the access score in words: its @tutti/geo key with figures in the reader's format.
import type { Reason } from '@tutti/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers with at most one decimal, in the reader's language; stable until it changes. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    return (value: number) => decimal.format(value);
  }, [language]);
}

export function useReasonText() {
  const { t } = useTranslation('territories');
  const format = useNumberFormat();
  // Keys come from the API (`access.reason.…`); the strings are @tutti/geo's, under geo.
  const translate = t as unknown as (key: string, params: Record<string, string>) => string;
  return useCallback(
    (reason: Reason) =>
      translate(
        `geo.${reason.key}`,
        Object.fromEntries(Object.entries(reason.params).map(([k, v]) => [k, format(v)])),
      ),
    [translate, format],
  );
}
