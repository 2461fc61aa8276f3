// The organisation's menu: the registry's entries the viewer's role may see.
import { Link } from '@tanstack/react-router';
import { Icon } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useTranslateKey } from '@/lib/features';
import { orgPath } from '@/lib/paths';
import { navEntriesFor, useFeatureModules } from '@/lib/registry';

export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const translate = useTranslateKey();
  const org = useCurrentOrg();
  const entries = navEntriesFor(useFeatureModules(), org.role);
  return (
    <ul className="nav-list">
      {entries.map((entry) => (
        <li key={entry.path}>
          <Link
            to={orgPath(org.orgId, entry.path)}
            activeOptions={{ exact: entry.path === '' }}
            onClick={onNavigate}
          >
            <Icon name={entry.icon} />
            <span>{translate(entry.labelKey)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
