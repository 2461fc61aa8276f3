// The calendar: a week or a month of sessions, per project, venue or artist.
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import {
  addDays,
  addMonths,
  datesBetween,
  formatDate,
  startOfMonth,
  startOfWeek,
  today,
} from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { Alert, Button, buttonClass, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useSearchState } from '@/lib/search-params';
import { useLookup } from '../api/lookups';
import { type CalendarFilters as Filters, useCalendar } from '../api/sessions';
import { CalendarDays } from './calendar-days';
import { CalendarFilters } from './calendar-filters';
import './calendar.css';

type View = 'week' | 'month';

function validDate(value: string | null): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

function rangeOf(view: View, anchor: string) {
  if (view === 'week') {
    const from = startOfWeek(anchor);
    return { from, to: addDays(from, 7) };
  }
  const from = startOfMonth(anchor);
  return { from, to: addMonths(from, 1) };
}

export function CalendarPage() {
  const { t, i18n } = useTranslation('calendar');
  const { orgId, role } = useCurrentOrg();
  // The view, the date and the filters live in the address (`calendar?projectId=…&view=month`):
  // other pages link here with them, and a reload or a shared link shows the same calendar.
  const { params, update } = useSearchState();
  const view: View = params.get('view') === 'month' ? 'month' : 'week';
  const anchor = validDate(params.get('date')) ?? today();
  // An artist opens on their own sessions (their list of artists is their own record);
  // choosing "all" writes an empty artistId, which the address keeps.
  const ownArtist = useLookup(orgId, 'artists', role).data;
  const ownArtistId = role === 'artist' && ownArtist?.length === 1 ? ownArtist[0]!.id : undefined;
  const artistParam = params.get('artistId');
  const filters: Filters = {
    projectId: params.get('projectId') || undefined,
    venueId: params.get('venueId') || undefined,
    artistId: artistParam === null ? ownArtistId : artistParam || undefined,
    groupId: params.get('groupId') || undefined,
  };
  const setFilters = (next: Filters) =>
    update({
      projectId: next.projectId,
      venueId: next.venueId,
      artistId: next.artistId ?? (ownArtistId ? '' : undefined),
      groupId: next.groupId,
    });
  const setView = (next: View) => update({ view: next === 'month' ? 'month' : undefined });
  const setAnchor = (date: string) => update({ date: date === today() ? undefined : date });
  const range = rangeOf(view, anchor);
  const calendar = useCalendar(orgId, range, filters);
  const planner = can(role, 'sessions.plan');
  const step = (direction: 1 | -1) =>
    setAnchor(
      view === 'week' ? addDays(range.from, 7 * direction) : addMonths(range.from, direction),
    );
  const heading =
    view === 'week'
      ? t('weekOf', { date: formatDate(range.from, i18n.language, { dateStyle: 'long' }) })
      : formatDate(range.from, i18n.language, { month: 'long', year: 'numeric' });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <div className="calendar-actions">
            {planner ? (
              <Link to={orgPath(orgId, 'calendar/sessions/new')} className={buttonClass({})}>
                {t('newSession')}
              </Link>
            ) : null}
            {can(role, 'calendarFeeds.use') ? (
              <Link
                to={orgPath(orgId, 'calendar/feeds')}
                className={buttonClass({ variant: 'secondary' })}
              >
                {t('feedsLink')}
              </Link>
            ) : null}
          </div>
        }
      />
      <div className="stack">
        <CalendarFilters orgId={orgId} role={role} filters={filters} onChange={setFilters} />
        <div className="calendar-toolbar">
          <fieldset className="calendar-toolbar__views">
            <legend className="visually-hidden">{t('views.label')}</legend>
            {(['week', 'month'] as const).map((option) => (
              <Button
                key={option}
                size="small"
                variant={view === option ? 'primary' : 'secondary'}
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {t(`views.${option}`)}
              </Button>
            ))}
          </fieldset>
          <div className="calendar-toolbar__nav">
            <Button size="small" variant="secondary" onClick={() => step(-1)}>
              ←{' '}
              <span className="visually-hidden">
                {t(view === 'week' ? 'previousWeek' : 'previousMonth')}
              </span>
            </Button>
            <Button size="small" variant="secondary" onClick={() => setAnchor(today())}>
              {t('today')}
            </Button>
            <Button size="small" variant="secondary" onClick={() => step(1)}>
              <span className="visually-hidden">
                {t(view === 'week' ? 'nextWeek' : 'nextMonth')}
              </span>{' '}
              →
            </Button>
          </div>
        </div>
        <h2 className="section-title" aria-live="polite">
          {heading}
          {calendar.data ? (
            <span className="muted"> · {t('count', { count: calendar.data.items.length })}</span>
          ) : null}
        </h2>
        <QueryStatus query={calendar} />
        {calendar.data?.truncated ? <Alert tone="info">{t('truncated')}</Alert> : null}
        {calendar.data ? (
          <CalendarDays
            orgId={orgId}
            variant={view}
            dates={datesBetween(range.from, range.to)}
            sessions={calendar.data.items}
          />
        ) : null}
      </div>
    </>
  );
}
