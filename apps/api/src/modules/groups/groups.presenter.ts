// Shapes group rows for the API.
import type { Group } from '@tutti/contracts';
import type { GroupListRow } from './groups.repository';

export function presentGroup(row: GroupListRow): Group {
  const { group } = row;
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    partner: group.partnerId ? { id: group.partnerId, name: row.partnerName ?? '' } : null,
    relay: group.relayUserId
      ? { userId: group.relayUserId, displayName: row.relayName ?? '' }
      : null,
    listedIndividually: group.listedIndividually,
    expectedSize: group.expectedSize,
    ageBand: group.ageBand,
    communeCode: group.communeCode,
    communeName: group.communeName,
    participantCount: row.participantCount,
    minorsWithoutConsent: row.minorsWithoutConsent,
    archivedAt: group.archivedAt?.toISOString() ?? null,
    createdAt: group.createdAt.toISOString(),
  };
}
