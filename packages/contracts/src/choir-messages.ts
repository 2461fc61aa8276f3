// How a choir reaches its singers: messages to a part, a site or the whole choir through the
// outbox, written in French and, when given, English and German (each singer reads their own
// language); and each singer's contact preferences (how, at which address, in which language).
import { z } from 'zod';
import { LocalisedShortTextSchema, LocalisedTextSchema } from './calls';
import { ChoirParamsSchema, choirContactChannels } from './choirs';
import { IdSchema, LocaleSchema } from './common';

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
});

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
