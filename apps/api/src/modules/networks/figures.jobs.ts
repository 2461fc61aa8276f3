// The scheduled refresh of what members share with their networks: every night each active
// member's figures (and library usage) are computed again and its agenda copies brought up to
// date, so a dashboard never reads figures older than a day without anyone asking.
import type { TuttiDatabase } from '@tutti/db';
import type { App, AppDeps } from '../../platform/app-types';
import { refreshOrganisationEvents } from './agenda.service';
import { refreshOrganisationFigures } from './figures.service';
import * as repository from './networks.repository';

export const NETWORK_FIGURES_JOB = 'networks.figures-refresh';
/** Every night at 04:23 (server time): after the retention purge, before the working day. */
export const NETWORK_FIGURES_CRON = '23 4 * * *';

/**
 * Refreshes every organisation that is an active member of a network, one after the other. One
 * organisation that fails does not stop the others; the job fails afterwards (and is retried)
 * so that the failure is seen.
 */
export async function refreshAllNetworkFigures(database: TuttiDatabase) {
  const orgIds = await repository.listActiveMemberOrgIds(database.db);
  let failed = 0;
  let firstError: unknown;
  for (const orgId of orgIds) {
    try {
      await refreshOrganisationFigures(database, orgId);
      await refreshOrganisationEvents(database, orgId);
    } catch (error) {
      failed += 1;
      firstError ??= error;
    }
  }
  return { refreshed: orgIds.length - failed, failed, firstError };
}

export function registerNetworkJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(NETWORK_FIGURES_JOB, async () => {
      const { refreshed, failed, firstError } = await refreshAllNetworkFigures(deps.database);
      // Counts only: figures are aggregates, and no organisation is named in the logs.
      app.log.info({ refreshed, failed }, 'network figures refreshed');
      if (firstError) throw firstError;
      return { refreshed };
    });
    await deps.jobs.schedule(NETWORK_FIGURES_JOB, NETWORK_FIGURES_CRON);
  });
}
