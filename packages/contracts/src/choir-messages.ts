// How a choir reaches its singers: messages to a part, a site or the whole choir through the
// outbox, written in French and, when given, English and German (each singer reads their own
// language); and each singer's contact preferences (how, at which address, in which language).
import { z } from 'zod';
import { LocalisedShortTextSchema, LocalisedTextSchema } from './calls';
import { ChoirParamsSchema, choirContactChannels } from './choirs';
import { IdSchema, LocaleSchema, PageQuerySchema, TimestampSchema } from './common';

export const choirAudiences = ['choir', 'part', 'site'] as const;

export const ChoirMemberParamsSchema = ChoirParamsSchema.extend({ choirMemberId: IdSchema });

/** Who a message goes to: the season's whole roster, one part (primary part) or one site. */
const audienceFields = {
  audience: z.enum(choirAudiences),
  /** The part, when `audience` is `part`. */
  partId: IdSchema.nullable().default(null),
  /** The site, when `audience` is `site`. */
  siteId: IdSchema.nullable().default(null),
  /** The season whose roster (guests included) is addressed; the current one when absent. */
  seasonId: IdSchema.optional(),
};

/** Without `audience`, the whole choir. */
export const ChoirAudienceQuerySchema = z.strictObject({
  ...audienceFields,
  audience: audienceFields.audience.default('choir'),
});
export type ChoirAudienceQuery = z.output<typeof ChoirAudienceQuerySchema>;

export const ChoirMessageBodySchema = z.strictObject({
  ...audienceFields,
  subject: LocalisedShortTextSchema,
  text: LocalisedTextSchema,
});
export type ChoirMessageBody = z.input<typeof ChoirMessageBodySchema>;

/** Who a message reaches, and who it does not and why (no e-mail wanted, no consent on file). */
export const ChoirAudienceSchema = z.object({
  /** Singers of the audience. */
  members: z.number().int(),
  /** Singers the message reaches. */
  reachable: z.number().int(),
  /** E-mails written: one per address (a guardian of two singers gets one). */
  addresses: z.number().int(),
  skipped: z.object({
    /** The singer asked for no message, or left no address. */
    noContact: z.number().int(),
    /** A minor without a current consent to take part, or a person anonymised. */
    noConsent: z.number().int(),
  }),
  /** E-mails per language. */
  byLocale: z.object({ fr: z.number().int(), en: z.number().int(), de: z.number().int() }),
});
export type ChoirAudience = z.infer<typeof ChoirAudienceSchema>;

export const ChoirMessageSentSchema = ChoirAudienceSchema.extend({
  /** The outbox messages written, one per address. */
  queued: z.number().int(),
  /** Singers who find it on their page: all of the audience but those without consent. */
  delivered: z.number().int(),
});

/** A singer's received messages, newest first. */
export const ChoirInboxQuerySchema = PageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const ChoirMessageParamsSchema = ChoirParamsSchema.extend({ choirMessageId: IdSchema });

const LocalisedOutSchema = z.object({
  fr: z.string(),
  en: z.string().optional(),
  de: z.string().optional(),
});

/** A message as the singer received it: in every language written, the page shows theirs. */
export const ChoirInboxMessageSchema = z.object({
  id: IdSchema,
  audience: z.enum(choirAudiences),
  /** The part or the site it was sent to; null for the whole choir (or one since removed). */
  partName: z.string().nullable(),
  siteName: z.string().nullable(),
  subject: LocalisedOutSchema,
  text: LocalisedOutSchema,
  sentAt: TimestampSchema,
  /** When the singer opened it; null while unread. */
  readAt: TimestampSchema.nullable(),
});
export type ChoirInboxMessage = z.infer<typeof ChoirInboxMessageSchema>;

export const ChoirInboxSchema = z.object({
  items: z.array(ChoirInboxMessageSchema),
  total: z.number().int(),
  unread: z.number().int(),
});
export type ChoirInbox = z.infer<typeof ChoirInboxSchema>;

/** A singer's contact preferences; `email` needs an address (the singer's or a guardian's). */
export const ChoirContactBodySchema = z.strictObject({
  contactBy: z.enum(choirContactChannels),
  contactEmail: z.string().trim().toLowerCase().max(254).check(z.email()).nullable().default(null),
  /** The language of the choir's messages; unknown (null): the account's, else French. */
  locale: LocaleSchema.nullable().default(null),
});
export type ChoirContactBody = z.input<typeof ChoirContactBodySchema>;

export const ChoirContactSchema = z.object({
  memberId: IdSchema,
  contactBy: z.enum(choirContactChannels),
  contactEmail: z.string().nullable(),
  locale: LocaleSchema.nullable(),
});
