// Shapes computed footprints for the API: summaries with beneficiaries, traceable lines, merged notes.
import { type FootprintLine as ModelLine, summariseLines, type Trip } from '@tutti/carbon';
import type { CarbonFlag, CarbonNote, FootprintLine, FootprintSummary } from '@tutti/contracts';
import { addBeneficiaries, type Beneficiaries } from './carbon-attendees';
import type { ScopeSession, TripDetail, VenueInfo } from './carbon-model';

export function beneficiariesOfSessions(
  sessions: readonly ScopeSession[],
  bySession: ReadonlyMap<string, Beneficiaries>,
): Beneficiaries {
  const total: Beneficiaries = { participantIds: new Set(), headcount: 0 };
  for (const session of sessions) {
    const own = bySession.get(session.id);
    if (own) addBeneficiaries(total, own);
  }
  return total;
}

/**
 * The headline of some sessions: the lines counted, their beneficiaries and hours, and what the
 * headline leaves out (inputs to check, with their kg) or could not count (gaps).
 * kg CO2e per beneficiary is the one definition both Carbon and Impact show: the headline total
 * divided by the sessions' beneficiaries (each participant once, head counts added).
 */
export function presentSummary(
  lines: readonly ModelLine[],
  factorVersion: string,
  beneficiaries: Beneficiaries,
  sessions: readonly ScopeSession[],
  checked: {
    now?: Date;
    leftOutLines?: readonly ModelLine[];
    flags?: readonly CarbonFlag[];
  } = {},
): FootprintSummary {
  const uniqueParticipants = beneficiaries.participantIds.size;
  const total = uniqueParticipants + beneficiaries.headcount;
  const activityHours = sessions.reduce((sum, session) => sum + session.durationHours, 0);
  const summary = summariseLines(lines, { beneficiaries: total, activityHours });
  const now = (checked.now ?? new Date()).getTime();
  const held = sessions.filter((session) => session.startsAt.getTime() <= now).length;
  const flags = checked.flags ?? [];
  return {
    factorVersion,
    totalCo2eKg: summary.totalCo2eKg,
    bySource: summary.bySource,
    beneficiaries: { uniqueParticipants, headcounts: beneficiaries.headcount, total },
    activityHours,
    perBeneficiaryCo2eKg: summary.perBeneficiaryCo2eKg,
    perActivityHourCo2eKg: summary.perActivityHourCo2eKg,
    sessions: { held, planned: sessions.length - held },
    leftOut: {
      inputs: flags.filter((flag) => flag.state === 'to-check').length,
      co2eKg: (checked.leftOutLines ?? []).reduce((sum, line) => sum + line.co2eKg, 0),
    },
    notCounted: flags.filter((flag) => flag.state === 'not-counted').length,
    heldOnly: null,
  };
}

export function presentLines(
  lines: readonly ModelLine[],
  trips: readonly Trip[],
  details: ReadonlyMap<string, TripDetail>,
  leftOutTripIds: ReadonlySet<string> = new Set(),
): FootprintLine[] {
  const tripsById = new Map(trips.map((trip) => [trip.id, trip]));
  return lines.map((line) => {
    const trip = tripsById.get(line.tripId);
    const travel = trip && trip.kind !== 'digital' ? trip : null;
    const detail = details.get(line.tripId);
    return {
      tripId: line.tripId,
      kind: line.kind,
      source: line.source,
      sessionId: line.refs.sessionId ?? null,
      date: line.refs.date ?? null,
      mode: line.factorMode,
      unitBasis: line.unitBasis,
      factorVersion: line.factorVersion,
      factorKgPerUnit: line.factorKgPerUnit,
      distanceKm: travel?.distanceKm ?? 0,
      roundTrip: travel?.roundTrip ?? false,
      travelledKm: line.travelledKm,
      vehicles: line.vehicles,
      travellers: line.travellers,
      quantity: line.quantity,
      co2eKg: line.co2eKg,
      from: detail?.from ?? null,
      to: detail?.to ?? null,
      people: detail?.people ?? [],
      notes: detail?.notes ?? [],
      leftOut: leftOutTripIds.has(line.tripId),
    };
  });
}

export function presentSessionRef(session: ScopeSession, venues: ReadonlyMap<string, VenueInfo>) {
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    date: session.date,
    venueName: session.venueId ? (venues.get(session.venueId)?.name ?? null) : null,
    projectId: session.projectId,
  };
}

/**
 * The same note from several sessions said once: people added up, and how many times it came.
 * @example mergeNotes([n('audience-counted-at-venue', { people: 3 }), n(..., { people: 2 })])
 * // [{ code: 'audience-counted-at-venue', params: { people: 5, times: 2 } }]
 */
export function mergeNotes(notes: readonly CarbonNote[]): CarbonNote[] {
  const merged = new Map<string, CarbonNote>();
  for (const item of notes) {
    const textParams = Object.entries(item.params).filter(([, v]) => typeof v === 'string');
    const key = `${item.code}|${JSON.stringify(textParams)}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { code: item.code, params: { ...item.params, times: 1 } });
      continue;
    }
    seen.params.times = Number(seen.params.times) + 1;
    if (typeof item.params.people === 'number')
      seen.params.people = Number(seen.params.people ?? 0) + item.params.people;
  }
  return [...merged.values()];
}
