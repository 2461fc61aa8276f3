// Plausibility checks: inputs that look wrong (an audience coming from very far) or that carry so
// much of their project's footprint that a mistake in them would make the figure. A flagged input
// stays out of the headline until someone who knows confirms it; its fingerprint says what was
// confirmed, so a changed input must be confirmed again.
import type { FootprintLine } from '../footprint/types';
import type { Trip, TripKind } from '../trips/types';

export type PlausibilityCheck = 'audience-far' | 'dominant-share';

export type PlausibilityLimits = {
  /** An audience member or a group coming from farther than this, one way, to a session. */
  audienceMaxKm: number;
  /** One input carrying more than this share of its project's footprint. */
  maxShareOfProject: number;
  /** The share check needs at least this many inputs in the project (one trip is all of one trip). */
  minInputsPerProject: number;
};

/** Tutti's limits: 100 km one way for an audience, a third of a project, three inputs or more. */
export const PLAUSIBILITY_LIMITS: PlausibilityLimits = {
  audienceMaxKm: 100,
  maxShareOfProject: 1 / 3,
  minInputsPerProject: 3,
};

/** One input the checks flagged, with the trips made from it and what they weigh. */
export type FlaggedInput = {
  key: string;
  kind: TripKind;
  tripIds: string[];
  projectId: string | null;
  sessionId: string | null;
  /** One-way km (the longest of its trips); 0 online. */
  distanceKm: number;
  /** People travelling (audience, group) or aboard (artists, equipment), added over its trips. */
  travellers: number;
  co2eKg: number;
  /** Its share of its project's footprint in the lines checked (0 to 1). */
  shareOfProject: number;
  checks: PlausibilityCheck[];
  /** The input as confirmed: kind, one-way km and people, rounded. */
  fingerprint: string;
};

type Input = Omit<FlaggedInput, 'shareOfProject' | 'checks' | 'fingerprint'>;

/**
 * The inputs of these lines that fail a check, heaviest first. Shares are measured against the
 * project's lines among those given (pass a whole project's lines to check a project).
 * @example
 * checkPlausibility({ trips, lines: footprint.lines })
 * // [{ key: 'audience:s7:58185', checks: ['audience-far', 'dominant-share'], distanceKm: 294, ... }]
 */
export function checkPlausibility(options: {
  trips: readonly Trip[];
  lines: readonly FootprintLine[];
  limits?: Partial<PlausibilityLimits>;
}): FlaggedInput[] {
  const limits = { ...PLAUSIBILITY_LIMITS, ...options.limits };
  const inputs = inputsOf(options.trips, options.lines);
  const projectKg = new Map<string | null, number>();
  const projectInputs = new Map<string | null, number>();
  for (const input of inputs) {
    projectKg.set(input.projectId, (projectKg.get(input.projectId) ?? 0) + input.co2eKg);
    projectInputs.set(input.projectId, (projectInputs.get(input.projectId) ?? 0) + 1);
  }
  const flagged: FlaggedInput[] = [];
  for (const input of inputs) {
    const total = projectKg.get(input.projectId) ?? 0;
    const shareOfProject = total > 0 ? input.co2eKg / total : 0;
    const checks: PlausibilityCheck[] = [];
    const audience = input.kind === 'audience' || input.kind === 'group';
    if (audience && input.distanceKm > limits.audienceMaxKm) checks.push('audience-far');
    if (
      (projectInputs.get(input.projectId) ?? 0) >= limits.minInputsPerProject &&
      // Three equal inputs are a third each, not more (floating point sums say 0.33333333333333337).
      shareOfProject > limits.maxShareOfProject + 1e-9
    )
      checks.push('dominant-share');
    if (checks.length === 0) continue;
    flagged.push({ ...input, shareOfProject, checks, fingerprint: fingerprintOf(input) });
  }
  return flagged.sort((a, b) => b.co2eKg - a.co2eKg || a.key.localeCompare(b.key));
}

/**
 * What a confirmation vouches for: the kind of input, its one-way km and its people, rounded to
 * what a person checks (a re-estimate to the metre does not ask for a new confirmation).
 * @example fingerprintOf({ kind: 'audience', distanceKm: 294.2, travellers: 111 }) // 'audience|294km|111'
 */
export function fingerprintOf(input: Pick<Input, 'kind' | 'distanceKm' | 'travellers'>): string {
  return `${input.kind}|${Math.round(input.distanceKm)}km|${Math.round(input.travellers)}`;
}

/** The key of the input a trip was made from. */
export function inputKeyOf(trip: Trip): string {
  return (trip.kind === 'digital' ? undefined : trip.inputKey) ?? trip.id;
}

function inputsOf(trips: readonly Trip[], lines: readonly FootprintLine[]): Input[] {
  const tripsById = new Map(trips.map((trip) => [trip.id, trip]));
  const inputs = new Map<string, Input>();
  for (const line of lines) {
    const trip = tripsById.get(line.tripId);
    if (!trip) continue;
    const key = inputKeyOf(trip);
    const input = inputs.get(key) ?? {
      key,
      kind: trip.kind,
      tripIds: [],
      projectId: line.refs.projectId ?? null,
      sessionId: line.refs.sessionId ?? null,
      distanceKm: 0,
      travellers: 0,
      co2eKg: 0,
    };
    input.tripIds.push(trip.id);
    input.distanceKm = Math.max(input.distanceKm, trip.kind === 'digital' ? 0 : trip.distanceKm);
    input.travellers += line.travellers;
    input.co2eKg += line.co2eKg;
    inputs.set(key, input);
  }
  return [...inputs.values()];
}
