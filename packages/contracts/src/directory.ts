// The directory of amateur practice: choirs, bands, orchestras and music schools people can join
// after a journey, with where and when they rehearse, who they take, and when they were last confirmed.
import { z } from 'zod';
import { AddressOutFields, PlaceCommuneCodeSchema, PlaceCommuneNameSchema } from './address';
import { EmailSchema, IdSchema, LocaleSchema, PageQuerySchema, TimestampSchema } from './common';
import { AgeBandSchema, ageBands } from './groups';
import { PhoneSchema } from './phone';

export const ensembleKinds = [
  'choir',
  'vocal_ensemble',
  'band',
  'harmony',
  'orchestra',
  'music_school',
] as const;
export const EnsembleKindSchema = z.enum(ensembleKinds);
export type EnsembleKind = z.infer<typeof EnsembleKindSchema>;

export const ensembleLevels = ['beginner', 'intermediate', 'advanced'] as const;
export const EnsembleLevelSchema = z.enum(ensembleLevels);
export type EnsembleLevel = z.infer<typeof EnsembleLevelSchema>;

/** Voice parts and instruments an ensemble may be looking for ("tenors wanted"). */
export const ensembleParts = [
  'soprano',
  'alto',
  'tenor',
  'bass',
  'violin',
  'viola',
  'cello',
  'double_bass',
  'flute',
  'clarinet',
  'oboe',
  'saxophone',
  'trumpet',
  'horn',
  'trombone',
  'tuba',
  'percussion',
  'piano',
  'guitar',
  'accordion',
] as const;
export const EnsemblePartSchema = z.enum(ensembleParts);
export type EnsemblePart = z.infer<typeof EnsemblePartSchema>;

export const musicGenres = [
  'classical',
  'sacred',
  'early_music',
  'contemporary',
  'jazz',
  'gospel',
  'pop_rock',
  'chanson',
  'world',
  'traditional',
  'musical_theatre',
  'film',
] as const;
export const MusicGenreSchema = z.enum(musicGenres);
export type MusicGenre = z.infer<typeof MusicGenreSchema>;

export const learningTools = [
  'learning_tracks',
  'scores_provided',
  'sight_reading',
  'vocal_technique',
  'beginners_sessions',
  'online_rehearsals',
  'instrument_lending',
] as const;
export const LearningToolSchema = z.enum(learningTools);
export type LearningTool = z.infer<typeof LearningToolSchema>;

/**
 * The languages an ensemble works in (rehearses, speaks with its members), as ISO 639 codes: the
 * languages of the network's countries, France's regional languages, those most spoken by people
 * who settle there, and French Sign Language (`fsl`, for signed-song choirs).
 */
export const ensembleLanguages = [
  'fr',
  'en',
  'de',
  'lb',
  'it',
  'es',
  'pt',
  'nl',
  'br',
  'oc',
  'eu',
  'co',
  'ca',
  'gsw',
  'ar',
  'kab',
  'tr',
  'pl',
  'ro',
  'ru',
  'uk',
  'el',
  'zh',
  'wo',
  'fsl',
] as const;
export const EnsembleLanguageSchema = z.enum(ensembleLanguages);
export type EnsembleLanguage = z.infer<typeof EnsembleLanguageSchema>;

/** Names the Unicode data (Intl) does not know. */
const LANGUAGE_NAMES: Partial<Record<EnsembleLanguage, Record<'fr' | 'en' | 'de', string>>> = {
  fsl: {
    fr: 'langue des signes française',
    en: 'French Sign Language',
    de: 'Französische Gebärdensprache',
  },
};

/** A working language's name in `locale`: `languageName('oc', 'de')` → 'Okzitanisch'. */
export function languageName(code: EnsembleLanguage, locale: 'fr' | 'en' | 'de'): string {
  return (
    LANGUAGE_NAMES[code]?.[locale] ??
    new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ??
    code
  );
}

/** Where a listing comes from: made by the organisation, read from a file, or proposed by the ensemble. */
export const ensembleSources = ['organisation', 'import', 'proposal'] as const;
/** A proposal waits for a coordinator (`pending`); everything else is `published`. */
export const ensembleStatuses = ['pending', 'published'] as const;
export type EnsembleStatus = (typeof ensembleStatuses)[number];

/**
 * Where a listing stands with its confirmation: `current` under 6 months, `due` from 6 months
 * (a re-confirmation e-mail goes out), `hidden` after 12 months without one (off the public pages).
 */
export const confirmationStates = ['current', 'due', 'hidden'] as const;
export type ConfirmationState = (typeof confirmationStates)[number];
export const CONFIRMATION_DUE_MONTHS = 6;
export const CONFIRMATION_HIDDEN_MONTHS = 12;

/** ISO weekday names of RFC 5545 (`BYDAY`), Monday first. */
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'Each value once');

/**
 * One rehearsal pattern: an RFC 5545 recurrence rule (without DTSTART: `FREQ=WEEKLY;BYDAY=TU`,
 * `FREQ=MONTHLY;BYDAY=1SA`), the local start time and the length.
 */
export const RehearsalSchema = z.strictObject({
  rule: z
    .string()
    .trim()
    .min(6)
    .max(300)
    .regex(
      /^(RRULE:)?FREQ=[A-Z]+(;[A-Z]+=[A-Z0-9,+-]+)*$/i,
      'An RFC 5545 rule: FREQ=WEEKLY;BYDAY=TU',
    ),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time such as 20:00'),
  durationMin: z.number().int().min(15).max(600),
});
export type Rehearsal = z.infer<typeof RehearsalSchema>;

/** A place the ensemble rehearses: one of the organisation's venues, or an address with its commune. */
export const EnsemblePlaceSchema = z
  .strictObject({
    venueId: IdSchema.nullable().optional(),
    label: z.string().trim().min(1).max(200).nullable().optional(),
    addressLine: z.string().trim().min(1).max(300).nullable().optional(),
    postalCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z -]{3,10}$/, 'A postal code such as 58000')
      .nullable()
      .optional(),
    communeCode: PlaceCommuneCodeSchema.nullable().optional(),
    communeName: PlaceCommuneNameSchema.nullable().optional(),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
  })
  .superRefine((place, context) => {
    if (!place.venueId && !place.communeCode) {
      context.addIssue({ code: 'custom', path: ['communeCode'], message: 'A commune or a venue' });
    }
    if (((place.latitude ?? null) === null) !== ((place.longitude ?? null) === null)) {
      context.addIssue({ code: 'custom', path: ['longitude'], message: 'Send with latitude' });
    }
  });
export type EnsemblePlaceInput = z.infer<typeof EnsemblePlaceSchema>;

export const EnsembleAccessibilitySchema = z.strictObject({
  stepFreeAccess: z.boolean().optional(),
  accessibleToilets: z.boolean().optional(),
  hearingLoop: z.boolean().optional(),
  largePrintScores: z.boolean().optional(),
  notes: z.string().trim().max(1000).optional(),
});
export type EnsembleAccessibility = z.infer<typeof EnsembleAccessibilitySchema>;

const CentsSchema = z.number().int().min(0).max(1_000_000);

const EnsembleFields = {
  name: z.string().trim().min(1).max(200),
  kind: EnsembleKindSchema,
  description: z.string().trim().max(2000).nullable(),
  places: z.array(EnsemblePlaceSchema).min(1).max(5),
  rehearsals: z.array(RehearsalSchema).max(5),
  levels: uniqueList(EnsembleLevelSchema, ensembleLevels.length),
  auditionRequired: z.boolean(),
  partsSought: uniqueList(EnsemblePartSchema, ensembleParts.length),
  genres: uniqueList(MusicGenreSchema, musicGenres.length),
  ageBands: uniqueList(AgeBandSchema, ageBands.length),
  /** A year's membership, in cents; null when not stated, 0 when free. */
  annualFeeCents: CentsSchema.nullable(),
  /** The reduced fee for people with small means, in cents; null when there is none. */
  solidarityFeeCents: CentsSchema.nullable(),
  feeNotes: z.string().trim().max(500).nullable(),
  accessibility: EnsembleAccessibilitySchema,
  learningTools: uniqueList(LearningToolSchema, learningTools.length),
  contactName: z.string().trim().min(1).max(120).nullable(),
  contactEmail: EmailSchema.nullable(),
  contactPhone: PhoneSchema.nullable(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable(),
  /** The language the ensemble reads: the e-mails Tutti sends it are written in it. */
  language: LocaleSchema,
  /** The languages it works in (rehearsals, talk); empty when not stated. */
  workingLanguages: uniqueList(EnsembleLanguageSchema, ensembleLanguages.length),
};

const defaultsOf = {
  description: null,
  rehearsals: [],
  levels: [],
  auditionRequired: false,
  partsSought: [],
  genres: [],
  ageBands: [],
  annualFeeCents: null,
  solidarityFeeCents: null,
  feeNotes: null,
  accessibility: {},
  learningTools: [],
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  website: null,
} as const;

export const EnsembleCreateBodySchema = z.strictObject({
  name: EnsembleFields.name,
  kind: EnsembleFields.kind,
  places: EnsembleFields.places,
  description: EnsembleFields.description.default(defaultsOf.description),
  rehearsals: EnsembleFields.rehearsals.default([]),
  levels: EnsembleFields.levels.default([]),
  auditionRequired: EnsembleFields.auditionRequired.default(false),
  partsSought: EnsembleFields.partsSought.default([]),
  genres: EnsembleFields.genres.default([]),
  ageBands: EnsembleFields.ageBands.default([]),
  annualFeeCents: EnsembleFields.annualFeeCents.default(null),
  solidarityFeeCents: EnsembleFields.solidarityFeeCents.default(null),
  feeNotes: EnsembleFields.feeNotes.default(null),
  accessibility: EnsembleFields.accessibility.default({}),
  learningTools: EnsembleFields.learningTools.default([]),
  contactName: EnsembleFields.contactName.default(null),
  contactEmail: EnsembleFields.contactEmail.default(null),
  contactPhone: EnsembleFields.contactPhone.default(null),
  website: EnsembleFields.website.default(null),
  language: EnsembleFields.language.default('fr'),
  workingLanguages: EnsembleFields.workingLanguages.default([]),
});
export type EnsembleCreateBody = z.infer<typeof EnsembleCreateBodySchema>;

/** Only the fields sent change; `places` and `rehearsals`, when sent, replace the lists. */
export const EnsembleUpdateBodySchema = z.strictObject(
  Object.fromEntries(Object.entries(EnsembleFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof EnsembleFields]: z.ZodOptional<(typeof EnsembleFields)[K]>;
  },
);
export type EnsembleUpdateBody = z.infer<typeof EnsembleUpdateBodySchema>;

export const EnsembleParamsSchema = z.strictObject({ orgId: IdSchema, ensembleId: IdSchema });

export const EnsembleListQuerySchema = PageQuerySchema.extend({
  /** Part of the name or of a place's commune; accents and case do not matter. */
  q: z.string().trim().max(100).optional(),
  kind: EnsembleKindSchema.optional(),
  status: z.enum(ensembleStatuses).optional(),
  confirmation: z.enum(confirmationStates).optional(),
});
export type EnsembleListQuery = z.infer<typeof EnsembleListQuerySchema>;

export const EnsemblePlaceOutSchema = z.object({
  venueId: IdSchema.nullable(),
  label: z.string().nullable(),
  ...AddressOutFields,
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const EnsembleSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: EnsembleKindSchema,
  status: z.enum(ensembleStatuses),
  source: z.enum(ensembleSources),
  communeNames: z.array(z.string()),
  lastConfirmedAt: TimestampSchema.nullable(),
  confirmation: z.enum(confirmationStates),
  publicCode: z.string(),
  /** Where its first place with a known position is, for the directory's map; null when none. */
  position: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
});
export type EnsembleSummary = z.infer<typeof EnsembleSummarySchema>;

export const EnsembleSchema = EnsembleSummarySchema.extend({
  description: z.string().nullable(),
  places: z.array(EnsemblePlaceOutSchema),
  rehearsals: z.array(RehearsalSchema),
  levels: z.array(EnsembleLevelSchema),
  auditionRequired: z.boolean(),
  partsSought: z.array(EnsemblePartSchema),
  genres: z.array(MusicGenreSchema),
  ageBands: z.array(AgeBandSchema),
  annualFeeCents: z.number().int().nullable(),
  solidarityFeeCents: z.number().int().nullable(),
  feeNotes: z.string().nullable(),
  accessibility: EnsembleAccessibilitySchema,
  learningTools: z.array(LearningToolSchema),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  website: z.string().nullable(),
  language: LocaleSchema,
  workingLanguages: z.array(EnsembleLanguageSchema),
  /** When the last re-confirmation e-mail left; null when none was needed yet. */
  reminderSentAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Ensemble = z.infer<typeof EnsembleSchema>;

/** Where a person lives: the commune the matches are measured from. */
export const MatchParamsSchema = z.strictObject({
  orgId: IdSchema,
  communeCode: PlaceCommuneCodeSchema,
});

/** What a person or a group is looking for; every criterion is optional. */
export const MatchQuerySchema = z.strictObject({
  ageBand: AgeBandSchema.optional(),
  /** Comma-separated lists in a query string. */
  kinds: z.string().max(200).optional(),
  genres: z.string().max(300).optional(),
  /** Free days, as RFC 5545 weekday codes: `TU,SA`. */
  days: z.string().max(40).optional(),
  part: EnsemblePartSchema.optional(),
  /**
   * Languages the person works in, comma-separated ISO 639 codes (`en,de`): listings that work in
   * one of them rank higher; the others are still shown.
   */
  languages: z.string().max(100).optional(),
  /** Beginners see first the ensembles without audition that take beginners. */
  beginner: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type MatchQuery = z.infer<typeof MatchQuerySchema>;

export const GroupMatchParamsSchema = z.strictObject({ orgId: IdSchema, groupId: IdSchema });

export const RadiusSchema = z.object({
  km: z.number(),
  /** `dense` 3 km, `intermediate` 10–15 km, `rural` 60 km; from the INSEE density grid. */
  area: z.enum(['dense', 'intermediate', 'rural']),
  densityClass: z.number().int().nullable(),
  /** `grid` when the density grid is imported, `population` when estimated from the population. */
  basis: z.enum(['grid', 'population']),
});
export type Radius = z.infer<typeof RadiusSchema>;

export const EnsembleMatchSchema = z.object({
  ensemble: EnsembleSummarySchema.omit({ position: true }).extend({
    genres: z.array(MusicGenreSchema),
    ageBands: z.array(AgeBandSchema),
    auditionRequired: z.boolean(),
    rehearsals: z.array(RehearsalSchema),
    workingLanguages: z.array(EnsembleLanguageSchema),
  }),
  /** The place of the ensemble nearest to the person. */
  place: z.object({ communeName: z.string().nullable(), label: z.string().nullable() }),
  distanceKm: z.number(),
  /** Door to door by car: an estimate (great circle × 1.3 at 60 km/h) unless `travel.kind` is osrm. */
  travelMin: z.number(),
  /** 0–1: how well the ensemble fits what was asked, distance aside. */
  fit: z.number(),
  /**
   * What fits, for the page to say why: `kind`, `genre`, `day`, `age`, `part`, `beginner`,
   * `language`.
   */
  reasons: z.array(z.string()),
});
export type EnsembleMatch = z.infer<typeof EnsembleMatchSchema>;

export const MatchResultSchema = z.object({
  commune: z.object({ code: z.string(), name: z.string() }),
  radius: RadiusSchema,
  travel: z.object({ kind: z.enum(['estimate', 'osrm']) }),
  matches: z.array(EnsembleMatchSchema),
  /** Nothing within the radius: the nearest suitable ensemble beyond it, if any. */
  nearestBeyond: EnsembleMatchSchema.nullable(),
  /** The organisation's venues within the radius, for a new ensemble to rehearse in. */
  venuesNearby: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      communeName: z.string().nullable(),
      distanceKm: z.number(),
    }),
  ),
});
export type MatchResult = z.infer<typeof MatchResultSchema>;

/** A request for help to start an ensemble where none is within reach. */
export const SupportRequestSchema = z.object({
  id: IdSchema,
  communeCode: z.string(),
  communeName: z.string(),
  /** Name, contact and message are null once anonymised (retention, or the person's erasure). */
  name: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  message: z.string().nullable(),
  /** The commune's centre, for the directory's map; null when the reference does not know it. */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  createdAt: TimestampSchema,
  /** When a coordinator marked it handled; its contact is cleared 6 months later. */
  handledAt: TimestampSchema.nullable(),
  anonymisedAt: TimestampSchema.nullable(),
});
export type SupportRequest = z.infer<typeof SupportRequestSchema>;

/**
 * Where help to start an ensemble was asked for, for the maps: one point per commune (its
 * centre), with counts and nothing about the people.
 */
export const SupportRequestPointSchema = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  /** Every request kept there, anonymised ones included. */
  count: z.number().int().positive(),
  /** Those nobody has handled yet. */
  waiting: z.number().int().nonnegative(),
});
export type SupportRequestPoint = z.infer<typeof SupportRequestPointSchema>;
export const SupportRequestMapSchema = z.object({
  /** Communes the commune reference does not place are left off. */
  items: z.array(SupportRequestPointSchema),
});
export type SupportRequestMap = z.infer<typeof SupportRequestMapSchema>;

/** Marks a request for support handled (or back to waiting, by mistake). */
export const SupportRequestUpdateBodySchema = z.strictObject({ handled: z.boolean() });
export type SupportRequestUpdateBody = z.infer<typeof SupportRequestUpdateBodySchema>;

export const SupportRequestParamsSchema = z.strictObject({ orgId: IdSchema, requestId: IdSchema });

/** How long a request's contact is kept once handled, and at most when nobody handles it. */
export const SUPPORT_REQUEST_KEPT_DAYS_AFTER_HANDLED = 183;
export const SUPPORT_REQUEST_KEPT_DAYS_UNHANDLED = 365;

export const SupportRequestInputSchema = z
  .strictObject({
    communeCode: PlaceCommuneCodeSchema,
    name: z.string().trim().min(1).max(120),
    contactEmail: EmailSchema.nullable(),
    contactPhone: PhoneSchema.nullable(),
    message: z.string().trim().max(2000).nullable(),
  })
  .refine((value) => value.contactEmail !== null || value.contactPhone !== null, {
    path: ['contactEmail'],
    message: 'An e-mail address or a phone number',
  });
export type SupportRequestInput = z.infer<typeof SupportRequestInputSchema>;

export const EnsembleConfirmationSchema = z.object({ lastConfirmedAt: TimestampSchema });

/** A rule's frequency, interval and days, read from its text (`FREQ=MONTHLY;BYDAY=1SA`). */
export type RuleSummary = {
  freq: string;
  interval: number;
  /** `nth` is the week of the month (1 first, -1 last) for monthly rules; null for every week. */
  days: { weekday: WeekdayCode; nth: number | null }[];
};

/**
 * Reads the parts of a rehearsal rule the pages show and the matching uses; null when the text has
 * no FREQ. The API checks rules fully (RFC 5545) before storing them.
 *
 * @example summariseRule('FREQ=WEEKLY;BYDAY=TU,TH') // { freq: 'WEEKLY', interval: 1, days: [{ weekday: 'TU', nth: null }, { weekday: 'TH', nth: null }] }
 */
export function summariseRule(rule: string): RuleSummary | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string | undefined])
      .map(([key, value]) => [key.toUpperCase(), (value ?? '').toUpperCase()]),
  );
  const freq = parts.get('FREQ');
  if (!freq) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const days = (parts.get('BYDAY') ?? '')
    .split(',')
    .filter(Boolean)
    .flatMap((day) => {
      const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day);
      if (!match) return [];
      return [{ weekday: match[2] as WeekdayCode, nth: match[1] ? Number(match[1]) : null }];
    });
  return { freq, interval: Number.isInteger(interval) && interval > 0 ? interval : 1, days };
}

/** The rehearsal patterns forms offer: every week, every other week, first or last of the month. */
export const rehearsalFrequencies = ['weekly', 'biweekly', 'first', 'last'] as const;
export type RehearsalFrequency = (typeof rehearsalFrequencies)[number];

/**
 * The rule of a day and a frequency.
 *
 * @example ruleOf('TU', 'biweekly') // 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'
 * @example ruleOf('SA', 'last') // 'FREQ=MONTHLY;BYDAY=-1SA'
 */
export function ruleOf(day: WeekdayCode, frequency: RehearsalFrequency) {
  if (frequency === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  if (frequency === 'first') return `FREQ=MONTHLY;BYDAY=1${day}`;
  if (frequency === 'last') return `FREQ=MONTHLY;BYDAY=-1${day}`;
  return `FREQ=WEEKLY;BYDAY=${day}`;
}

/** The day and frequency a form shows for a rule; null when the rule is none of `ruleOf`'s. */
export function frequencyOf(
  rule: string,
): { day: WeekdayCode; frequency: RehearsalFrequency } | null {
  const summary = summariseRule(rule);
  const only = summary?.days.length === 1 ? summary.days[0]! : null;
  if (!summary || !only) return null;
  const found = rehearsalFrequencies.find((frequency) => ruleOf(only.weekday, frequency) === rule);
  return found ? { day: only.weekday, frequency: found } : null;
}

/** A group's matches: its commune and age band unless the query names others. */
export const GroupMatchQuerySchema = MatchQuerySchema.extend({
  communeCode: PlaceCommuneCodeSchema.optional(),
});
export type GroupMatchQuery = z.infer<typeof GroupMatchQuerySchema>;
