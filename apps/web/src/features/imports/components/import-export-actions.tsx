// On the lists of participants, partners and venues: import a file, export the list (CSV or XLSX).
import { Link } from '@tanstack/react-router';
import { can, type ImportEntity } from '@tutti/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass, Icon } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { exportUrl } from '../api/imports';
import './import-actions.css';

type Props = {
  entity: ImportEntity;
  /** Participants: export the group the list is filtered on. */
  groupId?: string | undefined;
  /** The page's own actions, kept beside these. */
  children?: ReactNode;
};

export function ImportExportActions({ entity, groupId, children }: Props) {
  const { t } = useTranslation('imports');
  const { orgId, role } = useCurrentOrg();
  if (!can(role, 'imports.import')) return <>{children}</>;
  const small = buttonClass({ variant: 'secondary', size: 'small' });
  return (
    <div className="import-actions">
      <Link to={orgPath(orgId, `${entity}/import`)} className={small}>
        <Icon name="upload" />
        {t('import')}
      </Link>
      {(['csv', 'xlsx'] as const).map((format) => (
        <a key={format} href={exportUrl(orgId, entity, format, groupId)} download className={small}>
          <Icon name="download" />
          {/* "CSV" to see, "Exporter CSV" to hear: the visible word stays in the name. */}
          <span className="visually-hidden">{t('export')} </span>
          {format.toUpperCase()}
        </a>
      ))}
      {children}
    </div>
  );
}
