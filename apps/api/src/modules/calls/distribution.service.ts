// Where the applicants live, for the chair once the scores are locked (issue 18 point 7): counts of
// submitted applicants per access-score band, density group and priority area, from the commune
// each gave, with the territories' own figures. Counts only, never who, and never before the
// scores are locked (it must not weigh on them); small counts suppressed as the impact figures.
import {
  accessBands,
  type CallDistribution,
  densityGroups,
  priorityCategories,
} from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { communeReference } from '../communes';
import { accessBandOf, suppressCount, suppressTable } from '../impact';
import { communeAccess } from '../territories';
import * as applications from './applications.repository';
import { requireChairedCall } from './calls.service';

type DensityGroup = (typeof densityGroups)[number];
type PriorityCategory = (typeof priorityCategories)[number];

export const densityGroupOf = (densityClass: number): DensityGroup =>
  densityClass <= 2 ? 'dense' : densityClass <= 4 ? 'intermediate' : 'rural';

/** Counts per category in the categories' order, each suppressed as one table. */
function table<K extends string>(categories: readonly K[], values: K[]) {
  return suppressTable(
    categories.map((category) => ({
      category,
      count: values.filter((value) => value === category).length,
    })),
  );
}

/**
 * 409 CALL.SCORES_NOT_LOCKED (details.reason `scoresNotLocked`) while the scores may change;
 * an applicant whose commune is not given or not known counts `unknown` in every table.
 */
export async function callDistribution({
  actor,
  database,
  callId,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  callId: string;
}): Promise<CallDistribution> {
  requirePermission(actor, 'calls.deliberate');
  const codes = await actor.inTenant(async (tx) => {
    const call = await requireChairedCall(tx, actor, callId);
    if (!call.scoresLockedAt) {
      throw new AppError(
        'CALL.SCORES_NOT_LOCKED',
        'The scores are not locked: the distribution of applicants by territory is shown only once they are, so that it cannot weigh on them',
        { details: { reason: 'scoresNotLocked', phase: call.phase } },
      );
    }
    const rows = await applications.listApplications(tx, callId, true);
    return rows.map((row) => row.communeCode);
  });
  const access = await communeAccess({
    actor,
    database,
    communeCodes: codes.flatMap((code) => (code ? [code] : [])),
  });
  const reference = await communeReference(database);
  const figures = codes.map((code) => (code ? access.get(code) : undefined));
  return {
    applicants: suppressCount(codes.length),
    accessScore: table(
      accessBands,
      figures.map((f) => accessBandOf(f?.score)),
    ),
    density: table(
      densityGroups,
      figures.map((f) =>
        f && f.densityClass !== null ? densityGroupOf(f.densityClass) : 'unknown',
      ),
    ),
    priorityArea: table(
      priorityCategories,
      figures.map(
        (f): PriorityCategory =>
          f?.priorityArea === true ? 'priority' : f?.priorityArea === false ? 'other' : 'unknown',
      ),
    ),
    referenceData: {
      densityImported: !!(
        reference.importOf('density-grid') ?? reference.importOf('commune-centres')
      ),
      priorityImported: !!reference.importOf('priority-areas'),
    },
  };
}
