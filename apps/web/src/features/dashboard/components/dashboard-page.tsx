// The organisation's home: who you are here, real figures from each feature, shortcuts.
import './dashboard-page.css';
import { Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Icon, Loading, PageHeader } from '@/components/ui';
import { useMe } from '@/features/auth';
import { useCurrentOrg } from '@/features/organisations';
import { useTranslateKey } from '@/lib/features';
import { orgPath } from '@/lib/paths';
import { dashboardWidgetsFor, navEntriesFor, useFeatureModules } from '@/lib/registry';

export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common', 'vocabulary']);
  const translate = useTranslateKey();
  const org = useCurrentOrg();
  const me = useMe().data;
  const modules = useFeatureModules();
  const widgets = dashboardWidgetsFor(modules, org.role);
  const shortcuts = navEntriesFor(modules, org.role).filter((entry) => entry.path !== '');

  return (
    <div className="dashboard">
      <PageHeader
        title={t('welcome', { name: me?.user.displayName ?? '' })}
        description={t('intro', { role: t(`vocabulary:role.${org.role}`), org: org.orgName })}
      />
      {org.isDemo ? <Alert tone="info">{t('demo')}</Alert> : null}

      {widgets.length > 0 ? (
        <section aria-labelledby="dashboard-figures">
          <h2 id="dashboard-figures" className="dashboard__section-title">
            {t('figures')}
          </h2>
          <ul className="dashboard__figures">
            {widgets.map(({ id, component: Widget }) => (
              <li key={id}>
                <Suspense fallback={<Loading />}>
                  <Widget orgId={org.orgId} />
                </Suspense>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="dashboard-shortcuts">
        <h2 id="dashboard-shortcuts" className="dashboard__section-title">
          {t('shortcuts')}
        </h2>
        {shortcuts.length > 0 ? (
          <ul className="dashboard__shortcuts">
            {shortcuts.map((entry) => (
              <li key={entry.path}>
                <Link to={orgPath(org.orgId, entry.path)}>
                  <Icon name={entry.icon} />
                  {translate(entry.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="muted">{t('nothingYet')}</p>
      </section>
    </div>
  );
}
