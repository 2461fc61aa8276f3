// A concert's date and hour on the venue's clocks, in the reader's language.
import type { RelayAllocationView } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

export function useConcertWhen() {
  const { i18n } = useTranslation();
  return (allocation: RelayAllocationView) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: allocation.concert.timeZone,
    }).format(new Date(allocation.concert.startsAt));
}
