// The organisation's home, the first page everyone opens: what each role has to see and do first,
// from one request (GET /home) whose parts follow the role.
import './dashboard-page.css';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader, QueryStatus } from '@/components/ui';
import { useMe } from '@/features/auth';
import { useCurrentOrg } from '@/features/organisations';
import { RelaySeatsHome } from '@/features/relay-seats';
import { useHome } from '../api/home';
import { ArtistHome } from './artist-home';
import { AdministrationCard, WaitingCard, WeekCard } from './coordinator-home';
import { FiguresHome } from './figures-home';
import { FirstSteps } from './first-steps';
import { RelayHome } from './relay-home';

export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'vocabulary']);
  const org = useCurrentOrg();
  const me = useMe().data;
  const home = useHome(org.orgId);
  const data = home.data;
  const stepsLeft = data?.firstSteps?.some((step) => !step.done) ?? false;

  return (
    <div className="dashboard">
      <PageHeader
        title={t('welcome', { name: me?.user.displayName ?? '' })}
        description={t('intro', { role: t(`vocabulary:role.${org.role}`), org: org.orgName })}
      />
      {org.isDemo ? <Alert tone="info">{t('demo')}</Alert> : null}
      <QueryStatus query={home} />
      {data ? (
        <>
          {data.firstSteps && stepsLeft ? (
            <FirstSteps orgId={org.orgId} steps={data.firstSteps} />
          ) : null}
          {data.week ? (
            <div className="home-columns">
              <WeekCard orgId={org.orgId} week={data.week} />
              <WaitingCard orgId={org.orgId} week={data.week} />
            </div>
          ) : null}
          {data.administration ? (
            <AdministrationCard orgId={org.orgId} administration={data.administration} />
          ) : null}
          {data.artist ? <ArtistHome orgId={org.orgId} artist={data.artist} /> : null}
          <RelaySeatsHome />
          {data.relayGroups ? <RelayHome orgId={org.orgId} groups={data.relayGroups} /> : null}
          {data.figures ? <FiguresHome orgId={org.orgId} figures={data.figures} /> : null}
        </>
      ) : null}
    </div>
  );
}
