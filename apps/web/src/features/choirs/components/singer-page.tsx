// A singer's own page: who they are in the choir (part, site), the messages sent to them, the
// next rehearsals with their answer, the season's pieces with where they are on each and their
// recordings, the printed copies they hold, and the calendar address of their part.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useMyChoirPage } from '../api/singer';
import { SingerCalendar } from './singer-calendar';
import { SingerMessages } from './singer-messages';
import { SingerPieces } from './singer-pieces';
import { SingerRehearsals } from './singer-rehearsals';
import { SingerScores } from './singer-scores';
import './scores.css';
import './singer.css';

export function SingerPage() {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const page = useMyChoirPage(orgId, choirId);
  const member = page.data?.member;
  return (
    <div className="singer-page">
      <p className="singer-page__back">
        <Link to={orgPath(orgId, 'choirs')}>← {t('back')}</Link>
      </p>
      <PageHeader
        title={t('singer.title')}
        description={
          member
            ? t('singer.who', {
                name: member.firstName,
                part: member.partName,
                site: member.siteName,
              })
            : undefined
        }
      />
      <QueryStatus query={page} />
      {page.data && member ? (
        <>
          {member.leads.length > 0 ? (
            <p className="singer-page__leads">{t('singer.leads')}</p>
          ) : null}
          <SingerMessages orgId={orgId} choirId={choirId} />
          <SingerRehearsals orgId={orgId} choirId={choirId} rehearsals={page.data.rehearsals} />
          <SingerPieces orgId={orgId} choirId={choirId} pieces={page.data.pieces} />
          <SingerScores orgId={orgId} choirId={choirId} />
          <SingerCalendar orgId={orgId} partId={member.partId} />
        </>
      ) : null}
    </div>
  );
}
