// Organisations, their members and member invitations, and the outbox their admins can read.
import { z } from 'zod';
import {
  DisplayNameSchema,
  EmailSchema,
  IdSchema,
  PasswordSchema,
  RoleSchema,
  TimestampSchema,
} from './common';

export const OrganisationNameSchema = z.string().trim().min(2).max(160);

export const OrganisationCreateBodySchema = z.strictObject({ name: OrganisationNameSchema });

export const OrganisationUpdateBodySchema = z.strictObject({ name: OrganisationNameSchema });

export const OrganisationSchema = z.object({
  id: IdSchema,
  name: z.string(),
  timeZone: z.string(),
  isDemo: z.boolean(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const MemberSchema = z.object({
  userId: IdSchema,
  displayName: z.string(),
  email: z.string(),
  role: RoleSchema,
  since: TimestampSchema,
});
export type Member = z.infer<typeof MemberSchema>;

export const MemberParamsSchema = z.strictObject({ orgId: IdSchema, userId: IdSchema });

export const MemberRoleUpdateBodySchema = z.strictObject({ role: RoleSchema });

export const MemberInvitationCreateBodySchema = z.strictObject({
  email: EmailSchema,
  role: RoleSchema,
});

/** An invitation to join the organisation with a role, e-mailed as a link. */
export const MemberInvitationSchema = z.object({
  id: IdSchema,
  email: z.string(),
  role: RoleSchema,
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  expiresAt: TimestampSchema,
  createdAt: TimestampSchema,
});
export type MemberInvitation = z.infer<typeof MemberInvitationSchema>;

export const MemberInvitationParamsSchema = z.strictObject({
  orgId: IdSchema,
  memberInvitationId: IdSchema,
});

/** What the person holding an invitation link sees before accepting it. */
export const MemberInvitationPreviewSchema = z.object({
  orgName: z.string(),
  role: RoleSchema,
  email: z.string(),
  hasAccount: z.boolean(),
});
export type MemberInvitationPreview = z.infer<typeof MemberInvitationPreviewSchema>;

/** A new person sets a name and password; a signed-in person sends an empty body. */
export const MemberInvitationAcceptBodySchema = z.strictObject({
  displayName: DisplayNameSchema.optional(),
  password: PasswordSchema.optional(),
});

export const outboxStatuses = ['pending', 'sent', 'failed', 'kept'] as const;
/** E-mail goes out over SMTP; text messages through the SMS transport when one is configured. */
export const outboxChannels = ['email', 'sms'] as const;

export const OutboxMessageSchema = z.object({
  id: IdSchema,
  kind: z.string(),
  channel: z.enum(outboxChannels),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  status: z.enum(outboxStatuses),
  /** Tries so far (since the last resend). */
  attempts: z.number().int(),
  /** When a pending message is tried next; null otherwise. */
  nextAttemptAt: TimestampSchema.nullable(),
  /** The transport's last error, kept after a resend until the message is sent. */
  lastError: z.string().nullable(),
  createdAt: TimestampSchema,
  sentAt: TimestampSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

/** Every organisation's messages and the account e-mails, newest first, for the server's operator. */
export const OperatorOutboxSchema = z.object({ items: z.array(OutboxMessageSchema) });
