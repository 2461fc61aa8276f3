// Impact indicators of an organisation: filters, figures with small counts suppressed, traceability.
import { z } from 'zod';
import { IdSchema, PageQuerySchema } from './common';
import { DepartmentCodeSchema } from './communes';
import { attendanceChannels } from './concert-figures';
import { tariffKinds } from './concerts';
import { ageBands } from './groups';
import { LocalDateSchema } from './local-time';
import { SessionKindSchema } from './sessions';
import { CommuneListSchema } from './territories';

/** Figures about fewer people than this are never shown. */
export const SUPPRESSION_THRESHOLD = 5;
/** What stands for a figure under the threshold. */
export const SMALL_COUNT = '< 5' as const;
/** What stands for a figure of 5 or more hidden so that a total minus the others reveals no small one. */
export const MASKED = 'masked' as const;

/** A count of people: the number only when it is 5 or more. */
export const PeopleCountSchema = z.union([
  // Zero reveals nobody; 1 to 4 never leave the server.
  z.literal(0),
  z.number().int().min(SUPPRESSION_THRESHOLD),
  z.literal(SMALL_COUNT),
  z.literal(MASKED),
]);
export type PeopleCount = z.infer<typeof PeopleCountSchema>;

/** A figure derived from people (hours, a rate, a mean): shown only when enough people stand behind it. */
export const PeopleFigureSchema = z.union([z.number(), z.literal(SMALL_COUNT), z.literal(MASKED)]);
export type PeopleFigure = z.infer<typeof PeopleFigureSchema>;

const MAX_PERIOD_DAYS = 3_700;
const ProjectListSchema = z
  .string()
  .max(2_000)
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(IdSchema).max(50));

/** Which activities: a period (dates of sessions, inclusive), projects, communes or a department. */
export const ImpactFiltersShape = {
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  projects: ProjectListSchema.optional(),
  communes: CommuneListSchema.optional(),
  department: DepartmentCodeSchema.optional(),
};

export function refineImpactFilters(
  query: { from?: string; to?: string; communes?: unknown; department?: unknown },
  context: z.core.$RefinementCtx,
) {
  if (query.from && query.to) {
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'Before from' });
    if (days > MAX_PERIOD_DAYS)
      context.addIssue({ code: 'custom', path: ['to'], message: 'At most ten years' });
  }
  if (query.communes !== undefined && query.department !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['department'],
      message: 'Choose communes or a department, not both',
    });
  }
}

export const ImpactQuerySchema = z
  .strictObject(ImpactFiltersShape)
  .superRefine(refineImpactFilters);
export type ImpactQuery = z.input<typeof ImpactQuerySchema>;

export const ImpactFiltersSchema = z.object({
  from: z.string(),
  to: z.string(),
  projectIds: z.array(z.string()),
  communeCodes: z.array(z.string()),
  departmentCode: z.string().nullable(),
});
export type ImpactFilters = z.infer<typeof ImpactFiltersSchema>;

export const areaCategories = ['rural', 'urban', 'unknown'] as const;
export const priorityCategories = ['priority', 'other', 'unknown'] as const;
export const ageCategories = [...ageBands, 'unknown'] as const;
/** Access score bands of a commune (0–100, higher = further from live music), and unknown. */
export const accessBands = ['score_67_100', 'score_34_66', 'score_0_33', 'unknown'] as const;
export type AccessBand = (typeof accessBands)[number];

const categoryTable = <T extends readonly [string, ...string[]]>(categories: T) =>
  z.array(z.object({ category: z.enum(categories), count: PeopleCountSchema }));

export const ImpactCommuneSchema = z.object({
  code: z.string(),
  name: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  sessions: z.number().int(),
  /** Null when the reference data that decides it is not imported. */
  priority: z.boolean().nullable(),
  rural: z.boolean().nullable(),
});
export type ImpactCommune = z.infer<typeof ImpactCommuneSchema>;

/** The same over the impact page's scope, small counts suppressed. */
export const ImpactConcertFiguresSchema = z.object({
  /** Concerts held in the scope, and those whose door was used (presence is known for them). */
  held: z.number().int(),
  doorUsed: z.number().int(),
  /** Over the concerts whose door was used. */
  byChannel: z.array(
    z.object({
      channel: z.enum(attendanceChannels),
      booked: PeopleCountSchema,
      present: PeopleCountSchema,
      noShowRate: PeopleFigureSchema.nullable(),
    }),
  ),
  /** Over the concerts whose door was used; amounts over every concert held. */
  byTariff: z.array(
    z.object({
      kind: z.enum(tariffKinds),
      booked: PeopleCountSchema,
      present: PeopleCountSchema,
      amountCents: z.number().int(),
    }),
  ),
  presentUnattributed: PeopleCountSchema,
  byRelay: z.array(
    z.object({
      partnerId: IdSchema,
      partnerName: z.string(),
      booked: PeopleCountSchema,
      present: PeopleCountSchema,
      noShowRate: PeopleFigureSchema.nullable(),
    }),
  ),
  receivedCents: z.number().int(),
  /** Over the concerts with a journey and a roster taken at them; null when there is none. */
  workshops: z
    .object({
      concerts: z.number().int(),
      participants: PeopleCountSchema,
      cameToConcert: PeopleCountSchema,
      rate: PeopleFigureSchema,
    })
    .nullable(),
});
export type ImpactConcertFigures = z.infer<typeof ImpactConcertFiguresSchema>;

export const ImpactIndicatorsSchema = z.object({
  filters: ImpactFiltersSchema,
  /** Fingerprint of the rows behind the figures: equal fingerprints, equal figures. */
  dataVersion: z.string(),
  sessions: z.object({
    /** Held or due: not cancelled and started before now. */
    held: z.number().int(),
    planned: z.number().int(),
    cancelled: z.number().int(),
    byKind: z.array(z.object({ kind: SessionKindSchema, count: z.number().int() })),
    byMonth: z.array(
      z.object({
        month: z.string(),
        workshops: z.number().int(),
        concerts: z.number().int(),
        online: z.number().int(),
      }),
    ),
  }),
  beneficiaries: z.object({
    /** Listed participants present at least once plus people counted by head (who may repeat). */
    total: PeopleCountSchema,
    listed: PeopleCountSchema,
    counted: PeopleCountSchema,
  }),
  concerts: z.object({ count: z.number().int(), audience: PeopleCountSchema }),
  /** Concerts' attendance by channel and tariff, no-shows, receipts, workshops to concert. */
  concertFigures: ImpactConcertFiguresSchema,
  /**
   * Held online sessions (online workshops and meetings) and their attendances: presence marks
   * of listed participants plus people counted by head (a person present twice counts twice).
   */
  online: z.object({ count: z.number().int(), attendances: PeopleCountSchema }),
  /** Participant-hours: each presence times the session's duration. */
  practiceHours: z.object({ total: PeopleFigureSchema, listed: PeopleFigureSchema }),
  attendance: z.object({
    /**
     * Present marks over all marks taken (absent and excused included), shown when 5 people or
     * more were marked; the number of marks is not given, so that no small count follows from it.
     */
    rate: PeopleFigureSchema,
  }),
  publics: z.object({
    ageBands: categoryTable(ageCategories),
    areas: categoryTable(areaCategories),
    priorityAreas: categoryTable(priorityCategories),
    /** Listed beneficiaries with recorded access needs; a count only, never who. */
    withAccessNeeds: PeopleCountSchema,
  }),
  communes: z.object({
    reached: z.number().int(),
    priority: z.number().int().nullable(),
    rural: z.number().int().nullable(),
    list: z.array(ImpactCommuneSchema),
  }),
  carbon: z.object({
    /** A figure is given (current, or the previous one while the current one is computed). */
    available: z.boolean(),
    /**
     * `current`: for this data version; `previous`: the last one computed for these filters,
     * shown while the footprint of the new data is computed; `computing`: none yet, ask again.
     */
    state: z.enum(['current', 'previous', 'computing']),
    /** The carbon headline of the held sessions: inputs still to check are left out. */
    totalCo2eKg: z.number().nullable(),
    /**
     * kg CO2e per beneficiary, as the Carbon page defines it: the headline total divided by the
     * held sessions' beneficiaries (each participant once, head counts added); two decimals.
     */
    perBeneficiaryKg: PeopleFigureSchema.nullable(),
    /** The beneficiaries it divides by (the carbon count: enrolments where attendance is not taken). */
    beneficiaries: PeopleFigureSchema.nullable(),
    /** Inputs left out of the total until a coordinator confirms them on the Carbon pages. */
    leftOut: z.object({ inputs: z.number().int(), co2eKg: z.number() }).nullable(),
    /** Gaps where nothing could be counted (a venue without position, an unknown home). */
    notCounted: z.number().int().nullable(),
    factorVersion: z.string().nullable(),
  }),
  /**
   * The continuation rate: of the listed participants of the scope (present at least once) whose
   * outcome six months on is known from their follow-up answers, the share who joined an
   * ensemble or started a practice of their own (a "yes" at the 3- or 6-month check-in); "known
   * no" is a "not practising" at 6 months without an earlier yes. Everyone else, with no
   * follow-up or no answer, is unknown and never counted as a no. Shown when 5 people or more are
   * known and neither the yes nor the no are 1 to 4.
   */
  continuation: z.object({
    available: z.boolean(),
    participants: PeopleCountSchema,
    known: PeopleCountSchema,
    unknown: PeopleCountSchema,
    rate: PeopleFigureSchema.nullable(),
    byArea: z.array(
      z.object({
        category: z.enum(areaCategories),
        known: PeopleCountSchema,
        rate: PeopleFigureSchema.nullable(),
      }),
    ),
    byAccess: z.array(
      z.object({
        category: z.enum(accessBands),
        known: PeopleCountSchema,
        rate: PeopleFigureSchema.nullable(),
      }),
    ),
  }),
  referenceData: z.object({ densityImported: z.boolean(), priorityImported: z.boolean() }),
  /**
   * The intergenerational mix of the choirs that sing the scope's concerts (a concert of the
   * choir's season linked to a concert session in scope, not cancelled): the season's roster on
   * the concert day (guests of that season included, singers who had left before excluded),
   * each singer once whatever the number of concerts, by the age band of their record; a singer
   * whose record states none is counted `unknown` ("not stated"), never spread. Counts of people
   * go through the suppression rule (the bands as a table adding up to the total shown). Absent
   * from reports built before it.
   */
  choirs: z
    .array(
      z.object({
        choirId: IdSchema,
        name: z.string(),
        concertsHeld: z.number().int(),
        concertsPlanned: z.number().int(),
        singers: PeopleCountSchema,
        ageBands: categoryTable(ageCategories),
      }),
    )
    .default([]),
});
export type ImpactIndicators = z.infer<typeof ImpactIndicatorsSchema>;

export const traceIndicators = [
  'sessions',
  'beneficiaries',
  'headcounts',
  'marks',
  'communes',
] as const;
export const TraceIndicatorSchema = z.enum(traceIndicators);
export type TraceIndicator = z.infer<typeof TraceIndicatorSchema>;

/** The rows behind one indicator, with the filters given or those of a report. */
export const TraceQuerySchema = PageQuerySchema.extend({
  ...ImpactFiltersShape,
  indicator: TraceIndicatorSchema.default('sessions'),
  reportId: IdSchema.optional(),
}).superRefine(refineImpactFilters);
export type TraceQuery = z.input<typeof TraceQuerySchema>;

export const TraceCellSchema = z.union([z.string(), z.number(), z.null()]);
export const TraceSchema = z.object({
  indicator: TraceIndicatorSchema,
  filters: ImpactFiltersSchema,
  dataVersion: z.string(),
  /** When tracing a report: the data version it was built from (different: the data changed since). */
  reportDataVersion: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(z.array(TraceCellSchema)),
  total: z.number().int(),
});
export type Trace = z.infer<typeof TraceSchema>;
