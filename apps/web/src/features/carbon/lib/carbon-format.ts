// Figures and model sentences in the reader's language: kg, %, hours, notes and reductions.
import type { CarbonNote } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

export function useCarbonFormat() {
  const { i18n } = useTranslation();
  const one = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const precise = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 4 });
  return {
    /** kg CO2e: one decimal, two under 10 kg, where a per-beneficiary figure lives. */
    kg: (value: number | null) =>
      value === null ? '—' : Math.abs(value) < 10 ? two.format(value) : one.format(value),
    number: (value: number) => one.format(value),
    /** A factor such as 0.14225 kg per vehicle-km, with its significant digits. */
    factor: (value: number) => precise.format(value),
    signed: (value: number) =>
      `${value > 0 ? '+' : value < 0 ? '−' : ''}${one.format(Math.abs(value))}`,
  };
}

/** The carbon model's strings (under `carbon:model`) and the API's notes, translated. */
export function useModelText() {
  const { t } = useTranslation('carbon');
  // Keys come from the API at run time; the strings exist in every language (package tests).
  const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  return {
    label: (key: string) => translate(`model.${key}`),
    /** `carbon.reduction.carpool` from the API, with its parameters. */
    message: (message: { key: string; params: Record<string, string | number> }) =>
      translate(`model.${message.key.replace(/^carbon\./, '')}`, message.params),
    note: (note: CarbonNote) => translate(`model.note.${note.code}`, note.params),
  };
}
