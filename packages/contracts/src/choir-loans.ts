// Printed score copies a choir owns per piece (its edition) and lends to singers: the shelf,
// the loans out per piece and per singer, a return in one gesture and what a singer holds.
import { z } from 'zod';
import { ChoirParamsSchema } from './choirs';
import { IdSchema } from './common';
import { LocalDateSchema } from './local-time';

/** At most this many copies of one edition, owned or lent at once. */
export const MAX_SCORE_COPIES = 2000;

export const ChoirScoreCopiesBodySchema = z.strictObject({
  /** Copies of the edition the choir owns; never fewer than those lent out. */
  copiesOwned: z.number().int().min(0).max(MAX_SCORE_COPIES),
});

export const ChoirScoreLoanBodySchema = z.strictObject({
  pieceId: IdSchema,
  memberId: IdSchema,
  copies: z.number().int().min(1).max(MAX_SCORE_COPIES).default(1),
  /** Omitted: today in the organisation's time zone. */
  lentOn: LocalDateSchema.optional(),
  note: z.string().trim().max(500).nullable().default(null),
});

export const ChoirScoreReturnBodySchema = z.strictObject({
  /** Loans brought back together (a singer's whole folder, or one piece). */
  loanIds: z.array(IdSchema).min(1).max(500),
  /** Omitted: today in the organisation's time zone. */
  returnedOn: LocalDateSchema.optional(),
});

export const ChoirScoreLoanParamsSchema = ChoirParamsSchema;

export const ChoirScoreLoanSchema = z.object({
  id: IdSchema,
  pieceId: IdSchema,
  pieceTitle: z.string(),
  /** Null when the singer's data was erased while the copies were still out. */
  member: z
    .object({
      id: IdSchema,
      firstName: z.string(),
      lastName: z.string().nullable(),
      partCode: z.string(),
    })
    .nullable(),
  copies: z.number().int(),
  lentOn: z.string(),
  returnedOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type ChoirScoreLoan = z.infer<typeof ChoirScoreLoanSchema>;

export const ChoirScoreShelfSchema = z.object({
  /** Admins and coordinators set the copies owned; section leaders lend to their parts. */
  canSetCopies: z.boolean(),
  /** The parts whose singers the reader lends to; null: every part. */
  parts: z.array(IdSchema).nullable(),
  pieces: z.array(
    z.object({
      pieceId: IdSchema,
      title: z.string(),
      edition: z.string().nullable(),
      seasonName: z.string(),
      copiesOwned: z.number().int(),
      copiesOut: z.number().int(),
      onShelf: z.number().int(),
    }),
  ),
  /** The singers the reader lends to (active members of those parts), by name. */
  singers: z.array(
    z.object({
      id: IdSchema,
      firstName: z.string(),
      lastName: z.string().nullable(),
      partCode: z.string(),
    }),
  ),
  /** Copies still out, by piece then singer (a section leader sees their parts' singers). */
  loans: z.array(ChoirScoreLoanSchema),
});
export type ChoirScoreShelf = z.infer<typeof ChoirScoreShelfSchema>;

export const ChoirScoreReturnedSchema = z.object({ returned: z.number().int() });

/** What a singer holds: copies lent to them and not yet returned. */
export const ChoirMyScoresSchema = z.object({ items: z.array(ChoirScoreLoanSchema) });
export type ChoirMyScores = z.infer<typeof ChoirMyScoresSchema>;
