// The row a new enrolment writes, with what is derived rather than typed: the web form and imports alike.
import type { ParticipantCreateBody } from '@tutti/contracts';
import type { ParticipantValues } from './participants.repository';
import { retainUntilFor } from './participants.retention';
import { searchNameOf } from './participants.search';

export type EnrolmentFields = Pick<
  ParticipantCreateBody,
  'groupId' | 'firstName' | 'lastName' | 'ageBand' | 'communeCode' | 'communeName'
>;

/** The search name and the retention date (the retention rule, from `day`) come with every new record. */
export function newParticipantValues(input: EnrolmentFields, day = new Date()): ParticipantValues {
  return {
    groupId: input.groupId,
    firstName: input.firstName,
    lastName: input.lastName ?? null,
    ageBand: input.ageBand,
    communeCode: input.communeCode ?? null,
    communeName: input.communeName ?? null,
    searchName: searchNameOf(input.firstName, input.lastName),
    retainUntil: retainUntilFor(day),
  };
}
