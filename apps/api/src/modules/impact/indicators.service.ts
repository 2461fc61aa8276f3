// Impact indicators of a period, projects and territory: aggregates in two transactions, then suppressed.
import { createHash } from 'node:crypto';
import type { ImpactFilters, ImpactIndicators } from '@tutti/contracts';
import type { Executor, TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import {
  type CommuneLookup,
  currentFactorSet,
  footprintOfSessions,
  referenceLookup,
} from '../carbon';
import { choirConcertMix } from '../choirs';
import { readConcertFigures } from '../concerts';
import { organisationTimeZone } from '../organisations';
import { communeAccess } from '../territories';
import { buildIndicators, type IndicatorData } from './indicators.build';
import * as repository from './indicators.repository';
import { classifyCommunes } from './territory';

export type FilterInput = {
  from?: string | undefined;
  to?: string | undefined;
  projects?: string[] | undefined;
  communes?: string[] | undefined;
  department?: string | undefined;
};

/** Without dates: the school year (September to August) that contains today. */
export function resolveFilters(input: FilterInput, today = new Date()): ImpactFilters {
  const year = today.getUTCFullYear();
  const startYear = today.getUTCMonth() >= 8 ? year : year - 1;
  return {
    from: input.from ?? `${startYear}-09-01`,
    to: input.to ?? `${startYear + 1}-08-31`,
    projectIds: input.projects ?? [],
    communeCodes: input.communes ?? [],
    departmentCode: input.department ?? null,
  };
}

export async function scopeOf(tx: Executor, orgId: string, filters: ImpactFilters) {
  const known = await repository.existingProjectIds(tx, filters.projectIds);
  const unknown = filters.projectIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw new AppError('IMPACT.PROJECT_NOT_FOUND', 'Unknown project', {
      fields: [{ path: `query.projects.${unknown}`, message: 'No such project' }],
    });
  }
  return {
    ...filters,
    timeZone: await organisationTimeZone(tx, orgId),
  } satisfies repository.Scope;
}

/**
 * The data version of figures: the organisation's impact data version (raised by triggers on any
 * change they depend on), the carbon factor version and the filters, hashed. Equal versions,
 * equal figures; a report keeps the one it was built from.
 */
export async function dataVersionOf(tx: Executor, orgId: string, scope: repository.Scope) {
  const counter = await repository.organisationDataVersion(tx, orgId);
  const factor = await currentFactorSet(tx, orgId);
  const hash = createHash('sha256')
    .update(JSON.stringify([orgId, counter, factor.set.version, scope]))
    .digest('hex');
  return { dataVersion: hash.slice(0, 16), factorVersion: factor.set.version };
}

async function carbonOf(
  tx: Executor,
  orgId: string,
  scope: repository.Scope,
  lookup: CommuneLookup,
) {
  const ids = await repository.heldSessionIds(tx, scope);
  const { summary } = await footprintOfSessions(tx, orgId, ids, lookup);
  return {
    totalCo2eKg: summary.totalCo2eKg,
    factorVersion: summary.factorVersion,
    beneficiaries: summary.beneficiaries.total,
    leftOut: summary.leftOut,
    notCounted: summary.notCounted,
  };
}

/** Access scores of the communes where someone's continuation is known (the territories' own). */
async function continuationAccessScores(
  actor: OrgActor,
  database: TuttiDatabase,
  rows: readonly repository.ContinuationRow[],
) {
  const codes = rows
    .filter((row) => row.commune && row.continued + row.stopped > 0)
    .map((row) => row.commune!);
  const access = await communeAccess({ actor, database, communeCodes: codes });
  return new Map([...access].map(([code, figures]) => [code, figures.score]));
}

type Aggregates = Omit<IndicatorData, 'filters' | 'classes' | 'carbon' | 'accessScores'> & {
  scope: repository.Scope;
};
type CarbonFigure = Omit<NonNullable<IndicatorData['carbon']>, 'current'>;

/**
 * Aggregates by data version (which names the organisation, its data's version, the factor
 * version and the filters): a dashboard opened again, or by someone else, reads them from here
 * until anything they depend on changes. Oldest entries leave first.
 */
const aggregates = new Map<string, Aggregates>();
const MAX_CACHED = 200;
/** The last footprint computed per organisation and filters, with its data version. */
const lastCarbon = new Map<string, { dataVersion: string; value: CarbonFigure }>();
/** Footprints being computed, by data version: one computation however many ask. */
const carbonRuns = new Map<string, Promise<CarbonFigure>>();

function remember<V>(cache: Map<string, V>, key: string, value: V) {
  if (cache.size >= MAX_CACHED && !cache.has(key)) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

/** The footprint of the scope's held sessions (seconds for a large year: the carbon module reads every trip). */
function carbonRun(actor: OrgActor, database: TuttiDatabase, base: Aggregates, filtersKey: string) {
  let run = carbonRuns.get(base.dataVersion);
  if (!run) {
    run = (async () => {
      // Commune positions come from the territories reference, read before the transaction opens.
      const lookup = await referenceLookup(database);
      return actor.inTenant((tx) => carbonOf(tx, actor.orgId, base.scope, lookup));
    })();
    carbonRuns.set(base.dataVersion, run);
    run
      .then((value) => remember(lastCarbon, filtersKey, { dataVersion: base.dataVersion, value }))
      .catch(() => {})
      .finally(() => carbonRuns.delete(base.dataVersion));
  }
  return run;
}

/**
 * Everything the indicators are made of. Access needs are counted in a transaction of their
 * own opened with the sensitive flag, so the other queries never see special-category data.
 * With `carbon: 'background'` (the dashboard) the footprint never delays the answer: the last
 * one computed for the same filters is given while the current one is computed.
 */
export async function loadIndicatorData(options: {
  actor: OrgActor;
  database: TuttiDatabase;
  filters: ImpactFilters;
  carbon: 'wait' | 'background';
}): Promise<IndicatorData & { scope: repository.Scope }> {
  const { actor, database, filters } = options;
  const base = await actor.inTenant(async (tx) => {
    const scope = await scopeOf(tx, actor.orgId, filters);
    const { dataVersion } = await dataVersionOf(tx, actor.orgId, scope);
    const cached = aggregates.get(dataVersion);
    if (cached) return cached;
    await repository.allowLargeAggregates(tx);
    return {
      scope,
      dataVersion,
      withAccessNeeds: -1,
      sessions: await repository.sessionCounts(tx, scope),
      listed: await repository.listedBeneficiaries(tx, scope),
      counted: await repository.countedBeneficiaries(tx, scope),
      concerts: await repository.concertPresence(tx, scope),
      communes: await repository.communesReached(tx, scope),
      concertFigures: await readConcertFigures(tx, await repository.heldConcertIds(tx, scope)),
      continuation: await repository.continuationOutcomes(tx, scope),
      choirs: await choirConcertMix(tx, await repository.concertsInScope(tx, scope)),
    };
  });
  if (base.withAccessNeeds < 0) {
    base.withAccessNeeds = await actor.inTenant(
      (tx) => repository.beneficiariesWithAccessNeeds(tx, base.scope),
      { sensitive: true },
    );
    remember(aggregates, base.dataVersion, base);
  }
  const filtersKey = JSON.stringify([actor.orgId, filters]);
  let carbon: IndicatorData['carbon'] = null;
  if (options.carbon === 'wait') {
    carbon = { ...(await carbonRun(actor, database, base, filtersKey)), current: true };
  } else {
    const known = lastCarbon.get(filtersKey);
    if (known?.dataVersion !== base.dataVersion)
      void carbonRun(actor, database, base, filtersKey).catch(() => {});
    if (known) carbon = { ...known.value, current: known.dataVersion === base.dataVersion };
  }
  const codes = [
    ...base.communes.map((c) => c.code),
    ...base.listed.map((r) => r.commune),
    ...base.counted.map((r) => r.commune),
    ...base.continuation.map((r) => r.commune),
  ].filter((code): code is string => !!code);
  const classes = await classifyCommunes(database, codes);
  const accessScores = await continuationAccessScores(actor, database, base.continuation);
  return { ...base, filters, classes, carbon, accessScores };
}

export async function getIndicators({
  actor,
  database,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  query: FilterInput;
}): Promise<ImpactIndicators> {
  requirePermission(actor, 'impact.read');
  const data = await loadIndicatorData({
    actor,
    database,
    filters: resolveFilters(query),
    carbon: 'background',
  });
  return buildIndicators(data);
}
