// Postal address with its commune, and coordinates, shared by partners, venues and artists.
import { z } from 'zod';
import { refinePairs } from './field-helpers';

/** INSEE code (Corsica included) or a neighbouring country's id: `BE-…`, `DE-…`, `LU-…`. */
export const PlaceCommuneCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d[\dAB]\d{3}|(BE|DE|LU)-[0-9A-Za-z]{1,16})$/, 'An INSEE code such as 58194');

export const PlaceCommuneNameSchema = z.string().trim().min(1).max(160);

/** Fields of a body; `communeCode` and `communeName` go together (see `refineAddress`). */
export const AddressFields = {
  addressLine: z.string().trim().min(1).max(300).nullable(),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{3,10}$/, 'A postal code such as 58000')
    .nullable(),
  communeCode: PlaceCommuneCodeSchema.nullable(),
  communeName: PlaceCommuneNameSchema.nullable(),
};

export const CoordinatesFields = {
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
};

/** A commune is a code and a name; a position is a latitude and a longitude. */
export const refineAddress = refinePairs([
  ['communeCode', 'communeName'],
  ['latitude', 'longitude'],
]);

export const AddressOutFields = {
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
};
