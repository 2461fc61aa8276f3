// Retention of imported files: a preview nobody applied does not keep the file's names.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { discardStalePreviews } from './imports.repository';
import { PREVIEW_LIFETIME_DAYS } from './imports.service';

/**
 * The lines of an uploaded file are kept while its preview waits, at most 7 days; applied or
 * discarded, only the counts stay (at once, see `closeBatch`).
 */
export const importFilesRetention: RetentionRuleDefinition = {
  id: 'importFiles',
  action: 'delete',
  scope: 'organisation',
  keptForDays: PREVIEW_LIFETIME_DAYS,
  startsFrom: 'upload',
  purge: purgeInBatches(PREVIEW_LIFETIME_DAYS, discardStalePreviews),
};
