// How a library entry's copies were used, as counts only: people from 5 on, "hidden" below.
import type { LibraryUsage } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

export function UsageLine({ usage }: { usage: LibraryUsage }) {
  const { t } = useTranslation('networks');
  if (usage.organisations === 0) {
    return <p className="library__usage">{t('library.notCopied')}</p>;
  }
  const people =
    usage.people.state === 'reported'
      ? t('library.people', { count: usage.people.value })
      : t('library.peopleHidden');
  return (
    <p className="library__usage">
      {t('library.usageLine', {
        count: usage.organisations,
        journeys: usage.journeys,
        sessions: usage.sessions,
      })}{' '}
      · {people}
    </p>
  );
}
