// A person's rights (GDPR arts. 15–21): the requests log, the export of everything held about a
// participant and their guardians, and erasure with an account of what is kept and why.
import { z } from 'zod';
import {
  IdSchema,
  LocaleSchema,
  OrgParamsSchema,
  PageQuerySchema,
  TimestampSchema,
} from './common';
import { LocalDateSchema } from './local-time';

/** What a person may ask: access (and its export), erasure, rectification, objection. */
export const rightsRequestKinds = ['access', 'erasure', 'rectification', 'objection'] as const;
export const RightsRequestKindSchema = z.enum(rightsRequestKinds);
export type RightsRequestKind = z.infer<typeof RightsRequestKindSchema>;

/** How a request was answered. */
export const rightsRequestOutcomes = ['done', 'partly_done', 'refused', 'withdrawn'] as const;
export const RightsRequestOutcomeSchema = z.enum(rightsRequestOutcomes);
export type RightsRequestOutcome = z.infer<typeof RightsRequestOutcomeSchema>;

/** GDPR art. 12(3): an answer within one month of receipt. */
export const RIGHTS_ANSWER_MONTHS = 1;

export const rightsRequestStates = ['open', 'overdue', 'answered'] as const;
export const RightsRequestStateSchema = z.enum(rightsRequestStates);
export type RightsRequestState = z.infer<typeof RightsRequestStateSchema>;

export const RightsRequestSchema = z.object({
  id: IdSchema,
  participantId: IdSchema.nullable(),
  /** The person's name as held now; null once erased (the log keeps no name). */
  personName: z.string().nullable(),
  personErased: z.boolean(),
  kind: RightsRequestKindSchema,
  receivedOn: LocalDateSchema,
  receivedBy: z.object({ userId: IdSchema, displayName: z.string() }).nullable(),
  /** One month after receipt (art. 12(3)). */
  dueOn: LocalDateSchema,
  answeredOn: LocalDateSchema.nullable(),
  outcome: RightsRequestOutcomeSchema.nullable(),
  note: z.string().nullable(),
  state: RightsRequestStateSchema,
  createdAt: TimestampSchema,
});
export type RightsRequest = z.infer<typeof RightsRequestSchema>;

const NoteSchema = z.string().trim().max(1000);

export const RightsRequestCreateBodySchema = z.strictObject({
  participantId: IdSchema,
  kind: RightsRequestKindSchema,
  receivedOn: LocalDateSchema,
  /** The member who received it; the one recording it when absent. */
  receivedBy: IdSchema.optional(),
  note: NoteSchema.optional(),
});
export type RightsRequestCreateBody = z.infer<typeof RightsRequestCreateBodySchema>;

/** An answer has a date and an outcome, given together; both null reopen the request. */
export const RightsRequestUpdateBodySchema = z
  .strictObject({
    answeredOn: LocalDateSchema.nullable().optional(),
    outcome: RightsRequestOutcomeSchema.nullable().optional(),
    note: NoteSchema.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.answeredOn === undefined && body.outcome === undefined) return;
    const hasDate = body.answeredOn != null;
    const hasOutcome = body.outcome != null;
    if (hasDate !== hasOutcome) {
      ctx.addIssue({
        code: 'custom',
        path: [hasDate ? 'outcome' : 'answeredOn'],
        message: 'An answer needs both its date and its outcome',
      });
    }
  });
export type RightsRequestUpdateBody = z.infer<typeof RightsRequestUpdateBodySchema>;

export const RightsRequestListQuerySchema = PageQuerySchema.extend({
  state: RightsRequestStateSchema.optional(),
  participantId: IdSchema.optional(),
});
export type RightsRequestListQuery = z.infer<typeof RightsRequestListQuerySchema>;

export const RightsRequestParamsSchema = OrgParamsSchema.extend({ requestId: IdSchema });

export const personExportFormats = ['json', 'pdf'] as const;
export const PersonExportQuerySchema = z.strictObject({
  format: z.enum(personExportFormats).default('json'),
  /** The language of the PDF (the JSON keeps stored values). */
  locale: LocaleSchema.default('fr'),
});

/**
 * An application to a call, as its applicant may read it: identity, answers with their labels,
 * recordings (the files' names and lengths, or that they were deleted), the decision, and, once
 * the results are sent, each juror's scores and comment (jurors by number only).
 */
export const ApplicationDataSchema = z.object({
  applicationId: IdSchema,
  /** The call's title and every label in the application's language. */
  callTitle: z.string(),
  code: z.string(),
  email: z.string(),
  name: z.string(),
  locale: LocaleSchema,
  part: z.string().nullable(),
  status: z.string(),
  createdAt: TimestampSchema,
  submittedAt: TimestampSchema.nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  recordings: z.array(
    z.object({
      label: z.string(),
      /** Null once deleted (the call's retention, or never uploaded to the end). */
      fileName: z.string().nullable(),
      durationMs: z.number().int().nullable(),
      uploadedAt: TimestampSchema,
    }),
  ),
  decision: z.string().nullable(),
  decisionReason: z.string().nullable(),
  notifiedAt: TimestampSchema.nullable(),
  /** True while the jury works: scores and comments are given with the results. */
  evaluationsPending: z.boolean(),
  evaluations: z.array(
    z.object({
      juror: z.string(),
      scores: z.array(z.object({ criterion: z.string(), score: z.number() })),
      recordingQuality: z.number().nullable(),
      total: z.number().nullable(),
      comment: z.string().nullable(),
    }),
  ),
});
export type ApplicationData = z.infer<typeof ApplicationDataSchema>;

/**
 * Everything held about an applicant to calls who is not (or not known as) a participant: their
 * applications in the organisation (one address), the one-time links and the mail sent to it.
 */
export const ApplicantDataExportSchema = z.object({
  exportedAt: TimestampSchema,
  organisation: z.object({ name: z.string() }),
  email: z.string(),
  applications: z.array(ApplicationDataSchema),
  guestAccess: z.object({
    links: z.array(
      z.object({
        scope: z.string(),
        sentTo: z.string(),
        createdAt: TimestampSchema,
        expiresAt: TimestampSchema,
        usedAt: TimestampSchema.nullable(),
      }),
    ),
  }),
  messages: z.array(
    z.object({
      kind: z.string(),
      channel: z.string(),
      to: z.string(),
      subject: z.string(),
      status: z.string(),
      createdAt: TimestampSchema,
      sentAt: TimestampSchema.nullable(),
    }),
  ),
});
export type ApplicantDataExport = z.infer<typeof ApplicantDataExportSchema>;

/** Everything held about a participant and their guardians, as exported (JSON). */
export const PersonDataExportSchema = z.object({
  exportedAt: TimestampSchema,
  organisation: z.object({ name: z.string() }),
  person: z.object({
    id: IdSchema,
    firstName: z.string(),
    lastName: z.string().nullable(),
    ageBand: z.string(),
    communeCode: z.string().nullable(),
    communeName: z.string().nullable(),
    retainUntil: LocalDateSchema,
    anonymisedAt: TimestampSchema.nullable(),
    archivedAt: TimestampSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  }),
  group: z.object({
    id: IdSchema,
    name: z.string(),
    kind: z.string(),
    communeName: z.string().nullable(),
    partnerName: z.string().nullable(),
  }),
  guardians: z.array(
    z.object({
      consentId: IdSchema,
      /** Null when the consent was imported from a file that did not name the guardian. */
      guardianName: z.string().nullable(),
      guardianEmail: z.string().nullable(),
      guardianPhone: z.string().nullable(),
      givenOn: LocalDateSchema,
      method: z.string(),
      purposes: z.array(z.string()),
      withdrawnOn: LocalDateSchema.nullable(),
      recordedAt: TimestampSchema,
    }),
  ),
  /**
   * Special-category data: present (null when none is recorded) only for roles that read access
   * needs; `accessNeedsWithheld` says when they were left out.
   */
  accessNeeds: z.object({ needs: z.string(), updatedAt: TimestampSchema }).nullable().optional(),
  accessNeedsWithheld: z.boolean(),
  attendance: z.array(
    z.object({
      sessionId: IdSchema,
      sessionTitle: z.string(),
      sessionKind: z.string(),
      startsAt: TimestampSchema,
      timeZone: z.string(),
      status: z.string(),
      recordedAt: TimestampSchema,
    }),
  ),
  attendanceLog: z.array(
    z.object({
      opId: IdSchema,
      sessionId: IdSchema,
      kind: z.string(),
      status: z.string().nullable(),
      recordedAt: TimestampSchema,
      receivedAt: TimestampSchema,
      outcome: z.string(),
    }),
  ),
  /** Choir memberships: part, site, contact, RSVPs, attendance, learning and recordings. */
  choirs: z.array(
    z.object({
      choirName: z.string(),
      partCode: z.string(),
      siteName: z.string(),
      contactBy: z.string(),
      contactEmail: z.string().nullable(),
      /** The language of the choir's messages, when set. */
      locale: z.string().nullable(),
      hasAccount: z.boolean(),
      joinedAt: TimestampSchema,
      /** The day they left the choir, if they did. */
      leftOn: z.string().nullable(),
      rsvps: z.number().int(),
      attendance: z.array(z.object({ startsAt: TimestampSchema, status: z.string() })),
      learning: z.array(z.object({ piece: z.string(), status: z.string() })),
      recordings: z.array(
        z.object({
          piece: z.string(),
          review: z.string(),
          comment: z.string().nullable(),
          createdAt: TimestampSchema,
        }),
      ),
      /** Printed score copies lent to them (returned or not). */
      scoreLoans: z.array(
        z.object({
          piece: z.string(),
          copies: z.number().int(),
          lentOn: z.string(),
          returnedOn: z.string().nullable(),
          note: z.string().nullable(),
        }),
      ),
    }),
  ),
  surveys: z.array(
    z.object({
      surveyId: IdSchema,
      surveyTitle: z.string(),
      pseudonym: z.string(),
      answers: z.array(
        z.object({
          phase: z.string(),
          submittedAt: TimestampSchema,
          items: z.array(z.object({ question: z.string(), answer: z.string() })),
        }),
      ),
    }),
  ),
  guestAccess: z.object({
    links: z.array(
      z.object({
        scope: z.string(),
        sentTo: z.string(),
        createdAt: TimestampSchema,
        expiresAt: TimestampSchema,
        usedAt: TimestampSchema.nullable(),
      }),
    ),
    accesses: z.array(
      z.object({
        scope: z.string(),
        subject: z.string(),
        createdAt: TimestampSchema,
        expiresAt: TimestampSchema,
        endedAt: TimestampSchema.nullable(),
      }),
    ),
  }),
  messages: z.array(
    z.object({
      kind: z.string(),
      channel: z.string(),
      to: z.string(),
      subject: z.string(),
      status: z.string(),
      createdAt: TimestampSchema,
      sentAt: TimestampSchema.nullable(),
    }),
  ),
  /** Introductions to ensembles after the journey, and the follow-up answers. */
  handovers: z.array(
    z.object({
      ensemble: z.string(),
      introducedAt: TimestampSchema,
      part: z.string().nullable(),
      sang: z.string(),
      message: z.string().nullable(),
      contactEmail: z.string().nullable(),
      status: z.string(),
      trialDate: LocalDateSchema.nullable(),
      answerNote: z.string().nullable(),
      followUps: z.array(
        z.object({
          kind: z.string(),
          sentAt: TimestampSchema,
          answer: z.string().nullable(),
          answeredAt: TimestampSchema.nullable(),
        }),
      ),
    }),
  ),
  /** Concert bookings, waiting-list entries and group orders headed, found by the guardians' addresses. */
  concerts: z.object({
    orders: z.array(
      z.object({
        concertTitle: z.string(),
        startsAt: TimestampSchema,
        timeZone: z.string(),
        name: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        seats: z.number().int(),
        status: z.string(),
        channel: z.string(),
        /** Only for the roles that read access needs. */
        accessNeeds: z.string().nullable().optional(),
        createdAt: TimestampSchema,
      }),
    ),
    waitingList: z.array(
      z.object({
        concertTitle: z.string(),
        startsAt: TimestampSchema,
        name: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        partySize: z.number().int(),
        status: z.string(),
        createdAt: TimestampSchema,
      }),
    ),
    groupOrders: z.array(
      z.object({
        concertTitle: z.string(),
        startsAt: TimestampSchema,
        establishmentName: z.string(),
        groupName: z.string().nullable(),
        headEmail: z.string().nullable(),
        children: z.number().int(),
        adults: z.number().int(),
      }),
    ),
  }),
  /**
   * Photos, videos and recordings of the journey spaces that name the person as shown in them:
   * `published` is the coordinator's wish; families see an item only while everyone it shows
   * (or their guardian) consents to that use.
   */
  spaceItems: z.array(
    z.object({
      resourceId: IdSchema,
      title: z.string(),
      kind: z.string(),
      sessionStartsAt: TimestampSchema.nullable(),
      published: z.boolean(),
    }),
  ),
  /**
   * Reminder e-mails of journey spaces asked for with a guardian's address: the journey, the
   * language, when asked and confirmed, how many reminders went.
   */
  spaceReminders: z.array(
    z.object({
      journeyName: z.string(),
      email: z.string(),
      language: LocaleSchema,
      askedAt: TimestampSchema,
      confirmedAt: TimestampSchema.nullable(),
      remindersSent: z.number().int(),
    }),
  ),
  /**
   * Requests for help to start an ensemble where none was within reach, sent from the public
   * directory with one of the guardians' addresses (or the introduction's follow-up address).
   */
  supportRequests: z.array(
    z.object({
      communeName: z.string(),
      name: z.string().nullable(),
      contactEmail: z.string().nullable(),
      contactPhone: z.string().nullable(),
      message: z.string().nullable(),
      sentAt: TimestampSchema,
      handledAt: TimestampSchema.nullable(),
    }),
  ),
  /** Applications to calls made as this participant (matched by name when they applied). */
  applications: z.array(ApplicationDataSchema),
  rightsRequests: z.array(
    z.object({
      kind: RightsRequestKindSchema,
      receivedOn: LocalDateSchema,
      dueOn: LocalDateSchema,
      answeredOn: LocalDateSchema.nullable(),
      outcome: RightsRequestOutcomeSchema.nullable(),
    }),
  ),
});
export type PersonDataExport = z.infer<typeof PersonDataExportSchema>;

/** What erasure removes. */
export const erasedItems = [
  'identity',
  'guardians',
  'accessNeeds',
  'surveyLinks',
  'guestLinks',
  'messages',
  'requestNotes',
  'handovers',
  'concertBookings',
  'choirMemberships',
  'spaceReminders',
  'supportRequests',
  'callApplications',
  'callRecordings',
] as const;
/** What erasure keeps, without a name, and the reason for each. */
export const keptItems = [
  'attendance',
  'ageBandAndGroup',
  'surveyAnswers',
  'attendanceLog',
  'requestLog',
  'sharedGuardianAccess',
  'followUpAnswers',
  'callScores',
] as const;
export const keptReasons = [
  'funderStatistics',
  'impactEvaluation',
  'exactlyOnceSync',
  'proofOfAnswer',
  'otherChildren',
  'callIntegrity',
] as const;

export const ErasureAccountSchema = z.object({
  /** The participant erased; null for an applicant known by their address only. */
  participantId: IdSchema.nullable(),
  /** True once done (the account after), false for the preview (the account before). */
  erased: z.boolean(),
  removed: z.array(z.object({ item: z.enum(erasedItems), count: z.number().int() })),
  kept: z.array(
    z.object({
      item: z.enum(keptItems),
      count: z.number().int(),
      reason: z.enum(keptReasons),
    }),
  ),
});
export type ErasureAccount = z.infer<typeof ErasureAccountSchema>;

export const ErasureBodySchema = z.strictObject({
  /** Must be true: erasure cannot be undone. */
  confirm: z.literal(true),
  /** The erasure request it answers: marked answered today, outcome done. */
  requestId: IdSchema.optional(),
});
export type ErasureBody = z.infer<typeof ErasureBodySchema>;

/** An applicant to calls, by one of their applications: all of that address's applications. */
export const ApplicantRightsParamsSchema = OrgParamsSchema.extend({ applicationId: IdSchema });
export const ApplicantErasureBodySchema = z.strictObject({ confirm: z.literal(true) });
