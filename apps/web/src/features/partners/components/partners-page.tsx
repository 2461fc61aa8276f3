// The organisation's partner structures: search, filter by type, open one, create one.
import { Link, useNavigate } from '@tanstack/react-router';
import { partnerTypes } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  Dialog,
  Item,
  ItemList,
  ListFilters,
  PageHeader,
  Pager,
  QueryStatus,
} from '@/components/ui';
import { ImportExportActions } from '@/features/imports';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { PARTNERS_PAGE_SIZE, type PartnerFilters, usePartners } from '../api/partners';
import { useCreatePartner } from '../api/save-partner';
import { PartnerForm } from './partner-form';

export function PartnersPage() {
  const { t } = useTranslation(['partners', 'places']);
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<PartnerFilters>({
    q: '',
    type: '',
    includeArchived: false,
    offset: 0,
  });
  const partners = usePartners(orgId, filters);
  const create = useCreatePartner(orgId);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <ImportExportActions entity="partners">
            <Button icon="plus" onClick={() => setCreating(true)}>
              {t('new')}
            </Button>
          </ImportExportActions>
        }
      />
      <div className="stack">
        <ListFilters
          searchLabel={t('searchLabel')}
          kindLabel={t('typeFilter')}
          kinds={partnerTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          onChange={(change) =>
            setFilters({ ...change, type: change.kind as PartnerFilters['type'], offset: 0 })
          }
        />
        <QueryStatus query={partners} />
        {partners.data ? (
          <>
            <p aria-live="polite" className="muted">
              {t('places:count', { count: partners.data.total })}
            </p>
            {partners.data.items.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ItemList label={t('list')}>
                {partners.data.items.map((partner) => (
                  <Item
                    key={partner.id}
                    title={
                      <Link to={orgPath(orgId, `partners/${partner.id}`)}>{partner.name}</Link>
                    }
                    badges={
                      <>
                        <Badge tone="primary">{t(`types.${partner.type}`)}</Badge>
                        {partner.archivedAt ? <Badge>{t('places:archived')}</Badge> : null}
                      </>
                    }
                    meta={[
                      partner.communeName,
                      t('contactsCount', { count: partner.contactsCount }),
                      t('agreementsCount', { count: partner.agreementsCount }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={PARTNERS_PAGE_SIZE}
              total={partners.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
      </div>
      <Dialog open={creating} onClose={() => setCreating(false)} title={t('newTitle')}>
        {creating ? (
          <PartnerForm
            submitLabel={t('form.create')}
            onSubmit={async (body) => {
              const partner = await create.mutateAsync(body);
              setCreating(false);
              await navigate({ to: orgPath(orgId, `partners/${partner.id}`) });
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
