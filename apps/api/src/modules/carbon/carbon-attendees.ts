// Who came to a session, and from where: attendance when taken, else the groups' lists or expected sizes.
import type { GroupKind } from '@tutti/contracts';
import { note, type ScopedNote, type ScopeSession } from './carbon-model';

export type GroupInfo = {
  id: string;
  name: string;
  kind: GroupKind;
  listedIndividually: boolean;
  expectedSize: number | null;
  communeCode: string | null;
  communeName: string | null;
};

type Commune = { communeCode: string | null; communeName: string | null };
export type ParticipantInfo = Commune & { id: string; groupId: string };
export type MarkInfo = Commune & {
  participantId: string;
  status: 'present' | 'absent' | 'excused';
  groupId: string;
};
export type HeadcountInfo = { groupId: string | null; count: number };

/** Listed or counted people of one origin: a participant, or a head count. */
export type Attendee = Commune & {
  participantId: string | null;
  count: number;
  group: GroupInfo | null;
};

export type AttendanceData = {
  groupsBySession: ReadonlyMap<string, readonly GroupInfo[]>;
  groupsById: ReadonlyMap<string, GroupInfo>;
  participantsByGroup: ReadonlyMap<string, readonly ParticipantInfo[]>;
  marksBySession: ReadonlyMap<string, readonly MarkInfo[]>;
  headcountsBySession: ReadonlyMap<string, readonly HeadcountInfo[]>;
};

/** Groups that come together (a class with its teacher), not each member from home. */
export const GROUPS_TRAVELLING_TOGETHER: ReadonlySet<GroupInfo['kind']> = new Set([
  'class',
  'leisure_centre_group',
  'social_centre_group',
  'nursing_home_group',
  'disability_institute_group',
]);

/**
 * The people of a session. Attendance, once taken (any mark or head count), is what happened:
 * participants marked present and head counts. Before that, the groups' listed participants,
 * or a group's expected size when its members are counted rather than listed.
 */
export function attendeesOf(
  session: ScopeSession,
  data: AttendanceData,
): { attendees: Attendee[]; notes: ScopedNote[] } {
  const marks = data.marksBySession.get(session.id) ?? [];
  const headcounts = data.headcountsBySession.get(session.id) ?? [];
  if (marks.length > 0 || headcounts.length > 0) {
    const attendees: Attendee[] = marks
      .filter((mark) => mark.status === 'present')
      .map((mark) => {
        const group = data.groupsById.get(mark.groupId) ?? null;
        return { participantId: mark.participantId, count: 1, group, ...communeOf(mark, group) };
      });
    for (const headcount of headcounts) {
      const group = headcount.groupId ? (data.groupsById.get(headcount.groupId) ?? null) : null;
      attendees.push({
        participantId: null,
        count: headcount.count,
        group,
        communeCode: group?.communeCode ?? null,
        communeName: group?.communeName ?? null,
      });
    }
    return { attendees, notes: [note('people-from-attendance')] };
  }
  const attendees: Attendee[] = [];
  const notes: ScopedNote[] = [note('people-from-enrolment')];
  for (const group of data.groupsBySession.get(session.id) ?? []) {
    if (group.listedIndividually) {
      const listed = data.participantsByGroup.get(group.id) ?? [];
      if (listed.length === 0) notes.push(note('group-nobody-listed', { group: group.name }));
      for (const participant of listed) {
        attendees.push({
          participantId: participant.id,
          count: 1,
          group,
          ...communeOf(participant, group),
        });
      }
    } else if (group.expectedSize !== null) {
      attendees.push({
        participantId: null,
        count: group.expectedSize,
        group,
        communeCode: group.communeCode,
        communeName: group.communeName,
      });
    } else {
      notes.push(
        note(
          'group-size-unknown',
          { group: group.name },
          { target: { kind: 'group', id: group.id } },
        ),
      );
    }
  }
  return { attendees, notes };
}

function communeOf(person: Commune, group: GroupInfo | null): Commune {
  if (person.communeCode)
    return { communeCode: person.communeCode, communeName: person.communeName };
  return { communeCode: group?.communeCode ?? null, communeName: group?.communeName ?? null };
}

/** Beneficiaries of sessions: different participants once, head counts summed. */
export type Beneficiaries = { participantIds: Set<string>; headcount: number };

export function beneficiariesOf(attendees: readonly Attendee[]): Beneficiaries {
  const participantIds = new Set<string>();
  let headcount = 0;
  for (const attendee of attendees) {
    if (attendee.participantId) participantIds.add(attendee.participantId);
    else headcount += attendee.count;
  }
  return { participantIds, headcount };
}

export function addBeneficiaries(total: Beneficiaries, more: Beneficiaries): Beneficiaries {
  for (const id of more.participantIds) total.participantIds.add(id);
  total.headcount += more.headcount;
  return total;
}
