// Shapes planning runs and candidates for the API: never rows as they are stored.
import type {
  DistanceModel,
  PlanningCandidates,
  PlanningProgress,
  PlanningResult,
  PlanningRun,
  PlanningRunSummary,
} from '@tutti/contracts';
import { localSlot } from '../sessions';
import type { RunWithProject } from './planning.repository';
import type { ArtistFactsRow, SessionFactsRow } from './planning-facts.repository';
import type { StoredRequest } from './planning-request';
import type { NotPlannable } from './planning-scope';

export function presentRun({ run, projectName }: RunWithProject): PlanningRun {
  const request = run.request as StoredRequest;
  return {
    id: run.id,
    project: run.projectId && projectName ? { id: run.projectId, name: projectName } : null,
    from: run.fromDate,
    to: run.toDate,
    status: run.status,
    sessionCount: request.sessionIds.length,
    artistCount: request.artistIds.length,
    pinnedSessionIds: request.pinnedSessionIds,
    agreedSessionIds: request.agreedSessionIds ?? [],
    freedSessionIds: request.freedSessionIds ?? [],
    keepCurrentAssignments: request.keepCurrentAssignments ?? false,
    lunchBreak: request.lunchBreak ?? null,
    replanOf: run.replanOf,
    timeLimitSec: request.timeLimitSec,
    seed: request.seed,
    progress: (run.progress as PlanningProgress | null) ?? null,
    distanceModel: (run.distanceModel as DistanceModel | null) ?? null,
    result: (run.result as PlanningResult | null) ?? null,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    acceptedAt: run.acceptedAt?.toISOString() ?? null,
  };
}

export function presentRunSummary(row: RunWithProject): PlanningRunSummary {
  const { result, ...run } = presentRun(row);
  return {
    ...run,
    plan: result?.plan ?? null,
    savedVsCurrentPercent: result?.savedVsCurrentPercent ?? null,
  };
}

export function presentCandidates(options: {
  from: string;
  to: string;
  sessions: { row: SessionFactsRow; notPlannable: NotPlannable | null }[];
  artists: (ArtistFactsRow & { suggested: boolean })[];
}): PlanningCandidates {
  return {
    from: options.from,
    to: options.to,
    sessions: options.sessions.map(({ row, notPlannable }) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      status: row.status,
      project: row.project,
      journey:
        row.journeyId && row.journeyName ? { id: row.journeyId, name: row.journeyName } : null,
      venue: row.venue
        ? { id: row.venue.id, name: row.venue.name, communeName: row.venue.communeName }
        : null,
      local: localSlot(row.startsAt, row.endsAt, row.timeZone),
      startsAt: row.startsAt.toISOString(),
      timeZone: row.timeZone,
      durationMin: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
      artists: row.artists,
      notPlannable,
      agreedWith:
        row.status === 'confirmed' && notPlannable === null
          ? { partnerName: row.partnerName }
          : null,
    })),
    artists: options.artists.map((artist) => ({
      id: artist.id,
      name: artist.displayName,
      skills: artist.skills,
      homeCommuneName: artist.homeCommuneName,
      transportMode: artist.transportMode,
      maxTravelKmPerDay: artist.maxTravelKmPerDay,
      located: artist.latitude !== null && artist.longitude !== null,
      suggested: artist.suggested,
    })),
  };
}
