// One participant in a list: name, group, age band, and the consent flag for minors.
import { Link } from '@tanstack/react-router';
import type { Participant } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Item } from '@/components/ui';
import { orgPath } from '@/lib/paths';

export function displayName(participant: { firstName: string; lastName: string | null }) {
  return [participant.firstName, participant.lastName].filter(Boolean).join(' ');
}

export function ParticipantItem({
  orgId,
  participant,
  showGroup = true,
}: {
  orgId: string;
  participant: Participant;
  showGroup?: boolean;
}) {
  const { t } = useTranslation('participants');
  return (
    <Item
      title={
        <Link to={orgPath(orgId, `participants/${participant.id}`)}>
          {displayName(participant)}
        </Link>
      }
      badges={
        <>
          {participant.consentStatus === 'missing' ? (
            <Badge tone="danger">{t('consentStatus.missing')}</Badge>
          ) : null}
          {participant.anonymised ? <Badge>{t('anonymised')}</Badge> : null}
          {participant.archivedAt && !participant.anonymised ? (
            <Badge>{t('archived')}</Badge>
          ) : null}
        </>
      }
      meta={[
        showGroup ? participant.group.name : null,
        t(`ageBands.${participant.ageBand}`),
        participant.communeName,
      ]
        .filter(Boolean)
        .join(' · ')}
    />
  );
}
