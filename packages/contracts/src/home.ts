// The home page of an organisation, the first page everyone opens: one answer shaped by the
// reader's role. Each part is null for a role that does not get it.
import { z } from 'zod';
import { IdSchema, RoleSchema, TimestampSchema } from './common';
import { PeopleCountSchema } from './impact';
import { ImportEntitySchema } from './imports';
import { LocalDateSchema } from './local-time';
import { SessionKindSchema, SessionStatusSchema, SessionTimesSchema } from './sessions';

const NamedSchema = z.object({ id: IdSchema, name: z.string() });

/** A session as the home lists it: when, what, where, and whether it still needs a decision. */
export const HomeSessionSchema = SessionTimesSchema.extend({
  id: IdSchema,
  kind: SessionKindSchema,
  title: z.string().nullable(),
  status: SessionStatusSchema,
  projectName: z.string(),
  venueName: z.string().nullable(),
  /** Conflicts a coordinator accepted when placing it (a double booking, a closed venue…). */
  acceptedConflicts: z.number().int(),
});
export type HomeSession = z.infer<typeof HomeSessionSchema>;

/** The days the home looks at: `from` (today) to `toExclusive`, in the organisation's zone. */
export const HomeRangeSchema = z.object({
  from: LocalDateSchema,
  toExclusive: LocalDateSchema,
  timeZone: z.string(),
});

/** The most sessions a list of the home shows; the counts say how many there are in all. */
export const HOME_LIST_LIMIT = 8;

/** A past session whose attendance has not reached the server, with its artists' last sync. */
export const AttendanceAwaitedSchema = z.object({
  session: HomeSessionSchema,
  artists: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      /** When the server last received attendance from this artist's account; null: never. */
      lastSyncAt: TimestampSchema.nullable(),
    }),
  ),
});

/** For admins and coordinators: the next seven days and what waits for a decision. */
export const HomeWeekSchema = z.object({
  range: HomeRangeSchema,
  /** The first sessions of the range (cancelled ones left out), by start. */
  sessions: z.array(HomeSessionSchema),
  sessionCount: z.number().int(),
  /** When the range holds few sessions, the next ones after it (up to 3). */
  later: z.array(HomeSessionSchema),
  /** Sessions of the range still `planned`, not confirmed with the partner. */
  unconfirmed: z.number().int(),
  /** Sessions of the range placed with accepted conflicts. */
  withAcceptedConflicts: z.number().int(),
  /** Marks recorded differently on two devices in the last 30 days (the rule chose one). */
  attendanceConflicts: z.number().int(),
  /** Minors without a guardian consent in the groups that have a session in the range. */
  missingConsents: z.object({ participants: z.number().int(), groups: z.number().int() }),
  /**
   * Sessions of the last 7 days, over, not cancelled, with a group, and no mark or head count
   * received: taken on a device that has not synchronised yet, or not taken.
   */
  attendanceAwaited: z.array(AttendanceAwaitedSchema),
  attendanceAwaitedCount: z.number().int(),
  /** Imported files read and previewed, not yet applied (kept 7 days). */
  importsWaiting: z.array(
    z.object({
      id: IdSchema,
      entity: ImportEntitySchema,
      fileName: z.string(),
      createdAt: TimestampSchema,
      errorCount: z.number().int(),
    }),
  ),
});
export type HomeWeek = z.infer<typeof HomeWeekSchema>;

export const firstSteps = ['venues', 'partners', 'participants', 'project', 'journey'] as const;
export const FirstStepSchema = z.enum(firstSteps);
export type FirstStep = z.infer<typeof FirstStepSchema>;

/** For admins and coordinators: each first step, ticked once the organisation has done it. */
export const HomeFirstStepsSchema = z.array(z.object({ step: FirstStepSchema, done: z.boolean() }));

/** For admins: members, invitations and mail. */
export const HomeAdministrationSchema = z.object({
  members: z.number().int(),
  pendingInvitations: z.number().int(),
  /** Messages that could not be sent for 48 hours (the Courriels page resends them). */
  failedMessages: z.number().int(),
});

/** For artists: the next session, its day, and the attendance still to send. */
export const HomeArtistSchema = z.object({
  /** False when no artist record of the organisation is linked to this account. */
  linked: z.boolean(),
  next: HomeSessionSchema.extend({
    venue: z
      .object({
        name: z.string(),
        address: z.string().nullable(),
        communeName: z.string().nullable(),
      })
      .nullable(),
    onlineUrl: z.string().nullable(),
    groups: z.array(NamedSchema),
    /** Other artists of the session. */
    otherArtists: z.array(NamedSchema),
  }).nullable(),
  /** Every session of the next session's day (today when it is today), by start. */
  day: z.object({ date: LocalDateSchema, sessions: z.array(HomeSessionSchema) }).nullable(),
  /** The artist's next sessions after that day (up to 4). */
  later: z.array(HomeSessionSchema),
  /** The artist's sessions in the next seven days. */
  weekCount: z.number().int(),
  /** The artist's sessions of the last 7 days, over, with no attendance received. */
  attendanceAwaited: z.array(HomeSessionSchema),
});
export type HomeArtist = z.infer<typeof HomeArtistSchema>;

/** For relays: each of their groups, with what it needs. */
export const HomeRelayGroupSchema = z.object({
  id: IdSchema,
  name: z.string(),
  partnerName: z.string().nullable(),
  /** Members listed one by one (a class), or only counted. */
  listedIndividually: z.boolean(),
  participants: z.number().int(),
  /** Minors of the group without a guardian consent. */
  missingConsents: z.number().int(),
  next: HomeSessionSchema.nullable(),
  /** Open surveys of the group's journeys, with the answers given for the group so far. */
  openSurveys: z.array(z.object({ id: IdSchema, title: z.string(), answers: z.number().int() })),
});
export type HomeRelayGroup = z.infer<typeof HomeRelayGroupSchema>;

/** For viewers: the season's key figures up to yesterday, over the sessions the Impact page counts. */
export const HomeFiguresSchema = z.object({
  /** The school year (September to August) that contains today. */
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** Held figures count the sessions up to this day (yesterday); null before the season's first day. */
  countedUntil: LocalDateSchema.nullable(),
  sessionsHeld: z.number().int(),
  concertsHeld: z.number().int(),
  /** Sessions not cancelled from today to the end of the season. */
  sessionsUpcoming: z.number().int(),
  /** Participants marked present, plus head counts, over the held sessions ("< 5" below 5). */
  attendances: PeopleCountSchema,
  communesReached: z.number().int(),
  projects: z.number().int(),
});
export type HomeFigures = z.infer<typeof HomeFiguresSchema>;

export const HomeSchema = z.object({
  role: RoleSchema,
  generatedAt: TimestampSchema,
  week: HomeWeekSchema.nullable(),
  firstSteps: HomeFirstStepsSchema.nullable(),
  administration: HomeAdministrationSchema.nullable(),
  artist: HomeArtistSchema.nullable(),
  relayGroups: z.array(HomeRelayGroupSchema).nullable(),
  figures: HomeFiguresSchema.nullable(),
});
export type Home = z.infer<typeof HomeSchema>;
