// Shares as the reader's language writes them: « 60 % », "60%".
import { useTranslation } from 'react-i18next';

export function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (share: number | null) => (share === null ? '—' : format.format(share));
}
