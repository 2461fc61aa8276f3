// The flags of a footprint: inputs to check before the headline counts them, confirmed ones, and
// gaps where nothing could be counted. On the year, each flag opens its project.
import { Link } from '@tanstack/react-router';
import { type CarbonFlag, can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { FlagItem, useFlagText } from './flag-item';

export function FlagsCard({ flags }: { flags: readonly CarbonFlag[] }) {
  const { t } = useTranslation('carbon');
  const { orgId, role } = useCurrentOrg();
  const canConfirm = can(role, 'carbon.confirm');
  return (
    <Card title={t('flags.title')}>
      {flags.length === 0 ? (
        <p>{t('flags.none')}</p>
      ) : (
        <>
          <p>{t('flags.intro')}</p>
          {canConfirm ? null : <p className="muted">{t('flags.fixByCoordinator')}</p>}
          <ul className="carbon-flags">
            {/* In the API's order (heaviest first, then gaps): confirming never moves a flag. */}
            {flags.map((flag) => (
              <FlagItem key={flag.key} orgId={orgId} flag={flag} canConfirm={canConfirm} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

/** The year's flags in short, each with a link to its project where it is fixed or confirmed. */
export function YearFlags({
  flags,
  projectName,
}: {
  flags: readonly CarbonFlag[];
  projectName: (projectId: string) => string | undefined;
}) {
  const { t } = useTranslation('carbon');
  const { orgId } = useCurrentOrg();
  const text = useFlagText();
  const open = flags.filter((flag) => flag.state !== 'confirmed');
  if (open.length === 0) return null;
  return (
    <Card title={t('flags.title')}>
      <p>{t('flags.yearIntro')}</p>
      <ul className="carbon-flags">
        {open.map((flag) => (
          <li key={flag.key} className={`carbon-flag carbon-flag--${flag.state}`}>
            <p className="carbon-flag__where">
              <strong>{text.session(flag)}</strong>
            </p>
            <ul className="carbon-flag__checks">
              {text.checks(flag).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
            {flag.session ? (
              <Link to={orgPath(orgId, `carbon/projects/${flag.session.projectId}`)}>
                {projectName(flag.session.projectId)
                  ? t('flags.openProject', { name: projectName(flag.session.projectId) })
                  : t('flags.openProjectUnnamed')}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
