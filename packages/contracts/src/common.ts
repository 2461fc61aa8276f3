// Building blocks shared by every request and response schema.
import { z } from 'zod';

export const locales = ['fr', 'en', 'de'] as const;
export const LocaleSchema = z.enum(locales);
export type Locale = z.infer<typeof LocaleSchema>;

/** `juror`: judges the calls they are named on, blind, and sees nothing else of the organisation. */
export const roles = ['admin', 'coordinator', 'artist', 'relay', 'viewer', 'juror'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export const IdSchema = z.uuid();

/** E-mail addresses are compared and stored trimmed and lower-cased. */
export const EmailSchema = z.string().trim().toLowerCase().min(3).max(254).check(z.email());

/** Long passphrases are welcome; the upper bound only protects the hashing function. */
export const PasswordSchema = z.string().min(12).max(256);

export const DisplayNameSchema = z.string().trim().min(1).max(120);

/** Opaque one-time tokens sent in links (base64url of 32 random bytes). */
export const TokenSchema = z
  .string()
  .min(20)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export const TimestampSchema = z.iso.datetime({ offset: true });

export const OrgParamsSchema = z.strictObject({ orgId: IdSchema });

/** Offset pagination for lists; `total` in the answer tells how many there are. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
