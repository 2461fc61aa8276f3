// Figures as shown: numbers in the reader's language, "< 5" and "masked" for hidden ones.
import type { PeopleFigure } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

export function useImpactFormat() {
  const { t, i18n } = useTranslation('impact');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const kgSmall = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const hidden = (value: PeopleFigure) => (value === 'masked' ? t('masked') : t('small'));
  return {
    people: (value: PeopleFigure | null | undefined) =>
      value === null || value === undefined
        ? '—'
        : typeof value === 'number'
          ? number.format(value)
          : hidden(value),
    decimal: (value: PeopleFigure | null | undefined) =>
      value === null || value === undefined
        ? '—'
        : typeof value === 'number'
          ? decimal.format(value)
          : hidden(value),
    percent: (value: PeopleFigure | null | undefined) =>
      value === null || value === undefined
        ? '—'
        : typeof value === 'number'
          ? percent.format(value)
          : hidden(value),
    /** Three decimals, or "< 0.001" (a p-value is never exactly 0). */
    pValue: (value: PeopleFigure | null | undefined) =>
      typeof value !== 'number'
        ? value === null || value === undefined
          ? '—'
          : hidden(value)
        : value < 0.001
          ? `< ${decimal.format(0.001)}`
          : decimal.format(value),
    /** kg CO2e as the Carbon pages write it: two decimals under 10 kg, one above. */
    kgCo2e: (value: PeopleFigure | null | undefined) =>
      value === null || value === undefined
        ? '—'
        : typeof value === 'number'
          ? (Math.abs(value) < 10 ? kgSmall : number).format(value)
          : hidden(value),
    count: (value: number | null) => (value === null ? t('unknown') : number.format(value)),
  };
}
