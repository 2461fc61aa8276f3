// Resolves a run request into what the job plans: explicit sessions, artists and dates, checked
// field by field (unknown ids 404, sessions that cannot be planned 400), defaults filled in.
import type { FieldError, LunchBreak, PlanningRunRequest, SessionKind } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { AppError } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import * as repository from './planning.repository';
import * as facts from './planning-facts.repository';
import {
  earliestDateFor,
  notPlannable,
  scopeDates,
  scopeSessions,
  suggestedArtist,
} from './planning-scope';

/** The request as the job runs it: every list explicit, so that a run can be read back as asked. */
export type StoredRequest = {
  projectId: string | null;
  from: string;
  to: string;
  sessionIds: string[];
  artistIds: string[];
  windowDays: number;
  hours: { from: string; to: string };
  weekdays: number[];
  avoidPublicHolidays?: boolean;
  sessionRules: PlanningRunRequest['sessionRules'];
  pinnedSessionIds: string[];
  /** Confirmed sessions kept at their agreed date (absent in runs asked for before: none). */
  agreedSessionIds?: string[];
  freedSessionIds?: string[];
  /** Absent in runs asked for before the rule existed: no break. */
  lunchBreak?: LunchBreak | null;
  replanOf: string | null;
  keepCurrentAssignments: boolean;
  timeLimitSec: number;
  seed: number;
};

const invalid = (message: string, fields: FieldError[]) =>
  new AppError('PLANNING.INVALID', message, { fields });
const missing = (fields: FieldError[]) =>
  new AppError(
    'PLANNING.REFERENCE_NOT_FOUND',
    `Not found: ${fields.map((f) => f.path).join(', ')}`,
    {
      fields,
    },
  );

async function fromBaseRun(tx: Executor, input: PlanningRunRequest, replanOf: string) {
  const base = await repository.findRun(tx, replanOf);
  if (!base) throw missing([{ path: 'body.replanOf', message: 'No such run' }]);
  if (base.run.status !== 'done') {
    throw new AppError('PLANNING.NOT_READY', `The run to re-plan is ${base.run.status}`);
  }
  const request = base.run.request as StoredRequest;
  const placed = new Set(
    (await repository.findAssignments(tx, replanOf))
      .filter((a) => a.artistId)
      .map((a) => a.sessionId),
  );
  const fields = input.pinnedSessionIds.flatMap((id, i) =>
    placed.has(id)
      ? []
      : [{ path: `body.pinnedSessionIds.${i}`, message: 'Not placed by the run re-planned' }],
  );
  if (fields.length > 0) throw invalid('Only sessions the run placed can be pinned', fields);
  return {
    ...request,
    pinnedSessionIds: input.pinnedSessionIds,
    replanOf,
    keepCurrentAssignments: false,
    timeLimitSec: input.timeLimitSec,
    seed: input.seed,
  };
}

async function chosenSessions(
  tx: Executor,
  input: PlanningRunRequest,
  timeZone: string,
  now: Date,
) {
  const earliestDate = earliestDateFor(now, timeZone);
  if (input.sessionIds) {
    const rows = await facts.sessionsByIds(tx, input.sessionIds);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const unknown = input.sessionIds.flatMap((id, i) =>
      byId.has(id) ? [] : [{ path: `body.sessionIds.${i}`, message: 'No such session' }],
    );
    if (unknown.length > 0) throw missing(unknown);
    const refused = input.sessionIds.flatMap((id, i) => {
      const reason = notPlannable(byId.get(id)!, earliestDate);
      return reason
        ? [{ path: `body.sessionIds.${i}`, message: `Cannot be planned: ${reason}` }]
        : [];
    });
    if (refused.length > 0) throw invalid('Some sessions cannot be planned', refused);
    return { rows, earliestDate };
  }
  const scope = { projectId: input.projectId, from: input.from, to: input.to };
  const found = await scopeSessions(tx, { scope, timeZone, now });
  return { rows: found.filter((s) => s.notPlannable === null).map((s) => s.row), earliestDate };
}

async function chosenArtists(tx: Executor, input: PlanningRunRequest, kinds: Set<SessionKind>) {
  if (!input.artistIds) {
    return (await facts.artistFacts(tx)).filter((a) => suggestedArtist(a, kinds)).map((a) => a.id);
  }
  const rows = new Map((await facts.artistFacts(tx, input.artistIds)).map((a) => [a.id, a]));
  const unknown = input.artistIds.flatMap((id, i) =>
    rows.has(id) ? [] : [{ path: `body.artistIds.${i}`, message: 'No such artist' }],
  );
  if (unknown.length > 0) throw missing(unknown);
  const unlocated = input.artistIds.flatMap((id, i) => {
    const artist = rows.get(id)!;
    return artist.latitude === null || artist.longitude === null
      ? [{ path: `body.artistIds.${i}`, message: 'The artist has no home position' }]
      : [];
  });
  if (unlocated.length > 0) throw invalid('Artists need a home position to be planned', unlocated);
  return input.artistIds;
}

export async function resolveRequest(
  tx: Executor,
  options: { orgId: string; input: PlanningRunRequest; now: Date },
): Promise<StoredRequest> {
  const { input, now } = options;
  if (input.replanOf) return fromBaseRun(tx, input, input.replanOf);
  if (input.projectId && !(await facts.projectName(tx, input.projectId))) {
    throw missing([{ path: 'body.projectId', message: 'No such project' }]);
  }
  const timeZone = await organisationTimeZone(tx, options.orgId);
  const { rows, earliestDate } = await chosenSessions(tx, input, timeZone, now);
  if (rows.length === 0) {
    throw new AppError('PLANNING.NOTHING_TO_PLAN', 'No session of the scope can be planned', {
      fields: [
        {
          path: input.sessionIds ? 'body.sessionIds' : 'body.projectId',
          message: 'No plannable session',
        },
      ],
    });
  }
  const sessionIds = rows.map((r) => r.id);
  const known = new Set(sessionIds);
  const outside = [
    ...input.pinnedSessionIds.flatMap((id, i) =>
      known.has(id)
        ? []
        : [{ path: `body.pinnedSessionIds.${i}`, message: 'Not among the sessions planned' }],
    ),
    ...input.sessionRules.flatMap((rule, i) =>
      known.has(rule.sessionId)
        ? []
        : [{ path: `body.sessionRules.${i}.sessionId`, message: 'Not among the sessions planned' }],
    ),
  ];
  if (outside.length > 0) throw invalid('Pins and rules apply to the sessions planned', outside);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const notConfirmed = input.freedSessionIds.flatMap((id, i) =>
    byId.get(id)?.status === 'confirmed'
      ? []
      : [{ path: `body.freedSessionIds.${i}`, message: 'Not a confirmed session of the run' }],
  );
  if (notConfirmed.length > 0)
    throw invalid('Only confirmed sessions of the run can be freed', notConfirmed);
  const freed = new Set(input.freedSessionIds);
  const agreed = rows.filter((r) => r.status === 'confirmed' && !freed.has(r.id));
  const noArtist = input.pinnedSessionIds.flatMap((id, i) =>
    byId.get(id)!.artists.length === 1
      ? []
      : [{ path: `body.pinnedSessionIds.${i}`, message: 'No artist to keep' }],
  );
  if (noArtist.length > 0)
    throw invalid('A pinned session keeps its artist: it needs one', noArtist);
  const artistIds = await chosenArtists(tx, input, new Set(rows.map((r) => r.kind)));
  // A pin, or an agreed date, keeps its artist even when the list leaves them out.
  const kept = [...input.pinnedSessionIds.map((id) => byId.get(id)!), ...agreed];
  for (const artistId of kept.flatMap((row) => row.artists.map((a) => a.id))) {
    if (!artistIds.includes(artistId)) artistIds.push(artistId);
  }
  if (artistIds.length === 0) {
    throw new AppError(
      'PLANNING.NOTHING_TO_PLAN',
      'No located artist leads these kinds of session',
      {
        fields: [{ path: 'body.artistIds', message: 'No artist to plan with' }],
      },
    );
  }
  const dates = scopeDates({
    scope: { from: input.from, to: input.to },
    sessions: rows,
    windowDays: input.windowDays,
    earliestDate,
  });
  return {
    projectId: input.projectId ?? null,
    ...dates,
    sessionIds,
    artistIds,
    windowDays: input.windowDays,
    hours: input.hours,
    weekdays: input.weekdays,
    avoidPublicHolidays: input.avoidPublicHolidays,
    sessionRules: input.sessionRules,
    pinnedSessionIds: input.pinnedSessionIds,
    agreedSessionIds: agreed.map((r) => r.id),
    freedSessionIds: input.freedSessionIds,
    lunchBreak: input.lunchBreak,
    replanOf: null,
    // Dates agreed with partners: change as little as possible unless asked otherwise.
    keepCurrentAssignments:
      input.keepCurrentAssignments ?? rows.some((r) => r.status === 'confirmed'),
    timeLimitSec: input.timeLimitSec,
    seed: input.seed,
  };
}
