// The next rehearsals: when, where, the RSVPs and the attendance predicted per part, with a link
// to each one's roll call.
import { Link } from '@tanstack/react-router';
import type { Choir } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Card, Item, ItemList, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useChoirRehearsals } from '../api/rehearsals';

const SHOWN = 6;

export function ConductorRehearsals({ choir, seasonId }: { choir: Choir; seasonId?: string }) {
  const { t } = useTranslation('choirs');
  const format = useDateFormat();
  const { orgId } = useCurrentOrg();
  const rehearsals = useChoirRehearsals(orgId, choir.id, {
    when: 'upcoming',
    limit: SHOWN,
    ...(seasonId ? { seasonId } : {}),
  });
  const siteName = new Map(choir.sites.map((site) => [site.id, site.name]));
  const partCode = new Map(choir.parts.map((part) => [part.id, part.code]));
  const partOrder = new Map(choir.parts.map((part, index) => [part.id, index]));

  return (
    <Card title={t('conductor.rehearsals.title')}>
      <QueryStatus query={rehearsals} />
      {rehearsals.data?.items.length === 0 ? <p>{t('conductor.rehearsals.empty')}</p> : null}
      {rehearsals.data && rehearsals.data.items.length > 0 ? (
        <>
          <p className="field__hint">{t('conductor.rehearsals.predictedHint')}</p>
          <ItemList label={t('conductor.rehearsals.title')}>
            {rehearsals.data.items.map((rehearsal) => {
              const predicted = rehearsal.predicted.reduce((sum, p) => sum + p.predicted, 0);
              const site = rehearsal.siteId
                ? siteName.get(rehearsal.siteId)
                : t('conductor.rehearsals.allSites');
              return (
                <Item
                  key={rehearsal.id}
                  title={`${format.dateTime(rehearsal.startsAt)} — ${site ?? ''}`}
                  badges={
                    <>
                      <Badge tone={rehearsal.kind === 'concert' ? 'primary' : 'neutral'}>
                        {t(`rehearsalKind.${rehearsal.kind}`)}
                      </Badge>
                      {rehearsal.status === 'cancelled' ? (
                        <Badge tone="danger">{t('cancelled')}</Badge>
                      ) : null}
                    </>
                  }
                  meta={`${t('conductor.rehearsals.total', {
                    predicted: Math.round(predicted),
                    expected: rehearsal.expected,
                  })} · ${t('conductor.rehearsals.rsvp', rehearsal.rsvp)}`}
                  actions={
                    rehearsal.status === 'planned' ? (
                      <Link
                        to={orgPath(orgId, `choirs/${choir.id}/rehearsals/${rehearsal.id}`)}
                        aria-label={`${t('conductor.rehearsals.rollCall')} — ${format.dateTime(rehearsal.startsAt)}`}
                      >
                        {t('conductor.rehearsals.rollCall')}
                      </Link>
                    ) : null
                  }
                >
                  <p className="visually-hidden">{t('conductor.rehearsals.predicted')}</p>
                  <ul className="choir-predicted">
                    {rehearsal.predicted
                      .filter((part) => part.expected > 0)
                      .sort(
                        (a, b) => (partOrder.get(a.partId) ?? 0) - (partOrder.get(b.partId) ?? 0),
                      )
                      .map((part) => (
                        <li key={part.partId}>
                          {t('conductor.rehearsals.predictedPart', {
                            part: partCode.get(part.partId) ?? '',
                            predicted: Math.round(part.predicted),
                            expected: part.expected,
                          })}
                        </li>
                      ))}
                  </ul>
                </Item>
              );
            })}
          </ItemList>
        </>
      ) : null}
    </Card>
  );
}
