// One partner: identity and address, contacts, agreements with their documents, linked venues.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { usePartner } from '../api/partners';
import { AgreementsCard } from './agreements-card';
import { ContactsCard } from './contacts-card';
import { PartnerActions } from './partner-actions';

export function PartnerPage() {
  const { t } = useTranslation('partners');
  const { orgId } = useCurrentOrg();
  const { partnerId = '' } = useParams({ strict: false }) as { partnerId?: string };
  const partner = usePartner(orgId, partnerId);
  const data = partner.data;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'partners')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={partner} />
      {data ? (
        <>
          <PageHeader
            title={data.name}
            description={[t(`types.${data.type}`), data.communeName].filter(Boolean).join(' · ')}
            actions={<PartnerActions orgId={orgId} partner={data} />}
          />
          <div className="stack">
            {data.archivedAt ? <Alert tone="info">{t('detail.archivedNotice')}</Alert> : null}
            <Card title={t('detail.identity')}>
              <dl className="facts">
                <dt>{t('detail.address')}</dt>
                <dd>
                  {data.addressLine || data.postalCode
                    ? [
                        data.addressLine,
                        [data.postalCode, data.communeName].filter(Boolean).join(' '),
                      ]
                        .filter(Boolean)
                        .join(', ')
                    : t('detail.noAddress')}
                </dd>
                {data.communeCode ? (
                  <>
                    <dt>{t('detail.commune')}</dt>
                    <dd>
                      {data.communeName} ({data.communeCode})
                    </dd>
                  </>
                ) : null}
                {data.notes ? (
                  <>
                    <dt>{t('detail.notes')}</dt>
                    <dd className="preserve-lines">{data.notes}</dd>
                  </>
                ) : null}
              </dl>
            </Card>
            <ContactsCard orgId={orgId} partner={data} />
            <AgreementsCard orgId={orgId} partner={data} />
            <Card title={t('detail.venues')}>
              {data.venues.length === 0 ? (
                <p>{t('detail.noVenue')}</p>
              ) : (
                <ul>
                  {data.venues.map((venue) => (
                    <li key={venue.id}>
                      <Link to={orgPath(orgId, `venues/${venue.id}`)}>{venue.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </>
      ) : null}
    </>
  );
}
