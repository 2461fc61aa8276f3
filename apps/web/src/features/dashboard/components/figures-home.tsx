// The viewer's home: the season's key figures, over the sessions Impact counts, with where to read more.
import { Link } from '@tanstack/react-router';
import type { HomeFigures } from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { Stat } from '@/components/ui';
import { orgPath } from '@/lib/paths';

export function FiguresHome({ orgId, figures }: { orgId: string; figures: HomeFigures }) {
  const { t, i18n } = useTranslation('dashboard');
  const longDate = (date: string) =>
    formatDate(date, i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });
  const number = new Intl.NumberFormat(i18n.language);
  const shown = (value: number | string) =>
    typeof value === 'number' ? number.format(value) : value;
  const tiles: [string, number | string, string][] = [
    ['held', figures.sessionsHeld, t('figures.sessionsHeld', { count: figures.sessionsHeld })],
    ['concerts', figures.concertsHeld, t('figures.concertsHeld', { count: figures.concertsHeld })],
    ['attendances', figures.attendances, t('figures.attendances')],
    [
      'communes',
      figures.communesReached,
      t('figures.communes', { count: figures.communesReached }),
    ],
    ['projects', figures.projects, t('figures.projects', { count: figures.projects })],
    [
      'upcoming',
      figures.sessionsUpcoming,
      t('figures.upcoming', { count: figures.sessionsUpcoming }),
    ],
  ];
  return (
    <section aria-labelledby="home-figures" className="home-section">
      <h2 id="home-figures" className="home-section__title">
        {t('figures.title')}
      </h2>
      <p className="muted">
        {figures.countedUntil
          ? t('figures.period', {
              season: `${figures.from.slice(0, 4)}-${figures.to.slice(0, 4)}`,
              from: longDate(figures.from),
              until: longDate(figures.countedUntil),
            })
          : t('figures.notStarted', {
              season: `${figures.from.slice(0, 4)}-${figures.to.slice(0, 4)}`,
              from: longDate(figures.from),
            })}
      </p>
      <ul className="home-figures">
        {tiles.map(([id, value, label]) => (
          <li key={id}>
            <Stat value={shown(value)} label={label} />
          </li>
        ))}
      </ul>
      <p className="muted">{t('figures.attendancesNote')}</p>
      <p className="home-links">
        <Link to={orgPath(orgId, 'impact')}>{t('figures.impact')}</Link>
        <Link to={orgPath(orgId, 'reports')}>{t('figures.reports')}</Link>
      </p>
    </section>
  );
}
