// A session ready for attendance in tests: an artist linked to the artist member, a listed group of
// participants, a counted group, and a helper that sends operations as a device would (through
// the offline operation log).
import type {
  AttendanceOperation,
  AttendanceStatus,
  OperationResult,
  ParticipantDetail,
} from '@tutti/contracts';
import {
  buildArtist,
  buildGroup,
  buildParticipant,
  buildSession,
  PARTICIPATION_CONSENT,
} from './programme-factory';
import type { buildOrganisation, Client, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

export async function buildAttendanceScene(
  t: TestApp,
  org: BuiltOrganisation,
  options: { startsAt?: Date; participants?: number } = {},
) {
  const coordinator = org.members.coordinator;
  const artist = await buildArtist(t, org.id, org.members.artist.userId);
  const listed = await buildGroup(coordinator, org.id, { name: 'CM1 Jean-Moulin' });
  const counted = await buildGroup(coordinator, org.id, {
    name: 'Public du centre social',
    kind: 'audience',
    listedIndividually: false,
  });
  const people: ParticipantDetail[] = [];
  for (let i = 0; i < (options.participants ?? 3); i++) {
    people.push(
      await buildParticipant(coordinator, org.id, listed.id, {
        lastName: `Martin${i}`,
        ...(i === 0 ? {} : { consent: PARTICIPATION_CONSENT }),
      }),
    );
  }
  const session = await buildSession(t, org.id, {
    groupIds: [listed.id, counted.id],
    artistIds: [artist.id],
    ...(options.startsAt ? { startsAt: options.startsAt } : {}),
  });
  return { artist, listed, counted, people, session };
}

export function markOp(
  sessionId: string,
  participantId: string,
  status: AttendanceStatus,
  overrides: Partial<AttendanceOperation> = {},
): AttendanceOperation {
  return {
    opId: crypto.randomUUID(),
    deviceId: 'phone-a',
    recordedAt: '2026-03-10T09:05:00.000Z',
    sessionId,
    kind: 'attendance.mark',
    participantId,
    status,
    ...overrides,
  } as AttendanceOperation;
}

export function headcountOp(
  sessionId: string,
  groupId: string | null,
  count: number,
  overrides: Partial<AttendanceOperation> = {},
): AttendanceOperation {
  return {
    opId: crypto.randomUUID(),
    deviceId: 'phone-a',
    recordedAt: '2026-03-10T09:05:00.000Z',
    sessionId,
    kind: 'attendance.headcount',
    groupId,
    count,
    ...overrides,
  } as AttendanceOperation;
}

export async function sendOperations(
  client: Client,
  orgId: string,
  operations: AttendanceOperation[],
) {
  const response = await client.post(`/api/orgs/${orgId}/offline/operations`, { operations });
  if (response.status !== 200) throw new Error(`operations: ${JSON.stringify(response.body)}`);
  return (response.body as { results: OperationResult[] }).results;
}
