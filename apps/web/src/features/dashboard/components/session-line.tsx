// One session in a list of the home page: its day and times, what it is, where, and what it awaits.
import { Link } from '@tanstack/react-router';
import type { HomeSession } from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui';
import { orgPath } from '@/lib/paths';

/** "lun. 7 déc." in the reader's language. */
export function useDayLabel() {
  const { i18n } = useTranslation();
  return (date: string, long = false) =>
    formatDate(date, i18n.language, {
      weekday: long ? 'long' : 'short',
      day: 'numeric',
      month: long ? 'long' : 'short',
    });
}

export function useSessionTitle() {
  const { t } = useTranslation('vocabulary');
  return (session: Pick<HomeSession, 'title' | 'kind'>) =>
    session.title ?? t(`sessionKind.${session.kind}`);
}

export function SessionLine({
  orgId,
  session,
  to,
  search,
  children,
}: {
  orgId: string;
  session: HomeSession;
  /** Where the title leads (with its query); the session's page by default. */
  to?: string;
  search?: Record<string, string>;
  children?: ReactNode;
}) {
  const { t } = useTranslation('dashboard');
  const day = useDayLabel();
  const title = useSessionTitle();
  const place = session.venueName ?? (session.kind === 'online' ? t('week.online') : null);
  return (
    <li className="home-session">
      <p className="home-session__when">
        <span>{day(session.local.date)}</span>{' '}
        <span>
          {session.local.startTime}–{session.local.endTime}
        </span>
      </p>
      <div className="home-session__what">
        <Link to={to ?? orgPath(orgId, `calendar/sessions/${session.id}`)} search={search as never}>
          {title(session)}
        </Link>
        <span className="home-session__meta">
          {[place, session.projectName].filter(Boolean).join(' · ')}
        </span>
        {session.status === 'planned' || session.acceptedConflicts > 0 ? (
          <span className="home-session__badges">
            {session.status === 'planned' ? <Badge>{t('week.toConfirm')}</Badge> : null}
            {session.acceptedConflicts > 0 ? (
              <Badge tone="danger">{t('week.acceptedConflict')}</Badge>
            ) : null}
          </span>
        ) : null}
        {children}
      </div>
    </li>
  );
}
