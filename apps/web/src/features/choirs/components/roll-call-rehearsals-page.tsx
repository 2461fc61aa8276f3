// Which rehearsal to call: the next ones of the choir for a conductor, those of their site for a
// section leader, each opening its roll call (which then works offline).
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, Item, ItemList, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useChoirs } from '../api/choirs';
import { useChoirRehearsals } from '../api/rehearsals';
import { useMyChoirPage } from '../api/singer';

type Row = {
  id: string;
  startsAt: string;
  kind: 'rehearsal' | 'makeup' | 'concert';
  status: string;
};

export function RollCallRehearsalsPage() {
  const { t } = useTranslation('choirs');
  const format = useDateFormat();
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const choir = useChoirs(orgId).data?.items.find((item) => item.id === choirId);
  const conducts = choir?.conducts ?? false;
  const all = useChoirRehearsals(
    orgId,
    choirId,
    { when: 'upcoming', limit: 20 },
    !!choir && conducts,
  );
  const mine = useMyChoirPage(orgId, choirId, !!choir && !conducts);
  const query = conducts ? all : mine;
  const rows: Row[] = conducts ? (all.data?.items ?? []) : (mine.data?.rehearsals ?? []);
  const now = Date.now();
  const upcoming = rows.filter((row) => new Date(row.startsAt).getTime() > now - 6 * 3_600_000);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, conducts ? `choirs/${choirId}` : 'choirs')}>
          ← {choir?.name ?? t('back')}
        </Link>
      </p>
      <PageHeader title={t('rollCall.pickTitle')} description={t('rollCall.pickIntro')} />
      {choir ? <QueryStatus query={query} /> : null}
      {query.data && upcoming.length === 0 ? <p>{t('conductor.rehearsals.empty')}</p> : null}
      {upcoming.length > 0 ? (
        <ItemList label={t('rollCall.pickTitle')}>
          {upcoming.map((row) => (
            <Item
              key={row.id}
              title={
                <Link to={orgPath(orgId, `choirs/${choirId}/rehearsals/${row.id}`)}>
                  {format.dateTime(row.startsAt)}
                </Link>
              }
              badges={
                <>
                  <Badge>{t(`rehearsalKind.${row.kind}`)}</Badge>
                  {row.status === 'cancelled' ? (
                    <Badge tone="danger">{t('cancelled')}</Badge>
                  ) : null}
                </>
              }
            />
          ))}
        </ItemList>
      ) : null}
    </>
  );
}
