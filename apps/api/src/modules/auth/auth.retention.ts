// Retention of what signing in leaves behind: logins and one-time e-mail tokens.
import { deleteExpiredLogins } from '../../platform/auth/login-store';
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { deleteSpentAccountTokens } from './auth.repository';

/** A login (a signed-in browser) is deleted once it has expired: 30 days without use. */
export const loginsRetention: RetentionRuleDefinition = {
  id: 'logins',
  action: 'delete',
  scope: 'account',
  keptForDays: 0,
  startsFrom: 'expiry',
  purge: purgeInBatches(0, async (tx, before, limit) =>
    (await deleteExpiredLogins(tx, before, limit)).map(() => ({ orgId: null })),
  ),
};

/** A password-reset or verification token is deleted a week after it was used or expired. */
export const accountTokensRetention: RetentionRuleDefinition = {
  id: 'accountTokens',
  action: 'delete',
  scope: 'account',
  keptForDays: 7,
  startsFrom: 'expiry',
  purge: purgeInBatches(7, async (tx, before, limit) =>
    (await deleteSpentAccountTokens(tx, before, limit)).map(() => ({ orgId: null })),
  ),
};
