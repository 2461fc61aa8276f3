// The header's organisation button: the current one, the others the person belongs to, a new one.
import './org-switcher.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui';
import { useMe } from '@/features/auth';
import { useDisclosure } from '@/lib/hooks/use-disclosure';
import { useCurrentOrg } from '../hooks/use-current-org';

export function OrgSwitcher() {
  const { t } = useTranslation(['organisations', 'common', 'vocabulary']);
  const current = useCurrentOrg();
  const memberships = useMe().data?.memberships ?? [];
  const { containerRef, buttonProps, panelProps, close } = useDisclosure();

  return (
    <div className="org-switcher" ref={containerRef}>
      <button
        {...buttonProps}
        className="org-switcher__button"
        aria-label={t('common:shell.switchOrganisation', { name: current.orgName })}
      >
        <Icon name="building" />
        <span className="org-switcher__name">{current.orgName}</span>
        <Icon name="chevron-down" size={16} />
      </button>
      <div {...panelProps} className="popover">
        <p className="org-switcher__heading" id={`${panelProps.id}-heading`}>
          {t('switcher.yourOrganisations')}
        </p>
        <ul className="org-switcher__list" aria-labelledby={`${panelProps.id}-heading`}>
          {memberships.map((membership) => (
            <li key={membership.orgId}>
              <Link
                to="/o/$orgId"
                params={{ orgId: membership.orgId }}
                aria-current={membership.orgId === current.orgId ? 'true' : undefined}
                onClick={() => close(false)}
              >
                <span>{membership.orgName}</span>
                <span className="org-switcher__role">
                  {t(`vocabulary:role.${membership.role}`)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <Link to="/organisations/new" className="org-switcher__create" onClick={() => close(false)}>
          <Icon name="plus" />
          {t('common:shell.createOrganisation')}
        </Link>
      </div>
    </div>
  );
}
