// Carbon scenarios of a project: the levers, each scenario's figures against the baseline, and
// the assumptions behind them, every word a translation key.
import { z } from 'zod';
import { CarbonBySourceSchema } from './carbon-footprints';

export const scenarioLevers = [
  'carpool',
  'train',
  'group-by-area',
  'online',
  'electric',
  'shuttle',
  'combined',
] as const;
export const ScenarioLeverSchema = z.enum(scenarioLevers);
export type ScenarioLever = z.infer<typeof ScenarioLeverSchema>;
export const ScenarioChoiceSchema = z.enum(['baseline', ...scenarioLevers]);
export type ScenarioChoice = z.infer<typeof ScenarioChoiceSchema>;

const ScenarioFiguresSchema = z.object({
  totalCo2eKg: z.number(),
  bySource: CarbonBySourceSchema,
  /** Person-hours of travel. */
  travelHours: z.number(),
});

export const TranslatedMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The sentence in the caller's language. */
  text: z.string(),
});

/** How an assumption's value reads in any language (see @tutti/carbon's `AssumptionUnit`). */
export const assumptionUnits = [
  'km',
  'people',
  'sessions',
  'days',
  'min',
  'h',
  'kg-per-device-hour',
  'share',
  'ratio',
  'mode',
  'trip-kinds',
  'yes-no',
] as const;

/** A scenario's stated assumption: `name` is a key of the model's strings; no value is a word. */
export const ScenarioAssumptionSchema = z.object({
  name: z.string(),
  /** A number in its unit, a transport mode (`mode`), trip kinds joined by commas, or yes/no. */
  value: z.union([z.string(), z.number(), z.boolean()]),
  unit: z.enum(assumptionUnits),
  /** Tutti's own assumption, the planner's, or the factor set's (its version names the source). */
  source: z.enum(['tutti', 'planner', 'factor-set']),
});

/** A sentence of the carbon model as a translation key and its values. */
const TranslatedKeySchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ScenarioRowSchema = ScenarioFiguresSchema.extend({
  lever: ScenarioLeverSchema,
  deltaCo2eKg: z.number(),
  deltaPct: z.number().nullable(),
  deltaTravelHours: z.number(),
  assumptions: z.array(ScenarioAssumptionSchema),
  stats: z.record(z.string(), z.number()),
  /** Why the scenario changes nothing (no trip it applies to); null when it changes something. */
  unchanged: TranslatedKeySchema.nullable(),
});
export type ScenarioRow = z.infer<typeof ScenarioRowSchema>;

export const ProjectScenariosSchema = z.object({
  factorVersion: z.string(),
  baseline: ScenarioFiguresSchema,
  rows: z.array(ScenarioRowSchema),
  reductions: z.array(
    z.object({
      lever: ScenarioLeverSchema,
      savedCo2eKg: z.number(),
      savedPct: z.number(),
      deltaTravelHours: z.number(),
      message: TranslatedMessageSchema,
      timeMessage: TranslatedMessageSchema,
    }),
  ),
});
export type ProjectScenarios = z.infer<typeof ProjectScenariosSchema>;

/** Without a choice: the baseline against every lever combined. */
export const ScenarioPairQuerySchema = z.strictObject({
  a: ScenarioChoiceSchema.default('baseline'),
  b: ScenarioChoiceSchema.default('combined'),
});

export const ScenarioPairSchema = z.object({
  factorVersion: z.string(),
  a: ScenarioFiguresSchema.extend({ choice: ScenarioChoiceSchema }),
  b: ScenarioFiguresSchema.extend({ choice: ScenarioChoiceSchema }),
  /** b minus a: negative when b emits less. */
  deltaCo2eKg: z.number(),
  deltaPct: z.number().nullable(),
  /** b minus a, person-hours: positive when b takes more travel time. */
  deltaTravelHours: z.number(),
});
export type ScenarioPair = z.infer<typeof ScenarioPairSchema>;
