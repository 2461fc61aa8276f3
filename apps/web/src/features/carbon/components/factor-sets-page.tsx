// Factor versions: which one new figures use, the others kept, and an administrator adding one.
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useChooseFactorSet, useFactorSets } from '../api/factor-sets';
import './carbon.css';
import { FactorSetForm } from './factor-set-form';

export function FactorSetsPage() {
  const { t } = useTranslation('carbon');
  const errorText = useErrorText();
  const { orgId, role } = useCurrentOrg();
  const sets = useFactorSets(orgId);
  const choose = useChooseFactorSet(orgId);
  const [notice, setNotice] = useState<string | null>(null);
  const isAdmin = can(role, 'carbon.manageFactorSets');
  const current = sets.data?.items.find((set) => set.current) ?? null;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'carbon')}>← {t('title')}</Link>
      </p>
      <PageHeader title={t('factors.title')} description={t('factors.intro')} />
      <div className="stack">
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {choose.isError ? <Alert tone="error">{errorText(choose.error)}</Alert> : null}
        <QueryStatus query={sets} />
        {sets.data ? (
          <ItemList label={t('factors.list')}>
            {sets.data.items.map((set) => (
              <Item
                key={set.id}
                title={set.version}
                badges={
                  <>
                    <Badge tone={set.builtIn ? 'neutral' : 'primary'}>
                      {set.builtIn ? t('factors.builtIn') : t('factors.own')}
                    </Badge>
                    {set.current ? <Badge tone="success">{t('factors.current')}</Badge> : null}
                  </>
                }
                meta={`${set.source} · ${set.licence} · ${t('factors.published', { date: set.publishedOn })}`}
                actions={
                  isAdmin && !set.current ? (
                    <Button
                      variant="secondary"
                      size="small"
                      pending={choose.isPending && choose.variables === set.id}
                      onClick={async () => {
                        await choose.mutateAsync(set.id);
                        setNotice(t('factors.chosen', { version: set.version }));
                      }}
                    >
                      {t('factors.use', { version: set.version })}
                    </Button>
                  ) : null
                }
              />
            ))}
          </ItemList>
        ) : null}
        {isAdmin ? (
          <Card title={t('factors.add')}>
            <FactorSetForm
              orgId={orgId}
              templateId={current?.id ?? null}
              onCreated={(version) => setNotice(t('factors.created', { version }))}
            />
          </Card>
        ) : (
          <p className="muted">{t('factors.adminOnly')}</p>
        )}
      </div>
    </>
  );
}
