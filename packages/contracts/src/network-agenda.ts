// A network's common agenda: public events members publish to it, with shared categories,
// audiences and accessibility, aggregated with stable ids.
import { z } from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { NetworkCountrySchema } from './networks';

export const agendaCategories = [
  'concert',
  'open-rehearsal',
  'workshop',
  'training',
  'festival',
  'talk',
] as const;
export const AgendaCategorySchema = z.enum(agendaCategories);
export type AgendaCategory = z.infer<typeof AgendaCategorySchema>;

export const agendaAudiences = [
  'everyone',
  'early-childhood',
  'children',
  'teenagers',
  'adults',
  'seniors',
  'families',
  'professionals',
] as const;
export const AgendaAudienceSchema = z.enum(agendaAudiences);
export type AgendaAudience = z.infer<typeof AgendaAudienceSchema>;

/** What an event offers, mapped to OpenAgenda's accessibility keys in the export. */
export const agendaAccessibility = [
  'wheelchair',
  'hearing-loop',
  'sign-language',
  'audio-description',
  'easy-read',
  'relaxed',
] as const;
export const AgendaAccessibilitySchema = z.enum(agendaAccessibility);
export type AgendaAccessibility = z.infer<typeof AgendaAccessibilitySchema>;

export const NetworkEventParamsSchema = z.strictObject({
  orgId: IdSchema,
  networkId: IdSchema,
  sessionId: IdSchema,
});

export const NetworkEventPublishBodySchema = z.strictObject({
  category: AgendaCategorySchema,
  audiences: z.array(AgendaAudienceSchema).min(1).max(agendaAudiences.length),
  accessibility: z.array(AgendaAccessibilitySchema).max(agendaAccessibility.length).default([]),
});
export type NetworkEventPublishBody = z.infer<typeof NetworkEventPublishBodySchema>;

/** One event of the common agenda: what the public may see of a member's published session. */
export const NetworkEventSchema = z.object({
  /** Stable: the same event keeps it however often it is published again or changed. */
  id: IdSchema,
  sessionId: IdSchema,
  orgId: IdSchema,
  orgName: z.string(),
  country: NetworkCountrySchema,
  title: z.string(),
  category: AgendaCategorySchema,
  audiences: z.array(AgendaAudienceSchema),
  accessibility: z.array(AgendaAccessibilitySchema),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  timeZone: z.string(),
  cancelled: z.boolean(),
  venueName: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  communeName: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** The event's public page on its organisation's site, when it has one. */
  url: z.string().nullable(),
  /** Raised by each change, so that calendars replace the event they hold. */
  sequence: z.number().int(),
  updatedAt: TimestampSchema,
});
export type NetworkEvent = z.infer<typeof NetworkEventSchema>;

export const NetworkAgendaQuerySchema = PageQuerySchema.extend({
  category: AgendaCategorySchema.optional(),
  from: z.iso.date().optional(),
});
export type NetworkAgendaQuery = z.infer<typeof NetworkAgendaQuerySchema>;

export const NetworkNewsBodySchema = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(1).max(5000),
  link: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
});
export type NetworkNewsBody = z.infer<typeof NetworkNewsBodySchema>;

export const NetworkNewsSchema = z.object({
  id: IdSchema,
  orgId: IdSchema,
  orgName: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  publishedAt: TimestampSchema,
});
export type NetworkNews = z.infer<typeof NetworkNewsSchema>;
