// Group orders of a concert: a school class or a nursery books its children and adults in one
// collective order, held until the head of the establishment confirms it through a link.
import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema } from './common';
import { PhoneSchema } from './phone';

/** A school (a class) or a nursery (a crèche, a day-care group). */
export const establishmentKinds = ['school', 'nursery'] as const;
export type EstablishmentKind = (typeof establishmentKinds)[number];

/**
 * `pending` seats held until the head confirms or the hold ends; `confirmed` by the head;
 * `declined` by the head; `released` not confirmed in time (its seats freed); `cancelled` by
 * its contact.
 */
export const groupOrderStatuses = [
  'pending',
  'confirmed',
  'declined',
  'released',
  'cancelled',
] as const;
export type GroupOrderStatus = (typeof groupOrderStatuses)[number];

/** How long seats are held for the head's confirmation unless the server says otherwise. */
export const DEFAULT_GROUP_HOLD_HOURS = 72;
export const MAX_GROUP_CHILDREN = 60;
export const MAX_GROUP_ADULTS = 20;

/** A group booking as the public form sends it. */
export const GroupOrderInputSchema = z.strictObject({
  establishmentKind: z.enum(establishmentKinds),
  establishmentName: z.string().trim().min(1).max(200),
  /** The class or the group: "CE2 B", "section des moyens". */
  groupName: z.string().trim().max(120).optional(),
  children: z.number().int().min(1).max(MAX_GROUP_CHILDREN),
  /** Teachers, staff, parents coming along: at least one. */
  adults: z.number().int().min(1).max(MAX_GROUP_ADULTS),
  contactName: z.string().trim().min(1).max(120),
  contactEmail: EmailSchema,
  contactPhone: PhoneSchema.optional(),
  /** The head of the establishment, who confirms the order through a link sent here. */
  headEmail: EmailSchema,
  accessNeeds: z.string().trim().max(500).optional(),
});
export type GroupOrderInput = z.infer<typeof GroupOrderInputSchema>;

/** A group order as organisers see it (contacts are personal data: organisers only). */
export const GroupOrderSchema = z.object({
  orderId: IdSchema,
  establishmentKind: z.enum(establishmentKinds),
  establishmentName: z.string(),
  groupName: z.string().nullable(),
  children: z.number().int(),
  adults: z.number().int(),
  contactName: z.string(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  headEmail: z.string().nullable(),
  status: z.enum(groupOrderStatuses),
  /** Until when the seats are held, while pending. */
  holdExpiresAt: TimestampSchema,
  confirmedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type GroupOrder = z.infer<typeof GroupOrderSchema>;
