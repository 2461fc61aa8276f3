// Column groups that several tables share: postal address with commune, timestamps, archiving.
import { doublePrecision, text, timestamp } from 'drizzle-orm/pg-core';

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Archived rows stay for history and references but leave the lists. */
export const archivedAt = () => timestamp('archived_at', { withTimezone: true });

/** A French (or neighbouring) address: the commune is an INSEE code (or a foreign id) plus its name. */
export const address = () => ({
  addressLine: text('address_line'),
  postalCode: text('postal_code'),
  communeCode: text('commune_code'),
  communeName: text('commune_name'),
});

export const coordinates = () => ({
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
});
