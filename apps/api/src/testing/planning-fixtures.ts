// Contract-test fixtures of tour planning: a run (queued, never worked: no job is sent) and bodies.
import { schema } from '@tutti/db';
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

/** A run written straight to the database, so that the contract tests start no search. */
export async function seedPlanningResources(t: TestApp, organisation: BuiltOrganisation) {
  const [run] = await t.database.db
    .insert(schema.planningRuns)
    .values({
      orgId: organisation.id,
      fromDate: '2030-01-07',
      toDate: '2030-01-20',
      request: {
        projectId: null,
        from: '2030-01-07',
        to: '2030-01-20',
        sessionIds: [],
        artistIds: [],
        windowDays: 7,
        hours: { from: '08:30', to: '17:30' },
        weekdays: [1, 2, 3, 4, 5],
        sessionRules: [],
        pinnedSessionIds: [],
        replanOf: null,
        keepCurrentAssignments: false,
        timeLimitSec: 1,
        seed: 1,
      },
    })
    .returning({ id: schema.planningRuns.id });
  return { runId: run!.id };
}

const someId = '00000000-0000-4000-8000-0000000000aa';

export const planningCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/planning/runs': { projectId: someId, timeLimitSec: 1 },
  'POST /api/orgs/:orgId/planning/runs/:runId/cancel': {},
  'POST /api/orgs/:orgId/planning/runs/:runId/accept': {},
};
