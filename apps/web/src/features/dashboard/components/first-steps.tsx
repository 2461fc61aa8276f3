// The first steps of a new organisation, each ticked as soon as the organisation has done it.
import { Link } from '@tanstack/react-router';
import type { FirstStep } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, Icon } from '@/components/ui';
import { orgPath } from '@/lib/paths';

const pathOf: Record<FirstStep, string> = {
  venues: 'venues',
  partners: 'partners',
  participants: 'participants/import',
  project: 'projects/new',
  journey: 'journeys/new',
};

export function FirstSteps({
  orgId,
  steps,
}: {
  orgId: string;
  steps: { step: FirstStep; done: boolean }[];
}) {
  const { t } = useTranslation('dashboard');
  const done = steps.filter((step) => step.done).length;
  return (
    <Card title={t('firstSteps.title')} className="home-first-steps">
      <p>{t('firstSteps.intro')}</p>
      <p className="muted">{t('firstSteps.progress', { count: done, total: steps.length })}</p>
      <ol className="home-first-steps__list">
        {steps.map(({ step, done }, index) => (
          <li key={step} className={done ? 'is-done' : undefined}>
            <span className="home-first-steps__mark" aria-hidden="true">
              {done ? <Icon name="check" /> : index + 1}
            </span>
            <span className="home-first-steps__text">
              <Link to={orgPath(orgId, pathOf[step])}>{t(`firstSteps.${step}`)}</Link>
              <span className="visually-hidden">
                {' '}
                ({done ? t('firstSteps.done') : t('firstSteps.todo')})
              </span>
              <span className="home-first-steps__hint">{t(`firstSteps.${step}Hint`)}</span>
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
