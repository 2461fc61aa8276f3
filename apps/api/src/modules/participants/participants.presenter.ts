// Shapes participant and consent rows for the API; access needs appear only when passed in.
import {
  type AccessNeeds,
  type Consent,
  isMinorAgeBand,
  type Participant,
  type ParticipantDetail,
} from '@tutti/contracts';
import type { ConsentRow } from './consents.repository';
import type { ParticipantListRow } from './participants.repository';

export function presentParticipant(row: ParticipantListRow): Participant {
  const { participant } = row;
  const isMinor = isMinorAgeBand(participant.ageBand);
  return {
    id: participant.id,
    group: { id: participant.groupId, name: row.groupName },
    firstName: participant.firstName,
    lastName: participant.lastName,
    ageBand: participant.ageBand,
    isMinor,
    communeCode: participant.communeCode,
    communeName: participant.communeName,
    consentStatus: !isMinor ? 'not_required' : row.consentMissing ? 'missing' : 'given',
    retainUntil: participant.retainUntil,
    anonymised: participant.anonymisedAt !== null,
    archivedAt: participant.archivedAt?.toISOString() ?? null,
    createdAt: participant.createdAt.toISOString(),
  };
}

export function presentConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    guardianName: row.guardianName,
    guardianEmail: row.guardianEmail,
    guardianPhone: row.guardianPhone,
    givenOn: row.givenOn,
    method: row.method,
    purposes: row.purposes,
    withdrawnOn: row.withdrawnOn,
    source: row.source,
    sourceFile: row.sourceFile,
    sourceLine: row.sourceLine,
    createdAt: row.createdAt.toISOString(),
  };
}

export type ParticipantDetailData = {
  row: ParticipantListRow;
  consents: ConsentRow[];
  /** Undefined when the reader may not see access needs: the field is then left out. */
  accessNeeds?: { needs: string; updatedAt: Date } | null;
};

export function presentParticipantDetail(data: ParticipantDetailData): ParticipantDetail {
  const detail: ParticipantDetail = {
    ...presentParticipant(data.row),
    consents: data.consents.map(presentConsent),
  };
  if (data.accessNeeds !== undefined) detail.accessNeeds = presentAccessNeeds(data.accessNeeds);
  return detail;
}

function presentAccessNeeds(row: { needs: string; updatedAt: Date } | null): AccessNeeds | null {
  return row ? { needs: row.needs, updatedAt: row.updatedAt.toISOString() } : null;
}
