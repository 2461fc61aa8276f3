// Phone numbers, kept in one international form so that a number matches however it was typed.
import { z } from 'zod';

/** A leading + and 8 to 15 digits; spaces, dots, dashes and brackets are dropped. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(30)
  .transform((value) => value.replace(/[\s.\-()]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, 'A phone number in international form, +33 6 …'));
