// Retention rules: the shape each module declares its rule in, and the batch helpers purges share.
export {
  countByOrganisation,
  cutoff,
  inBatches,
  PURGE_BATCH,
  type PurgeCounts,
  purgeInBatches,
  type RetentionRuleDefinition,
} from './retention-rule';
