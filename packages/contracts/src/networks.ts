// Networks of organisations: membership accepted by both sides, network roles held by users of
// member organisations, and the aggregated, suppressed figures each member shares.
import { z } from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { PublicSlugSchema } from './public-pages';

/** Countries whose organisations and communes Tutti knows (the geo package). */
export const networkCountries = ['FR', 'BE', 'DE', 'LU'] as const;
export const NetworkCountrySchema = z.enum(networkCountries);
export type NetworkCountry = z.infer<typeof NetworkCountrySchema>;

export const networkLanguages = ['fr', 'en', 'de', 'nl', 'lb'] as const;
export const NetworkLanguageSchema = z.enum(networkLanguages);

/** A network role, held by a user of a member organisation (not an organisation role). */
export const networkRoles = ['coordinator', 'member'] as const;
export const NetworkRoleSchema = z.enum(networkRoles);
export type NetworkRole = z.infer<typeof NetworkRoleSchema>;

/**
 * `invited`: the network asked, the organisation has not accepted; `requested`: the other way;
 * `active`: both sides accepted; `left`: the organisation left or was removed.
 */
export const networkMemberStatuses = ['invited', 'requested', 'active', 'left'] as const;
export const NetworkMemberStatusSchema = z.enum(networkMemberStatuses);
export type NetworkMemberStatus = z.infer<typeof NetworkMemberStatusSchema>;

export const NetworkParamsSchema = z.strictObject({ networkId: IdSchema });
export const OrgNetworkParamsSchema = z.strictObject({ orgId: IdSchema, networkId: IdSchema });
export const NetworkMemberParamsSchema = z.strictObject({
  networkId: IdSchema,
  memberOrgId: IdSchema,
});

const MembershipFactsShape = {
  country: NetworkCountrySchema,
  languages: z.array(NetworkLanguageSchema).min(1).max(5),
};

export const NetworkCreateBodySchema = z.strictObject({
  name: z.string().trim().min(2).max(160),
  slug: PublicSlugSchema,
  description: z.string().trim().max(2000).nullable().default(null),
  /** The network's public page and agenda, under the founding organisation's public address. */
  published: z.boolean().default(true),
  ...MembershipFactsShape,
});
export type NetworkCreateBody = z.infer<typeof NetworkCreateBodySchema>;

/** A coordinator invites an organisation by the slug of its public address. */
export const NetworkInvitationBodySchema = z.strictObject({ orgSlug: PublicSlugSchema });

/** An organisation asks to join a network it knows by slug, or accepts an invitation. */
export const NetworkJoinBodySchema = z.strictObject({
  networkSlug: PublicSlugSchema,
  ...MembershipFactsShape,
});
export const NetworkAcceptBodySchema = z.strictObject(MembershipFactsShape);

export const NetworkRoleBodySchema = z.strictObject({
  userId: IdSchema,
  role: NetworkRoleSchema.nullable(),
});

export const NetworkMemberSchema = z.object({
  orgId: IdSchema,
  name: z.string(),
  status: NetworkMemberStatusSchema,
  country: NetworkCountrySchema,
  languages: z.array(NetworkLanguageSchema),
  /** Its public address, when it publishes one. */
  publicSlug: z.string().nullable(),
  joinedAt: TimestampSchema.nullable(),
});
export type NetworkMember = z.infer<typeof NetworkMemberSchema>;

/** Users holding a network role: staff of member organisations, never a participant. */
export const NetworkPersonSchema = z.object({
  userId: IdSchema,
  displayName: z.string(),
  orgId: IdSchema,
  orgName: z.string(),
  role: NetworkRoleSchema,
});

export const NetworkSchema = z.object({
  id: IdSchema,
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  published: z.boolean(),
  /** The public page's address; null while not published or its home has no public profile. */
  publicUrl: z.string().nullable(),
  homeOrgId: IdSchema,
  myRole: NetworkRoleSchema,
  members: z.array(NetworkMemberSchema),
  people: z.array(NetworkPersonSchema),
});
export type Network = z.infer<typeof NetworkSchema>;

/** A network as one organisation sees it: its own membership and its own users' roles. */
export const OrgNetworkSchema = z.object({
  id: IdSchema,
  name: z.string(),
  slug: z.string(),
  status: NetworkMemberStatusSchema,
  /** The signed-in user's network role, when they hold one. */
  myRole: NetworkRoleSchema.nullable(),
  members: z.number().int(),
});
export type OrgNetwork = z.infer<typeof OrgNetworkSchema>;

/** A figure shared with a network: the value, "< 5" hidden, or not reported at all. */
export const NetworkFigureSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('reported'), value: z.number() }),
  /** Fewer than 5 people stand behind it: hidden, and said so. */
  z.object({ state: z.literal('hidden') }),
  z.object({ state: z.literal('not-reported') }),
]);
export type NetworkFigure = z.infer<typeof NetworkFigureSchema>;

export const NetworkMemberFiguresSchema = z.object({
  orgId: IdSchema,
  name: z.string(),
  country: NetworkCountrySchema,
  computedAt: TimestampSchema.nullable(),
  beneficiaries: NetworkFigureSchema,
  sessions: NetworkFigureSchema,
  hours: NetworkFigureSchema,
  carbonPerBeneficiaryKg: NetworkFigureSchema,
  continuationRate: NetworkFigureSchema,
  /** Communes where it held sessions in the period (codes and positions; no people). */
  communes: z.array(
    z.object({
      code: z.string(),
      name: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    }),
  ),
});
export type NetworkMemberFigures = z.infer<typeof NetworkMemberFiguresSchema>;

export const NetworkDashboardSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  members: z.array(NetworkMemberFiguresSchema),
  /**
   * Sums over members that reported a shown figure, with how many did: never a total that
   * silently leaves members out.
   */
  totals: z.object({
    beneficiaries: z.object({ value: z.number(), reportedBy: z.number().int() }),
    sessions: z.object({ value: z.number(), reportedBy: z.number().int() }),
    hours: z.object({ value: z.number(), reportedBy: z.number().int() }),
  }),
  /** Communes reached by two members or more (overlaps). */
  overlaps: z.array(z.object({ code: z.string(), members: z.number().int() })),
  /**
   * When the figures were last computed (the latest member's `computedAt`; each member says its
   * own): every night by the scheduled refresh, or when a coordinator asks. Null before any.
   */
  refreshedAt: TimestampSchema.nullable(),
});
export type NetworkDashboard = z.infer<typeof NetworkDashboardSchema>;

/**
 * White zones: the municipalities of the network's area where no member held a session. The
 * area is every French department, Belgian province, German Kreis and Luxembourg canton where at
 * least one member did; the members' communes are those of their stored figures.
 */
export const NetworkWhiteZonesSchema = z.object({
  /** The figures the zones were computed from (the latest member's `computedAt`). */
  figuresAt: TimestampSchema.nullable(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The departments (provinces, Kreise, cantons) that make the area, by country. */
  areas: z.array(z.object({ country: NetworkCountrySchema, code: z.string(), name: z.string() })),
  /** Municipalities of the area, those reached by a member, and those of the white zones. */
  counts: z.object({
    areaCommunes: z.number().int(),
    reached: z.number().int(),
    white: z.number().int(),
    /** Inhabitants of the white zones (legal populations, GeoNames outside France). */
    whitePopulation: z.number().int(),
  }),
  /** The white municipalities, most populous first: at most 5,000 (`counts.white` says all). */
  zones: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      country: NetworkCountrySchema,
      population: z.number().int(),
      latitude: z.number(),
      longitude: z.number(),
    }),
  ),
  /** The reference data the area and populations come from. */
  sources: z.array(z.string()),
});
export type NetworkWhiteZones = z.infer<typeof NetworkWhiteZonesSchema>;

export const NetworkListQuerySchema = PageQuerySchema;
