// What suits a group at the end of its journey: the listings within its commune's radius, best fit
// first, with the distance and an estimated time; or, where nothing is within reach, the plain
// sentence, the nearest beyond, and the organisation's halls nearby to start one.
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  buttonClass,
  Card,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useGroupOptions } from '@/lib/lookups';
import { orgPath } from '@/lib/paths';
import { useGroupMatches } from '../api/ensembles';

export function GroupMatchesPage() {
  const { t } = useTranslation(['directory', 'vocabulary']);
  const { orgId, role } = useCurrentOrg();
  const introduce = can(role, 'directory.introduce') && can(role, 'participants.read');
  const groups = useGroupOptions(orgId);
  const [groupId, setGroupId] = useState<string | null>(null);
  const matches = useGroupMatches(orgId, groupId);
  const result = matches.data;
  const km = (value: number) => t('forGroup.km', { km: value.toLocaleString() });

  return (
    <>
      <PageHeader title={t('forGroup.title')} description={t('forGroup.intro')} />
      <div className="stack">
        <SelectField
          label={t('forGroup.group')}
          name="group"
          value={groupId ?? ''}
          options={[
            { value: '', label: t('forGroup.choose') },
            ...(groups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(event) => setGroupId(event.target.value || null)}
        />
        <QueryStatus query={matches} />
        {result ? (
          <>
            <p className="muted">
              {t('forGroup.radius', {
                km: result.radius.km,
                commune: result.commune.name,
                area: t(`forGroup.area.${result.radius.area}`),
              })}{' '}
              {result.radius.basis === 'population' ? t('forGroup.estimatedDensity') : null}{' '}
              {result.travel.kind === 'osrm' ? t('forGroup.routed') : t('forGroup.estimate')}
            </p>
            {result.matches.length > 0 ? (
              <ItemList label={t('forGroup.title')}>
                {result.matches.map((match) => (
                  <Item
                    key={match.ensemble.id}
                    title={match.ensemble.name}
                    meta={[
                      t(`vocabulary:ensembleKind.${match.ensemble.kind}`),
                      match.place.communeName,
                      km(match.distanceKm),
                      t('forGroup.minutes', { count: match.travelMin }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    actions={
                      introduce && groupId ? (
                        <Link
                          to={orgPath(orgId, 'ensembles/introduce')}
                          search={{ group: groupId, ensemble: match.ensemble.id }}
                          className={buttonClass({ variant: 'secondary', size: 'small' })}
                          aria-label={t('propose', { name: match.ensemble.name })}
                        >
                          {t('proposeShort')}
                        </Link>
                      ) : undefined
                    }
                  />
                ))}
              </ItemList>
            ) : (
              <Alert tone="info">
                {t('forGroup.nothing', { commune: result.commune.name, km: result.radius.km })}
                {result.nearestBeyond
                  ? ` ${t('forGroup.nearest', {
                      name: result.nearestBeyond.ensemble.name,
                      commune: result.nearestBeyond.place.communeName,
                      km: result.nearestBeyond.distanceKm.toLocaleString(),
                    })}`
                  : ''}
              </Alert>
            )}
            {result.matches.length === 0 ? (
              <Card title={t('forGroup.startTitle')}>
                <p>{t('forGroup.startIntro')}</p>
                {result.venuesNearby.length > 0 ? (
                  <ul>
                    {result.venuesNearby.map((venue) => (
                      <li key={venue.id}>
                        {venue.name}
                        {venue.communeName ? `, ${venue.communeName}` : ''} ({km(venue.distanceKm)})
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('forGroup.noVenue')}</p>
                )}
              </Card>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
