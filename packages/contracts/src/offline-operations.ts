// Every kind of offline operation, in one union: the body of `POST /offline/operations` and the
// type of the web app's queue. A new kind is declared in its feature's contract file with
// `defineOperationSchema` and added here (CONTRIBUTING.md, "An offline operation kind").
import { z } from 'zod';
import { HeadcountOperationSchema, MarkOperationSchema } from './attendance';
import { ChoirAttendanceOperationSchema } from './choirs';
import {
  DoorCheckInOperationSchema,
  DoorTravelOperationSchema,
  DoorWalkInOperationSchema,
} from './door';
import { MAX_OPERATIONS_PER_BATCH } from './offline';
import { TrainingSignOperationSchema } from './trainings';

export const offlineOperationSchemas = [
  MarkOperationSchema,
  HeadcountOperationSchema,
  DoorCheckInOperationSchema,
  DoorWalkInOperationSchema,
  DoorTravelOperationSchema,
  ChoirAttendanceOperationSchema,
  TrainingSignOperationSchema,
] as const;

export const OfflineOperationSchema = z.discriminatedUnion('kind', offlineOperationSchemas);
/** An operation as a device sends it. */
export type OfflineOperation = z.input<typeof OfflineOperationSchema>;
/** An operation as the server reads it (op id in lower case). */
export type ParsedOfflineOperation = z.output<typeof OfflineOperationSchema>;
export type OfflineOperationKind = OfflineOperation['kind'];

export const OfflineOperationsBodySchema = z.strictObject({
  operations: z.array(OfflineOperationSchema).min(1).max(MAX_OPERATIONS_PER_BATCH),
});
export type OfflineOperationsBody = z.input<typeof OfflineOperationsBodySchema>;
