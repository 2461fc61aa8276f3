// The journeys of a project or of the organisation, with their progress.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Item, ItemList, Loading } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useJourneys } from '../api/journeys';

type Props = { orgId: string; projectId?: string; emptyText?: string };

export function JourneyList({ orgId, projectId, emptyText }: Props) {
  const { t } = useTranslation('journeys');
  const errorText = useErrorText();
  const dates = useDateFormat();
  const journeys = useJourneys(orgId, projectId ? { projectId } : {});
  if (journeys.isPending) return <Loading />;
  if (journeys.isError) return <Alert tone="error">{errorText(journeys.error)}</Alert>;
  if (journeys.data.items.length === 0) return <p>{emptyText ?? t('empty')}</p>;
  return (
    <ItemList label={t('list')}>
      {journeys.data.items.map((journey) => (
        <Item
          key={journey.id}
          title={<Link to={orgPath(orgId, `journeys/${journey.id}`)}>{journey.name}</Link>}
          meta={[
            projectId ? null : journey.project.name,
            journey.group.name,
            t('progress', { done: journey.doneCount, count: journey.sessionCount }),
            journey.nextSessionAt
              ? t('next', { date: dates.dateTime(journey.nextSessionAt) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        />
      ))}
    </ItemList>
  );
}
