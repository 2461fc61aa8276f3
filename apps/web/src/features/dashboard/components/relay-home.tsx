// The relay's home: each of their groups, what it needs (consents, enrolment, surveys), and its
// next session.
import { Link } from '@tanstack/react-router';
import type { HomeRelayGroup } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { useDayLabel, useSessionTitle } from './session-line';

function GroupCard({ orgId, group }: { orgId: string; group: HomeRelayGroup }) {
  const { t } = useTranslation('dashboard');
  const day = useDayLabel();
  const title = useSessionTitle();
  const groupPage = orgPath(orgId, `groups/${group.id}`);
  const todo = [
    group.listedIndividually && group.participants === 0 ? (
      <li key="enrol">
        <Link to={groupPage}>{t('relay.enrol')}</Link>
      </li>
    ) : null,
    group.missingConsents > 0 ? (
      <li key="consents">
        <Link to={groupPage}>{t('relay.consents', { count: group.missingConsents })}</Link>
      </li>
    ) : null,
    ...group.openSurveys.map((survey) => (
      <li key={survey.id}>
        <Link to={orgPath(orgId, `surveys/${survey.id}/fill`)}>
          {t('relay.survey', { title: survey.title, count: survey.answers })}
        </Link>
      </li>
    )),
  ].filter(Boolean);
  const next = group.next;
  return (
    <li className="home-group">
      <h3 className="home-group__name">
        <Link to={groupPage}>{group.name}</Link>
      </h3>
      <p className="muted">
        {[
          group.partnerName,
          group.listedIndividually
            ? t('relay.participants', { count: group.participants })
            : t('relay.counted'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>
        <span className="home-group__label">{t('relay.nextLabel')}</span>
        <br />
        {next ? (
          <Link to={orgPath(orgId, `calendar/sessions/${next.id}`)}>
            {[`${day(next.local.date)} ${next.local.startTime}`, title(next), next.venueName]
              .filter(Boolean)
              .join(' · ')}
          </Link>
        ) : (
          t('relay.noNext')
        )}
      </p>
      <h4 className="home-group__todo">{t('relay.todo')}</h4>
      {todo.length > 0 ? (
        <ul className="home-group__list">{todo}</ul>
      ) : (
        <p className="muted">{t('relay.nothingToDo')}</p>
      )}
    </li>
  );
}

export function RelayHome({ orgId, groups }: { orgId: string; groups: HomeRelayGroup[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Card title={t('relay.title')} className="home-relay">
      {groups.length === 0 ? (
        <p>{t('relay.none')}</p>
      ) : (
        <ul className="home-groups">
          {groups.map((group) => (
            <GroupCard key={group.id} orgId={orgId} group={group} />
          ))}
        </ul>
      )}
    </Card>
  );
}
