// The choirs the account conducts or sings in, each with the pages it may open: direction for
// conductors and coordinators, the checking queue for section leaders, the singer's own page.
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Item, ItemList, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useChoirs } from '../api/choirs';
import './choirs.css';

export function ChoirsPage() {
  const { t } = useTranslation('choirs');
  const { orgId, role } = useCurrentOrg();
  const choirs = useChoirs(orgId);
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <QueryStatus query={choirs} />
      {choirs.data ? (
        choirs.data.items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ItemList label={t('title')}>
            {choirs.data.items.map((choir) => {
              const base = `choirs/${choir.id}`;
              const links = [
                choir.myMemberId ? { to: `${base}/me`, label: t('open.singer') } : null,
                choir.conducts ? { to: base, label: t('open.conductor') } : null,
                choir.conducts || choir.leads.length > 0
                  ? { to: `${base}/checking`, label: t('open.checking') }
                  : null,
                choir.conducts || choir.leads.length > 0
                  ? { to: `${base}/learning`, label: t('open.learning') }
                  : null,
                choir.conducts || choir.leads.length > 0
                  ? { to: `${base}/messages`, label: t('open.messages') }
                  : null,
                choir.conducts || choir.leads.length > 0
                  ? { to: `${base}/scores`, label: t('open.scores') }
                  : null,
                (choir.conducts || choir.leads.length > 0) && can(role, 'choirs.attend')
                  ? { to: `${base}/rehearsals`, label: t('open.rollCall') }
                  : null,
              ].filter((link) => link !== null);
              return (
                <Item
                  key={choir.id}
                  title={choir.name}
                  meta={t('members', { count: choir.members })}
                >
                  <ul className="choir-links">
                    {links.map((link) => (
                      <li key={link.to}>
                        <Link to={orgPath(orgId, link.to)}>{link.label}</Link>
                      </li>
                    ))}
                  </ul>
                </Item>
              );
            })}
          </ItemList>
        )
      ) : null}
    </>
  );
}
