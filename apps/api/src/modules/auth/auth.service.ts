// Account use cases: sign-up with e-mail verification, sign-in, sign-out, password reset, profile.
import type { Locale, Me, SignUpBody, UpdateMeBody } from '@tutti/contracts';
import type { AppDeps } from '../../platform/app-types';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import {
  createSession,
  deleteSession,
  deleteSessionsOfUser,
  type OpenSession,
} from '../../platform/auth/session-store';
import { AppError } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import { accountExistsMail, passwordResetMail, verifyEmailMail } from './auth.mails';
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
  await database.db.transaction(async (tx) => {
    const existing = await accounts.findUserByEmail(tx, input.email);
    if (existing) {
      const token = await accounts.issueAccountToken(
        tx,
        existing.id,
        'reset-password',
        RESET_LIFETIME_MS,
      );
      const mail = accountExistsMail(
        existing.locale,
        `${config.publicUrl}/reset-password?token=${token}`,
      );
      await enqueueMail(
        tx,
        { orgId: null, kind: 'account-exists', to: existing.email, ...mail },
        !!config.smtpUrl,
      );
      return;
    }
    const user = await accounts.insertUser(tx, {
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale,
    });
    const token = await accounts.issueAccountToken(tx, user.id, 'verify-email', VERIFY_LIFETIME_MS);
    const mail = verifyEmailMail(locale, `${config.publicUrl}/verify-email?token=${token}`);
    await enqueueMail(
      tx,
      { orgId: null, kind: 'verify-email', to: user.email, ...mail },
      !!config.smtpUrl,
    );
  });
}

export async function verifyEmail({ deps, token }: { deps: AppDeps; token: string }) {
  return deps.database.db.transaction(async (tx) => {
    const userId = await accounts.consumeAccountToken(tx, token, 'verify-email');
    if (!userId) throw new AppError('AUTH.INVALID_TOKEN', 'This link is unknown, used or expired');
    await accounts.updateUser(tx, userId, { emailVerifiedAt: new Date() });
    return createSession(tx, userId);
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
  return createSession(deps.database.db, user.id);
}

export async function signOut({ deps, session }: { deps: AppDeps; session: OpenSession }) {
  await deleteSession(deps.database.db, session.tokenHash);
}

export async function requestPasswordReset({ deps, email }: { deps: AppDeps; email: string }) {
  const { database, config } = deps;
  await database.db.transaction(async (tx) => {
    const user = await accounts.findUserByEmail(tx, email);
    if (!user) return;
    const token = await accounts.issueAccountToken(
      tx,
      user.id,
      'reset-password',
      RESET_LIFETIME_MS,
    );
    const mail = passwordResetMail(
      user.locale,
      `${config.publicUrl}/reset-password?token=${token}`,
    );
    await enqueueMail(
      tx,
      { orgId: null, kind: 'reset-password', to: user.email, ...mail },
      !!config.smtpUrl,
    );
  });
}

/** Sets the new password, closes every other session, and signs the person in. */
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
    await deleteSessionsOfUser(tx, userId);
    return createSession(tx, userId);
  });
}

export async function getMe({
  deps,
  session,
}: {
  deps: AppDeps;
  session: OpenSession;
}): Promise<Me> {
  const memberships = await accounts.listMemberships(deps.database.db, session.user.id);
  return { user: session.user, memberships, csrfToken: session.csrfToken };
}

/** The answer to a request that has just opened a session. */
export async function getMeForNewSession({
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
  session,
  input,
}: {
  deps: AppDeps;
  session: OpenSession;
  input: UpdateMeBody;
}): Promise<Me> {
  const user = await accounts.updateUser(deps.database.db, session.user.id, input);
  if (!user) throw new AppError('AUTH.UNAUTHENTICATED', 'Sign in first');
  const { id, email, displayName, locale } = user;
  return getMe({ deps, session: { ...session, user: { id, email, displayName, locale } } });
}
