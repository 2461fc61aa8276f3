// The organisation's menu: the registry's entries the viewer's role may see, under their headings.
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { type NavEntry, type NavSection, useTranslateKey } from '@/lib/features';
import { orgPath } from '@/lib/paths';
import { navSectionsFor, useFeatureModules } from '@/lib/registry';

export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const org = useCurrentOrg();
  const sections = navSectionsFor(useFeatureModules(), org.role);
  return (
    <div className="nav-sections">
      {sections.map(({ section, entries }) => (
        <NavSectionList
          key={section}
          section={section}
          entries={entries}
          orgId={org.orgId}
          onNavigate={onNavigate}
        />
      ))}
    </div>
  );
}

function NavSectionList({
  section,
  entries,
  orgId,
  onNavigate,
}: {
  section: NavSection;
  entries: NavEntry[];
  orgId: string;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const translate = useTranslateKey();
  const headingId = useId();
  // The day's entries open the menu without a heading; every other group is named.
  const named = section !== 'today';
  return (
    <>
      {named ? (
        <p className="nav-section__title" id={headingId}>
          {t(`shell.sections.${section}`)}
        </p>
      ) : null}
      <ul className="nav-list" aria-labelledby={named ? headingId : undefined}>
        {entries.map((entry) => (
          <li key={entry.path}>
            <Link
              to={orgPath(orgId, entry.path)}
              activeOptions={{ exact: entry.path === '' }}
              onClick={onNavigate}
            >
              <Icon name={entry.icon} />
              <span>{translate(entry.labelKey)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
