// Account use cases: sign-up with e-mail verification, sign-in, sign-out, password reset, profile.
import type { Locale, Me, SignUpBody, UpdateMeBody } from '@tutti/contracts';
import type { AppDeps } from '../../platform/app-types';
import {
  createLogin,
  deleteLogin,
  deleteLoginsOfUser,
  type Login,
} from '../../platform/auth/login-store';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { AppError } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import {
  type AccountLinkKind,
  accountExistsMail,
  passwordResetMail,
  printAccountLink,
  verifyEmailMail,
} from './auth.mails';
import * as accounts from './auth.repository';

const VERIFY_LIFETIME_MS = 48 * 3600 * 1000;
const RESET_LIFETIME_MS = 3600 * 1000;

/**
 * Always answers the same way: a new address gets a verification link, a known one a note
 * with a reset link. Nobody learns from the answer whether an account exists.
 */
export async function signUp({ deps, input }: { deps: AppDeps; input: SignUpBody }) {
  const locale: Locale = input.locale ?? 'fr';
  const passwordHash = await hashPassword(input.password);
  const { database, config } = deps;
  const printed = await database.db.transaction(async (tx): Promise<PrintedLink> => {
    const existing = await accounts.findUserByEmail(tx, input.email);
    if (existing) {
      const token = await accounts.issueAccountToken(
        tx,
        existing.id,
        'reset-password',
        RESET_LIFETIME_MS,
      );
      const link = `${config.publicUrl}/reset-password?token=${token}`;
      const mail = accountExistsMail(existing.locale, link);
      await enqueueMail(
        tx,
        { orgId: null, kind: 'account-exists', to: existing.email, ...mail },
        !!config.smtpUrl,
      );
      return { kind: 'account-exists', link };
    }
    const user = await accounts.insertUser(tx, {
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale,
    });
    const token = await accounts.issueAccountToken(tx, user.id, 'verify-email', VERIFY_LIFETIME_MS);
    const link = `${config.publicUrl}/verify-email?token=${token}`;
    const mail = verifyEmailMail(locale, link);
    await enqueueMail(
      tx,
      { orgId: null, kind: 'verify-email', to: user.email, ...mail },
      !!config.smtpUrl,
    );
    return { kind: 'verify-email', link };
  });
  // Once committed: the printed link works.
  printAccountLink(deps, printed);
  return { delivery: accountMailDelivery(deps) };
}

type PrintedLink = { kind: AccountLinkKind; link: string } | null;

/** Where account links go: by e-mail, or (no SMTP configured) to the server's console. */
export function accountMailDelivery(deps: AppDeps) {
  return deps.config.smtpUrl ? ('email' as const) : ('serverConsole' as const);
}

export async function verifyEmail({ deps, token }: { deps: AppDeps; token: string }) {
  return deps.database.db.transaction(async (tx) => {
    const userId = await accounts.consumeAccountToken(tx, token, 'verify-email');
    if (!userId) throw new AppError('AUTH.INVALID_TOKEN', 'This link is unknown, used or expired');
    await accounts.updateUser(tx, userId, { emailVerifiedAt: new Date() });
    return createLogin(tx, userId);
  });
}

export async function signIn({
  deps,
  email,
  password,
}: {
  deps: AppDeps;
  email: string;
  password: string;
}) {
  const user = await accounts.findUserByEmail(deps.database.db, email);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) throw new AppError('AUTH.INVALID_CREDENTIALS', 'Wrong e-mail or password');
  // Told only to someone who knows the password.
  if (!user.emailVerifiedAt) {
    throw new AppError(
      'AUTH.EMAIL_NOT_VERIFIED',
      'Confirm your e-mail address with the link we sent',
    );
  }
  return createLogin(deps.database.db, user.id);
}

export async function signOut({ deps, login }: { deps: AppDeps; login: Login }) {
  await deleteLogin(deps.database.db, login.tokenHash);
}

export async function requestPasswordReset({ deps, email }: { deps: AppDeps; email: string }) {
  const { database, config } = deps;
  const printed = await database.db.transaction(async (tx): Promise<PrintedLink> => {
    const user = await accounts.findUserByEmail(tx, email);
    if (!user) return null;
    const token = await accounts.issueAccountToken(
      tx,
      user.id,
      'reset-password',
      RESET_LIFETIME_MS,
    );
    const link = `${config.publicUrl}/reset-password?token=${token}`;
    const mail = passwordResetMail(user.locale, link);
    await enqueueMail(
      tx,
      { orgId: null, kind: 'reset-password', to: user.email, ...mail },
      !!config.smtpUrl,
    );
    return { kind: 'reset-password', link };
  });
  printAccountLink(deps, printed);
}

/** Sets the new password, ends every other login, and signs the person in. */
export async function confirmPasswordReset({
  deps,
  token,
  password,
}: {
  deps: AppDeps;
  token: string;
  password: string;
}) {
  const passwordHash = await hashPassword(password);
  return deps.database.db.transaction(async (tx) => {
    const userId = await accounts.consumeAccountToken(tx, token, 'reset-password');
    if (!userId) throw new AppError('AUTH.INVALID_TOKEN', 'This link is unknown, used or expired');
    // The link arrived by e-mail, which proves the address as well.
    const user = await accounts.findUserById(tx, userId);
    await accounts.updateUser(tx, userId, {
      passwordHash,
      emailVerifiedAt: user?.emailVerifiedAt ?? new Date(),
    });
    await deleteLoginsOfUser(tx, userId);
    return createLogin(tx, userId);
  });
}

export async function getMe({ deps, login }: { deps: AppDeps; login: Login }): Promise<Me> {
  const memberships = await accounts.listMemberships(deps.database.db, login.user.id);
  return { user: login.user, memberships, csrfToken: login.csrfToken };
}

/** The answer to a request that has just signed someone in. */
export async function getMeForNewLogin({
  deps,
  userId,
  csrfToken,
}: {
  deps: AppDeps;
  userId: string;
  csrfToken: string;
}): Promise<Me> {
  const user = await accounts.findUserById(deps.database.db, userId);
  if (!user) throw new AppError('AUTH.UNAUTHENTICATED', 'Sign in first');
  const { id, email, displayName, locale } = user;
  const memberships = await accounts.listMemberships(deps.database.db, userId);
  return { user: { id, email, displayName, locale }, memberships, csrfToken };
}

export async function updateMe({
  deps,
  login,
  input,
}: {
  deps: AppDeps;
  login: Login;
  input: UpdateMeBody;
}): Promise<Me> {
  const user = await accounts.updateUser(deps.database.db, login.user.id, input);
  if (!user) throw new AppError('AUTH.UNAUTHENTICATED', 'Sign in first');
  const { id, email, displayName, locale } = user;
  return getMe({ deps, login: { ...login, user: { id, email, displayName, locale } } });
}
