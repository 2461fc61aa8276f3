// One session in a calendar day: time, title, place, and its status in words (not only colour).
import { Link } from '@tanstack/react-router';
import type { Session } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { orgPath } from '@/lib/paths';

export function SessionChip({ orgId, session }: { orgId: string; session: Session }) {
  const { t } = useTranslation(['calendar', 'vocabulary']);
  const cancelled = session.status === 'cancelled';
  const place = session.venue?.name ?? (session.kind === 'online' ? t('online') : null);
  return (
    <Link
      to={orgPath(orgId, `calendar/sessions/${session.id}`)}
      className={[
        'session-chip',
        `session-chip--${session.kind === 'concert' ? 'concert' : 'workshop'}`,
        cancelled ? 'session-chip--cancelled' : '',
        session.override ? 'session-chip--flagged' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <span className="session-chip__time">
        {session.local.startTime}–{session.local.endTime}
      </span>
      <span className="session-chip__title">
        {session.title ?? t(`vocabulary:sessionKind.${session.kind}`)}
      </span>
      {place ? <span className="session-chip__meta">{place}</span> : null}
      {cancelled || session.status === 'done' ? (
        <span className="session-chip__status">
          {t(`vocabulary:sessionStatus.${session.status}`)}
        </span>
      ) : null}
      {session.override ? <span className="session-chip__flag">⚠ {t('flagged')}</span> : null}
    </Link>
  );
}
