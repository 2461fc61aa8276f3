// Publishing: an organisation's public profile (/p/<slug>) and the sessions it shows the public.
import { z } from 'zod';
import type { SessionKind } from './sessions';

/** The short name in an organisation's public addresses: `/p/ensemble-des-villages`. */
export const PUBLIC_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;

export const PublicSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(PUBLIC_SLUG_PATTERN, 'Lowercase letters, digits and hyphens, 3 to 60 characters');

/** The short code of a published session's page: `/p/<slug>/e/<code>`. */
export const PUBLIC_CODE_PATTERN = /^[a-z0-9]{6,16}$/;

/** Only what the public can attend in person: concerts and workshops, never online sessions. */
export function canBePublic(kind: SessionKind): boolean {
  return kind !== 'online';
}

export const PublicProfileSchema = z.object({
  published: z.boolean(),
  slug: z.string().nullable(),
  description: z.string().nullable(),
  region: z.string().nullable(),
  /** The absolute address of the organisation's page, once it has a slug (published or not). */
  url: z.string().nullable(),
});
export type PublicProfile = z.infer<typeof PublicProfileSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((text) => (text ? text : null));

export const PublicProfileUpdateBodySchema = z
  .strictObject({
    published: z.boolean(),
    slug: PublicSlugSchema.nullable(),
    description: optionalText(600),
    region: optionalText(120),
  })
  .refine((body) => !body.published || body.slug !== null, {
    path: ['slug'],
    message: 'A published profile needs a slug',
  });
export type PublicProfileUpdateBody = z.infer<typeof PublicProfileUpdateBodySchema>;

export const SessionPublicationBodySchema = z.strictObject({ isPublic: z.boolean() });
