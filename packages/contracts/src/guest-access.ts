// People without accounts: one-time links to a scoped access, and secret links shared by a group.
import { z } from 'zod';
import { EmailSchema, IdSchema, LocaleSchema, TimestampSchema } from './common';
import { LocalDateSchema } from './local-time';
import { ConsentMethodSchema, ConsentPurposeSchema } from './participants';
import { PhoneSchema } from './phone';
import { SessionKindSchema, SessionStatusSchema } from './sessions';

/**
 * What a one-time link opens. Each scope is registered by the feature that serves it
 * (`guardian`: a guardian's children, by the participants module); bookings, applications and
 * a child's journey will be scopes too.
 */
export const guestScopes = ['guardian', 'applicant'] as const;
export const GuestScopeSchema = z.enum(guestScopes);
export type GuestScope = z.infer<typeof GuestScopeSchema>;

export const GuestLinkRequestBodySchema = z
  .strictObject({
    orgId: IdSchema,
    scope: GuestScopeSchema,
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    /** The language of the message; French when absent. */
    locale: LocaleSchema.optional(),
  })
  .superRefine((body, context) => {
    if ((body.email === undefined) === (body.phone === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Give either an e-mail address or a phone number',
      });
    }
  });
export type GuestLinkRequestBody = z.infer<typeof GuestLinkRequestBodySchema>;

/** The token of a one-time link (32 random bytes, base64url). */
export const GuestTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'The token from the link');

export const GuestRedeemBodySchema = z.strictObject({ token: GuestTokenSchema });

/** The access a browser holds after opening a link. */
export const GuestAccessSchema = z.object({
  scope: GuestScopeSchema,
  organisation: z.object({ id: IdSchema, name: z.string() }),
  expiresAt: TimestampSchema,
});
export type GuestAccess = z.infer<typeof GuestAccessSchema>;

/** A session as families and groups see it: when, where, what; never who else attends. */
export const SharedSessionSchema = z.object({
  kind: SessionKindSchema,
  title: z.string().nullable(),
  status: SessionStatusSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  timeZone: z.string(),
  venue: z
    .object({
      name: z.string(),
      addressLine: z.string().nullable(),
      postalCode: z.string().nullable(),
      communeName: z.string().nullable(),
    })
    .nullable(),
  online: z.boolean(),
});
export type SharedSession = z.infer<typeof SharedSessionSchema>;

/** "Mes enfants": the children whose guardian holds the access, nobody else. */
export const GuardianChildrenSchema = z.object({
  organisation: z.object({ name: z.string() }),
  children: z.array(
    z.object({
      firstName: z.string(),
      group: z.object({ name: z.string() }),
      consents: z.array(
        z.object({
          givenOn: LocalDateSchema,
          method: ConsentMethodSchema,
          purposes: z.array(ConsentPurposeSchema),
          withdrawnOn: LocalDateSchema.nullable(),
        }),
      ),
      upcomingSessions: z.array(SharedSessionSchema),
    }),
  ),
});
export type GuardianChildren = z.infer<typeof GuardianChildrenSchema>;

/** One use of a one-time link, for the organisation's admins. */
export const GuestAccessUseSchema = z.object({
  id: IdSchema,
  scope: GuestScopeSchema,
  subject: z.string(),
  openedAt: TimestampSchema,
  expiresAt: TimestampSchema,
  endedAt: TimestampSchema.nullable(),
});
export type GuestAccessUse = z.infer<typeof GuestAccessUseSchema>;

export const GroupShareLinkCreateBodySchema = z.strictObject({
  /** What the organisation shares with the group; no personal data. */
  note: z.string().trim().max(1000).nullable().optional(),
});
export type GroupShareLinkCreateBody = z.infer<typeof GroupShareLinkCreateBodySchema>;

export const GroupShareLinkSchema = z.object({
  id: IdSchema,
  url: z.url(),
  note: z.string().nullable(),
  createdAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable(),
});
export type GroupShareLink = z.infer<typeof GroupShareLinkSchema>;

export const GroupShareLinkParamsSchema = z.strictObject({
  orgId: IdSchema,
  groupId: IdSchema,
  linkId: IdSchema,
});

/** A group's shared page: the group, the organisation's note and upcoming sessions; nobody's name. */
export const GroupSharedPageSchema = z.object({
  organisation: z.object({ name: z.string() }),
  group: z.object({ name: z.string() }),
  note: z.string().nullable(),
  upcomingSessions: z.array(SharedSessionSchema),
});
export type GroupSharedPage = z.infer<typeof GroupSharedPageSchema>;
