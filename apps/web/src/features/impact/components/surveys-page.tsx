// Observation surveys: the list with their status and answers, links to fill them and to their results.
import { Link } from '@tanstack/react-router';
import { can, type Role, type Survey } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Button, buttonClass, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useSurveyStatus, useSurveys } from '../api/surveys';
import { useImpactFormat } from '../lib/format';
import './impact.css';

export function SurveysPage() {
  const { t } = useTranslation('impact');
  const { orgId, role } = useCurrentOrg();
  const surveys = useSurveys(orgId);
  const editor = can(role, 'surveys.edit');
  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        description={t('surveys.intro')}
        actions={
          editor ? (
            <Link
              className={buttonClass({ variant: 'primary' })}
              to={orgPath(orgId, 'surveys/new')}
            >
              {t('surveys.new')}
            </Link>
          ) : null
        }
      />
      <div className="stack">
        <QueryStatus query={surveys} />
        {surveys.data?.items.length === 0 ? <p>{t('surveys.empty')}</p> : null}
        {surveys.data?.items.map((survey) => (
          <SurveyCard key={survey.id} survey={survey} orgId={orgId} role={role} />
        ))}
      </div>
    </>
  );
}

function SurveyCard({ survey, orgId, role }: { survey: Survey; orgId: string; role: Role }) {
  const { t } = useTranslation('impact');
  const format = useImpactFormat();
  const status = useSurveyStatus(orgId);
  const editor = can(role, 'surveys.edit');
  const filler = can(role, 'surveys.fill');
  const reader = can(role, 'surveys.readResults');
  return (
    <Card title={survey.title}>
      <p>
        <Badge tone={survey.status === 'open' ? 'success' : 'neutral'}>
          {t(`surveys.status.${survey.status}`)}
        </Badge>{' '}
        {t(`surveys.subject.${survey.subject}`)}
        {survey.journeyName ? ` · ${survey.journeyName}` : ''}
      </p>
      <p className="muted">
        {survey.beforeAfter
          ? t('surveys.answers', {
              before: format.people(survey.answers.before),
              after: format.people(survey.answers.after),
            })
          : t('surveys.answersSingle', { single: format.people(survey.answers.single) })}
      </p>
      <div className="impact-filters">
        {filler && survey.status === 'open' ? (
          <Link
            className={buttonClass({ variant: 'primary' })}
            to={orgPath(orgId, `surveys/${survey.id}/fill`)}
          >
            {t('surveys.fill')}
          </Link>
        ) : null}
        {reader ? (
          <Link
            className={buttonClass({ variant: 'secondary' })}
            to={orgPath(orgId, `surveys/${survey.id}/results`)}
          >
            {t('surveys.results')}
          </Link>
        ) : null}
        {editor ? (
          <Button
            variant="secondary"
            disabled={status.isPending}
            onClick={() =>
              status.mutate({
                surveyId: survey.id,
                status: survey.status === 'open' ? 'closed' : 'open',
              })
            }
          >
            {survey.status === 'open' ? t('surveys.close') : t('surveys.open')}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
