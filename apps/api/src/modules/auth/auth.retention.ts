// Retention of what signing in leaves behind: logins and one-time e-mail tokens.
import { deleteExpiredLogins } from '../../platform/auth/login-store';
import {
  cutoff,
  inBatches,
  PURGE_BATCH,
  type RetentionRuleDefinition,
} from '../../platform/retention';
import { deleteSpentAccountTokens } from './auth.repository';

/** A login (a signed-in browser) is deleted once it has expired: 30 days without use. */
export const loginsRetention: RetentionRuleDefinition = {
  id: 'logins',
  action: 'delete',
  scope: 'account',
  keptForDays: 0,
  startsFrom: 'expiry',
  purge: (database, now) =>
    inBatches(database, async (tx) =>
      (await deleteExpiredLogins(tx, now, PURGE_BATCH)).map(() => ({ orgId: null })),
    ),
};

/** A password-reset or verification token is deleted a week after it was used or expired. */
export const accountTokensRetention: RetentionRuleDefinition = {
  id: 'accountTokens',
  action: 'delete',
  scope: 'account',
  keptForDays: 7,
  startsFrom: 'expiry',
  purge: (database, now) =>
    inBatches(database, async (tx) =>
      (await deleteSpentAccountTokens(tx, cutoff(now, 7), PURGE_BATCH)).map(() => ({
        orgId: null,
      })),
    ),
};
