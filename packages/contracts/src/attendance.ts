// Attendance: marks and head counts written as operations (offline-safe), rosters, my day, conflicts.
import { z } from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { AgeBandSchema, GroupKindSchema } from './groups';
import { LocalDateSchema } from './local-time';
import { defineOperationSchema, loggedOperationOutcomes } from './offline';
import { SessionKindSchema, SessionStatusSchema } from './sessions';

export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export const AttendanceStatusSchema = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** The two kinds of attendance operation, as its log stores them. */
export const attendanceOperationKinds = ['mark', 'headcount'] as const;

export const MAX_HEADCOUNT = 100_000;

/** A participant marked present, absent or excused at a session. */
export const MarkOperationSchema = defineOperationSchema('attendance.mark', {
  sessionId: IdSchema,
  participantId: IdSchema,
  status: AttendanceStatusSchema,
});
export type MarkOperation = z.input<typeof MarkOperationSchema>;

/** People counted rather than listed at a session. */
export const HeadcountOperationSchema = defineOperationSchema('attendance.headcount', {
  sessionId: IdSchema,
  /** A group counted rather than listed, or null for the session's general audience. */
  groupId: IdSchema.nullable(),
  count: z.number().int().min(0).max(MAX_HEADCOUNT),
});
export type HeadcountOperation = z.input<typeof HeadcountOperationSchema>;

export type AttendanceOperation = MarkOperation | HeadcountOperation;

export const RecordedValueSchema = z.object({ recordedAt: TimestampSchema });

export const RosterParticipantSchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  firstName: z.string(),
  /** For artists only the initial ("D."), for coordinators the full name. */
  lastName: z.string().nullable(),
  ageBand: AgeBandSchema,
  /** A minor without a current guardian consent for participation. */
  consentMissing: z.boolean(),
  /** Present only when the reader may see access needs; null when none are recorded. */
  accessNeeds: z.string().nullable().optional(),
  mark: z.object({ status: AttendanceStatusSchema, recordedAt: TimestampSchema }).nullable(),
});
export type RosterParticipant = z.infer<typeof RosterParticipantSchema>;

export const HeadcountValueSchema = z.object({
  count: z.number().int(),
  recordedAt: TimestampSchema,
});

export const RosterGroupSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: GroupKindSchema,
  listedIndividually: z.boolean(),
  expectedSize: z.number().int().nullable(),
  headcount: HeadcountValueSchema.nullable(),
});
export type RosterGroup = z.infer<typeof RosterGroupSchema>;

export const RosterSessionSchema = z.object({
  id: IdSchema,
  title: z.string().nullable(),
  kind: SessionKindSchema,
  status: SessionStatusSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  timeZone: z.string(),
  venue: z
    .object({
      id: IdSchema,
      name: z.string(),
      addressLine: z.string().nullable(),
      communeName: z.string().nullable(),
    })
    .nullable(),
});

/** A session with everything needed to take attendance, also offline. */
export const SessionRosterSchema = z.object({
  session: RosterSessionSchema,
  groups: z.array(RosterGroupSchema),
  participants: z.array(RosterParticipantSchema),
  /** The session's general audience, counted without a group. */
  audienceHeadcount: HeadcountValueSchema.nullable(),
  accessNeedsIncluded: z.boolean(),
});
export type SessionRoster = z.infer<typeof SessionRosterSchema>;

export const MyDayQuerySchema = z.strictObject({
  /** The day in the organisation's time zone; today when absent. */
  date: LocalDateSchema.optional(),
});

export const MyDaySchema = z.object({
  date: LocalDateSchema,
  timeZone: z.string(),
  /** False when no artist record of the organisation is linked to this account. */
  artistLinked: z.boolean(),
  generatedAt: TimestampSchema,
  sessions: z.array(SessionRosterSchema),
});
export type MyDay = z.infer<typeof MyDaySchema>;

export const AttendanceSessionsQuerySchema = PageQuerySchema.extend({
  /** First and last day (organisation's time zone); the last 30 days by default. */
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});
export type AttendanceSessionsQuery = z.infer<typeof AttendanceSessionsQuerySchema>;

export const AttendanceSessionSummarySchema = z.object({
  session: RosterSessionSchema.omit({ venue: true }).extend({ venueName: z.string().nullable() }),
  groups: z.array(z.object({ id: IdSchema, name: z.string() })),
  /** Listed participants expected (members of the session's listed groups). */
  expected: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  headcountTotal: z.number().int(),
  conflicts: z.number().int(),
});
export type AttendanceSessionSummary = z.infer<typeof AttendanceSessionSummarySchema>;

export const ConflictListQuerySchema = PageQuerySchema.extend({ sessionId: IdSchema.optional() });
export type ConflictListQuery = z.infer<typeof ConflictListQuerySchema>;

export const ConflictOperationSchema = z.object({
  opId: IdSchema,
  deviceId: z.string(),
  user: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  status: AttendanceStatusSchema.nullable(),
  count: z.number().int().nullable(),
  recordedAt: TimestampSchema,
  receivedAt: TimestampSchema,
  outcome: z.enum(loggedOperationOutcomes),
});

/** The same mark (or head count) set to different values from different devices. */
export const AttendanceConflictSchema = z.object({
  kind: z.enum(attendanceOperationKinds),
  session: RosterSessionSchema.pick({
    id: true,
    title: true,
    kind: true,
    startsAt: true,
    timeZone: true,
  }),
  participant: z
    .object({ id: IdSchema, firstName: z.string(), lastName: z.string().nullable() })
    .nullable(),
  group: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /** Every operation on that mark, the winner (`applied`) first. */
  operations: z.array(ConflictOperationSchema),
});
export type AttendanceConflict = z.infer<typeof AttendanceConflictSchema>;
