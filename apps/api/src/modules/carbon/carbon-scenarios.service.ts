// A project's scenarios side by side, the reductions worth making in plain words, and a chosen pair.
import {
  carpoolScenario,
  combineScenarios,
  compareScenarios,
  electricScenario,
  type FactorSet,
  groupByAreaScenario,
  onlineScenario,
  type Scenario,
  shuttleScenario,
  suggestReductions,
  type Trip,
  trainScenario,
} from '@tutti/carbon';
import type {
  Locale,
  ProjectScenarios,
  ScenarioChoice,
  ScenarioLever,
  ScenarioPair,
} from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { referenceLookup } from './carbon-communes';
import { renderMessage } from './carbon-messages';
import type { ScopeSession } from './carbon-model';
import { computeScope, headlineTrips } from './carbon-scope';
import * as scope from './carbon-scope.repository';

/** Concerts and other public events stay in person; workshops may move online. */
function onlineOptions(sessions: readonly ScopeSession[]) {
  return {
    eligibleSessionIds: sessions.filter((s) => s.kind !== 'concert').map((s) => s.id),
    durationHoursBySession: Object.fromEntries(sessions.map((s) => [s.id, s.durationHours])),
  };
}

/** Every lever the API offers, each alone, and the artists' levers and shuttle together. */
export function projectScenarios(
  trips: readonly Trip[],
  sessions: readonly ScopeSession[],
  factors: FactorSet,
): Record<ScenarioLever, Scenario> {
  const online = onlineOptions(sessions);
  return {
    carpool: carpoolScenario(trips),
    train: trainScenario(trips),
    'group-by-area': groupByAreaScenario(trips),
    online: onlineScenario(trips, { ...online, factors, share: 0.2 }),
    electric: electricScenario(trips),
    shuttle: shuttleScenario(trips),
    combined: combineScenarios(trips, [
      (t) => groupByAreaScenario(t),
      (t) => carpoolScenario(t),
      (t) => trainScenario(t),
      (t) => shuttleScenario(t),
    ]),
  };
}

async function computeProjectScenarios(
  actor: OrgActor,
  database: TuttiDatabase,
  projectId: string,
) {
  const lookup = await referenceLookup(database);
  return actor.inTenant(async (tx) => {
    const project = await scope.findProject(tx, projectId);
    if (!project) throw new AppError('CARBON.PROJECT_NOT_FOUND', 'Project not found');
    const rows = await scope.findSessions(tx, scope.sessionsOfProject(projectId));
    const computed = await computeScope(tx, actor.orgId, rows, lookup);
    // Scenarios start from the headline: inputs still to check are left out of both.
    return {
      project,
      trips: headlineTrips(computed),
      sessions: computed.trips.sessions,
      factors: computed.factors,
    };
  });
}

export function compareProjectScenarios(
  trips: readonly Trip[],
  sessions: readonly ScopeSession[],
  factors: FactorSet,
  locale: Locale,
): ProjectScenarios {
  const scenarios = projectScenarios(trips, sessions, factors);
  const comparison = compareScenarios({
    baseline: trips,
    scenarios: Object.values(scenarios),
    factors,
  });
  const reductions = suggestReductions({ trips, factors, online: onlineOptions(sessions) });
  return {
    factorVersion: comparison.factorVersion,
    baseline: comparison.baseline,
    rows: comparison.rows.map((row) => ({ ...row, lever: row.lever as ScenarioLever })),
    reductions: reductions.map((reduction) => ({
      lever: reduction.lever as ScenarioLever,
      savedCo2eKg: reduction.savedCo2eKg,
      savedPct: reduction.savedPct,
      deltaTravelHours: reduction.deltaTravelHours,
      message: {
        ...reduction.message,
        text: renderMessage(locale, reduction.message.key, reduction.message.params),
      },
      timeMessage: {
        ...reduction.timeMessage,
        text: renderMessage(locale, reduction.timeMessage.key, reduction.timeMessage.params),
      },
    })),
  };
}

export async function getProjectScenarios({
  actor,
  database,
  projectId,
  locale,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  projectId: string;
  locale: Locale;
}): Promise<ProjectScenarios> {
  requirePermission(actor, 'carbon.read');
  const { trips, sessions, factors } = await computeProjectScenarios(actor, database, projectId);
  return compareProjectScenarios(trips, sessions, factors, locale);
}

/** Two scenarios (or the baseline) the coordinator picked, and what goes from the first to the second. */
export async function compareScenarioPair({
  actor,
  database,
  projectId,
  a,
  b,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  projectId: string;
  a: ScenarioChoice;
  b: ScenarioChoice;
}): Promise<ScenarioPair> {
  requirePermission(actor, 'carbon.read');
  const { trips, sessions, factors } = await computeProjectScenarios(actor, database, projectId);
  const scenarios = projectScenarios(trips, sessions, factors);
  const picked = [a, b].filter((c) => c !== 'baseline').map((c) => scenarios[c as ScenarioLever]);
  const comparison = compareScenarios({ baseline: trips, scenarios: picked, factors });
  const figuresOf = (choice: ScenarioChoice) => {
    if (choice === 'baseline') return { choice, ...comparison.baseline };
    const row = comparison.rows.find((r) => r.lever === choice)!;
    return {
      choice,
      totalCo2eKg: row.totalCo2eKg,
      bySource: row.bySource,
      travelHours: row.travelHours,
    };
  };
  const first = figuresOf(a);
  const second = figuresOf(b);
  const deltaCo2eKg = second.totalCo2eKg - first.totalCo2eKg;
  return {
    factorVersion: comparison.factorVersion,
    a: first,
    b: second,
    deltaCo2eKg,
    deltaPct: first.totalCo2eKg > 0 ? (100 * deltaCo2eKg) / first.totalCo2eKg : null,
    deltaTravelHours: second.travelHours - first.travelHours,
  };
}
