// Which inputs of a footprint a coordinator must check before the headline counts them, which are
// confirmed (by whom, when), and the gaps where nothing could be counted, each with what to open.
import {
  checkPlausibility,
  type FlaggedInput,
  type FootprintLine as ModelLine,
  type Trip,
} from '@tutti/carbon';
import type { CarbonCheck, CarbonFlag } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { findConfirmations } from './carbon-confirmations.repository';
import { presentSessionRef } from './carbon-footprint.presenter';
import type { FixTarget, ScopedNote, TripDetail } from './carbon-model';
import type { ScopeTrips } from './carbon-trips';

/** Notes that say something could not be counted, and the check that names them. */
const GAPS: Readonly<Record<string, CarbonCheck>> = {
  'session-venue-unknown': 'venue-unlocated',
  'artist-home-unknown': 'artist-home-unknown',
  'group-origin-unknown': 'group-origin-unknown',
  'group-size-unknown': 'group-size-unknown',
};

export type CheckedInputs = {
  /** Flagged inputs of every session given, confirmed or not. */
  inputs: (FlaggedInput & { confirmation: Confirmation | null })[];
  /** Trips of the inputs still to check: out of the headline. */
  leftOutTripIds: Set<string>;
};

type Confirmation = NonNullable<CarbonFlag['confirmed']>;

/**
 * Runs the plausibility checks on the lines of whole projects and reads the confirmations of the
 * flagged inputs: a confirmation counts while the input is still what it vouched for.
 */
export async function checkInputs(
  tx: Executor,
  trips: readonly Trip[],
  lines: readonly ModelLine[],
): Promise<CheckedInputs> {
  const flagged = checkPlausibility({ trips, lines });
  const sessionIds = [...new Set(flagged.flatMap((f) => (f.sessionId ? [f.sessionId] : [])))];
  const stored = new Map(
    (await findConfirmations(tx, sessionIds)).map((row) => [row.inputKey, row]),
  );
  const leftOutTripIds = new Set<string>();
  const inputs = flagged.map((input) => {
    const row = stored.get(input.key);
    const confirmation =
      row && row.fingerprint === input.fingerprint
        ? {
            by: row.confirmedBy
              ? { id: row.confirmedBy, displayName: row.confirmedByName ?? '' }
              : null,
            at: row.confirmedAt.toISOString(),
          }
        : null;
    if (!confirmation) for (const id of input.tripIds) leftOutTripIds.add(id);
    return { ...input, confirmation };
  });
  return { inputs, leftOutTripIds };
}

/** The flags of a scope: its flagged inputs, then its gaps, one per thing to fix. */
export function presentFlags(checked: CheckedInputs, scope: ScopeTrips): CarbonFlag[] {
  const sessions = new Map(scope.sessions.map((session) => [session.id, session]));
  const tripsById = new Map(scope.built.trips.map((trip) => [trip.id, trip]));
  const flags: CarbonFlag[] = [];
  for (const input of checked.inputs) {
    const session = input.sessionId ? sessions.get(input.sessionId) : undefined;
    if (!session) continue;
    const firstTrip = tripsById.get(input.tripIds[0] ?? '');
    const detail = scope.built.details.get(input.tripIds[0] ?? '');
    flags.push({
      key: input.key,
      checks: input.checks,
      state: input.confirmation ? 'confirmed' : 'to-check',
      kind: input.kind,
      session: presentSessionRef(session, scope.venues),
      sessions: 1,
      from: detail?.from ?? null,
      to: detail?.to ?? null,
      people: peopleOf(detail),
      distanceKm: input.distanceKm,
      travellers: input.travellers,
      co2eKg: input.co2eKg,
      sharePct: Math.round(input.shareOfProject * 1000) / 10,
      params: {},
      fingerprint: input.fingerprint,
      fix: firstTrip ? fixesOf(firstTrip, detail, session.id) : [],
      confirmed: input.confirmation,
    });
  }
  return [...flags, ...gapFlags(scope)];
}

function peopleOf(detail: TripDetail | undefined): string[] {
  if (!detail) return [];
  return detail.people.length > 0 ? detail.people : (detail.groups ?? []).map((g) => g.name);
}

/** What to open, most likely first: the group's commune, the artist's home, then the session. */
function fixesOf(trip: Trip, detail: TripDetail | undefined, sessionId: string): FixTarget[] {
  const groups = (detail?.groups ?? []).map((g): FixTarget => ({ kind: 'group', id: g.id }));
  switch (trip.kind) {
    case 'group':
    case 'audience':
      return [...groups, { kind: 'attendance', id: sessionId }, { kind: 'session', id: sessionId }];
    case 'artist':
      return [
        ...(trip.artistIds ?? []).map((id): FixTarget => ({ kind: 'artist', id })),
        { kind: 'session', id: sessionId },
      ];
    case 'equipment':
      return [{ kind: 'session-carbon', id: sessionId }];
    case 'digital':
      return [{ kind: 'session', id: sessionId }];
  }
}

/** One flag per gap and thing to fix (an artist without a home counts once, with its sessions). */
function gapFlags(scope: ScopeTrips): CarbonFlag[] {
  const sessions = new Map(scope.sessions.map((session) => [session.id, session]));
  const gaps = new Map<string, { note: ScopedNote; check: CarbonCheck; sessionIds: Set<string> }>();
  for (const note of scope.built.notes) {
    const check = GAPS[note.code];
    if (!check || !note.target) continue;
    const key = `${check}:${note.target.kind}:${note.target.id}`;
    const gap = gaps.get(key) ?? { note, check, sessionIds: new Set<string>() };
    if (note.sessionId) gap.sessionIds.add(note.sessionId);
    gaps.set(key, gap);
  }
  return [...gaps].map(([key, { note, check, sessionIds }]) => {
    const first = [...sessionIds].map((id) => sessions.get(id)).find((s) => s !== undefined);
    return {
      key,
      checks: [check],
      state: 'not-counted' as const,
      kind: null,
      session: first ? presentSessionRef(first, scope.venues) : null,
      sessions: sessionIds.size,
      from: null,
      to: null,
      people: [],
      distanceKm: null,
      travellers: null,
      co2eKg: null,
      sharePct: null,
      params: note.params,
      fingerprint: null,
      fix: note.target ? [note.target] : [],
      confirmed: null,
    };
  });
}
