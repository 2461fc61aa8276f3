// The offline operation log: what a device records without network, sends in batches, and the
// answers it gets back. Each feature declares its operation kinds with `defineOperationSchema`
// and lists them in `offline-operations.ts`.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

/** Generated once per phone or browser and kept in its storage. */
export const DeviceIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'Letters, digits and . _ : - only');

/** At most this many operations in one request: a day of a busy device fits in one or two. */
export const MAX_OPERATIONS_PER_BATCH = 1000;

/** What every operation carries, whatever its kind. */
export const operationEnvelope = {
  /** A UUID made on the device when the person acted; replays of it are harmless. */
  opId: IdSchema.transform((id) => id.toLowerCase()),
  /** Which device recorded it: shown to the person who settles a conflict. */
  deviceId: DeviceIdSchema,
  /** The device's clock when the person acted (real time, not the time it was sent). */
  recordedAt: TimestampSchema,
};

/**
 * One operation kind's schema: the envelope, `kind` (named `<feature>.<what>`, for example
 * `attendance.mark`) and the kind's own fields. Strict: an unknown field is refused by name.
 */
export function defineOperationSchema<Kind extends string, Shape extends z.ZodRawShape>(
  kind: Kind,
  shape: Shape,
) {
  return z.strictObject({ ...operationEnvelope, kind: z.literal(kind), ...shape });
}

/**
 * `applied`: it is the current value; `superseded`: kept in the log, another edit wins under the
 * kind's conflict rule; `duplicate`: this op id was received before (nothing changed); `refused`:
 * not recorded, with the reason (an error code), so the device may show it and send it again
 * once the cause is fixed.
 */
export const loggedOperationOutcomes = ['applied', 'superseded'] as const;
export const operationOutcomes = [...loggedOperationOutcomes, 'duplicate', 'refused'] as const;
export const OperationOutcomeSchema = z.enum(operationOutcomes);
export type OperationOutcome = z.infer<typeof OperationOutcomeSchema>;

export const OperationResultSchema = z.object({
  opId: IdSchema,
  outcome: OperationOutcomeSchema,
  reason: z.string().optional(),
  message: z.string().optional(),
});
export type OperationResult = z.infer<typeof OperationResultSchema>;

export const OfflineOperationsResultSchema = z.object({
  /** One answer per operation sent, in the order sent. */
  results: z.array(OperationResultSchema),
});
export type OfflineOperationsResult = z.infer<typeof OfflineOperationsResultSchema>;
