// The concert's group orders for admins and coordinators: each class or nursery, how many
// children and adults, who asked, the head who confirms, and where the order stands.
import { useTranslation } from 'react-i18next';
import { Badge, QueryStatus, ScrollTable } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useGroupOrders } from '../api/group-orders';

const tones = {
  pending: 'primary',
  confirmed: 'success',
  declined: 'danger',
  released: 'neutral',
  cancelled: 'neutral',
} as const;

export function GroupOrdersSection({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation('boxOffice');
  const { dateTime } = useDateFormat();
  const groups = useGroupOrders(orgId, sessionId);
  const items = groups.data?.items ?? [];
  return (
    <section className="box-office__orders" aria-labelledby="box-office-groups">
      <h3 id="box-office-groups">{t('groups.title')}</h3>
      <QueryStatus query={groups} />
      {groups.data && items.length === 0 ? <p>{t('groups.empty')}</p> : null}
      {items.length > 0 ? (
        <ScrollTable label={t('groups.caption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('groups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.establishment')}</th>
                <th scope="col" className="num">
                  {t('groups.children')}
                </th>
                <th scope="col" className="num">
                  {t('groups.adults')}
                </th>
                <th scope="col">{t('contact')}</th>
                <th scope="col">{t('groups.head')}</th>
                <th scope="col">{t('waitingList.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((group) => (
                <tr key={group.orderId}>
                  <th scope="row">
                    {[group.establishmentName, group.groupName].filter(Boolean).join(', ')}
                    <br />
                    <span className="muted">{t(`groups.kinds.${group.establishmentKind}`)}</span>
                  </th>
                  <td className="num">{group.children}</td>
                  <td className="num">{group.adults}</td>
                  <td>
                    {[group.contactName, group.contactEmail, group.contactPhone]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>{group.headEmail ?? ''}</td>
                  <td>
                    <Badge tone={tones[group.status]}>
                      {group.status === 'pending'
                        ? t('groups.pendingUntil', { until: dateTime(group.holdExpiresAt) })
                        : t(`groups.statuses.${group.status}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
