// The history of a session: who placed, moved or changed it, when, and what changed, in terms that
// name no person (times, venue, the ids of artists and groups; free-text fields only by name).
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

export const sessionChangeActions = [
  'create',
  'update',
  'move',
  'instantiate',
  'accept',
  'cancel',
  'done',
  'delete',
] as const;
export type SessionChangeAction = (typeof sessionChangeActions)[number];

const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value }).optional();

export const SessionChangeSetSchema = z.object({
  kind: change(z.string().nullable()),
  startsAt: change(TimestampSchema.nullable()),
  endsAt: change(TimestampSchema.nullable()),
  timeZone: change(z.string().nullable()),
  venueId: change(IdSchema.nullable()),
  capacity: change(z.number().int().nullable()),
  status: change(z.string().nullable()),
  artistIds: change(z.array(IdSchema)),
  groupIds: change(z.array(IdSchema)),
  /** Shown on the organisation's public pages, or taken off. */
  isPublic: change(z.boolean()),
  /** Free-text fields that changed (title, notes...), named but not copied. */
  texts: z.array(z.string()).optional(),
});
export type SessionChangeSet = z.infer<typeof SessionChangeSetSchema>;

export const SessionChangeSchema = z.object({
  id: IdSchema,
  action: z.enum(sessionChangeActions),
  at: TimestampSchema,
  actorUserId: IdSchema.nullable(),
  changes: SessionChangeSetSchema,
  /** Why a coordinator accepted conflicts with this write. */
  overrideReason: z.string().nullable(),
});
export type SessionChange = z.infer<typeof SessionChangeSchema>;

export const SessionChangesSchema = z.object({ items: z.array(SessionChangeSchema) });
