// The offline operation log: one receipt per operation received from a device, whatever its kind.
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIdColumn, tenantPolicy } from './tenancy';

/**
 * Every offline operation accepted, once: its op id makes replays harmless (the second arrival
 * finds the receipt and changes nothing). Written in the transaction that applies the operation,
 * so an operation is logged exactly when its effect is. What it changed lives with its feature
 * (attendance keeps its values and outcomes in `attendance_operations`).
 */
export const offlineOperations = pgTable(
  'offline_operations',
  {
    opId: uuid('op_id').primaryKey(),
    orgId: orgIdColumn(),
    /** `<feature>.<what>`, for example `attendance.mark`. */
    kind: text('kind').notNull(),
    deviceId: text('device_id').notNull(),
    userId: uuid('user_id'),
    /** The device's clock when the person acted. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('offline_operations_device_idx').on(t.orgId, t.deviceId, t.receivedAt),
    tenantPolicy('offline_operations'),
  ],
).enableRLS();
