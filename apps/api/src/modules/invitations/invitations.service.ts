// Invitation use cases: an admin invites by e-mail with a role; the link's holder joins.
import type { InvitationPreview, Role } from '@tutti/contracts';
import type { AppDeps } from '../../platform/app-types';
import { hashPassword } from '../../platform/auth/passwords';
import { type OrgActor, requireRole } from '../../platform/auth/request-auth';
import { createSession, type OpenSession } from '../../platform/auth/session-store';
import { hashToken, randomToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import * as accounts from '../auth/auth.repository';
import { findCurrentOrganisation } from '../organisations/organisations.repository';
import { invitationMail } from './invitations.mails';
import { invitationStatus } from './invitations.presenter';
import * as invitations from './invitations.repository';

const INVITATION_LIFETIME_MS = 14 * 24 * 3600 * 1000;

export async function inviteMember({
  deps,
  actor,
  email,
  role,
  inviterLocale,
}: {
  deps: AppDeps;
  actor: OrgActor;
  email: string;
  role: Role;
  inviterLocale: 'fr' | 'en' | 'de';
}) {
  requireRole(actor, ['admin']);
  const token = randomToken();
  return actor.inTenant(async (tx) => {
    const organisation = await findCurrentOrganisation(tx, actor.orgId);
    const invitation = await invitations.insertInvitation(tx, {
      orgId: actor.orgId,
      email,
      role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    });
    const link = `${deps.config.publicUrl}/invitations/${token}`;
    const mail = invitationMail(inviterLocale, organisation!.name, role, link);
    await enqueueMail(
      tx,
      { orgId: actor.orgId, kind: 'invitation', to: email, ...mail },
      !!deps.config.smtpUrl,
    );
    return invitation;
  });
}

export async function listInvitations({ actor }: { actor: OrgActor }) {
  requireRole(actor, ['admin']);
  return actor.inTenant((tx) => invitations.listInvitations(tx, actor.orgId));
}

export async function revokeInvitation({
  actor,
  invitationId,
}: {
  actor: OrgActor;
  invitationId: string;
}) {
  requireRole(actor, ['admin']);
  const revoked = await actor.inTenant((tx) =>
    invitations.revokeInvitation(tx, actor.orgId, invitationId),
  );
  if (!revoked) throw new AppError('INVITATION.NOT_FOUND', 'Invitation not found');
}

async function findUsableInvitation(deps: AppDeps, token: string) {
  const found = await invitations.findByToken(deps.database.db, token);
  if (!found || found.invitation.revokedAt)
    throw new AppError('INVITATION.NOT_FOUND', 'Invitation not found');
  if (invitationStatus(found.invitation) !== 'pending') {
    throw new AppError('INVITATION.EXPIRED', 'This invitation has expired or was already used');
  }
  return found;
}

export async function previewInvitation({
  deps,
  token,
}: {
  deps: AppDeps;
  token: string;
}): Promise<InvitationPreview> {
  const { invitation, orgName } = await findUsableInvitation(deps, token);
  const account = await accounts.findUserByEmail(deps.database.db, invitation.email);
  return { orgName, role: invitation.role, email: invitation.email, hasAccount: !!account };
}

/**
 * A signed-in person joins with their account. Otherwise the invited address gets a new
 * account (the link proves the address), or its owner is asked to sign in first.
 */
export async function acceptInvitation({
  deps,
  token,
  session,
  displayName,
  password,
}: {
  deps: AppDeps;
  token: string;
  session: OpenSession | null;
  displayName?: string | undefined;
  password?: string | undefined;
}) {
  const { invitation } = await findUsableInvitation(deps, token);
  const passwordHash = !session && password ? await hashPassword(password) : null;
  return deps.database.db.transaction(async (tx) => {
    let userId = session?.user.id;
    let newSession = null;
    if (!userId) {
      if (await accounts.findUserByEmail(tx, invitation.email)) {
        throw new AppError('AUTH.UNAUTHENTICATED', 'Sign in to accept this invitation');
      }
      if (!passwordHash || !displayName) {
        throw new AppError('INVITATION.PASSWORD_REQUIRED', 'Choose a name and a password', {
          fields: [
            ...(displayName ? [] : [{ path: 'body.displayName', message: 'Required' }]),
            ...(passwordHash ? [] : [{ path: 'body.password', message: 'Required' }]),
          ],
        });
      }
      const user = await accounts.insertUser(tx, {
        email: invitation.email,
        passwordHash,
        displayName,
        emailVerifiedAt: new Date(),
      });
      userId = user.id;
      newSession = await createSession(tx, userId);
    }
    const members = await tx.query.memberships.findFirst({
      where: (m, { and, eq }) => and(eq(m.orgId, invitation.orgId), eq(m.userId, userId)),
    });
    if (members) throw new AppError('INVITATION.ALREADY_MEMBER', 'You are already a member');
    await invitations.insertMembership(tx, {
      orgId: invitation.orgId,
      userId,
      role: invitation.role,
    });
    await invitations.markAccepted(tx, invitation.id);
    return { orgId: invitation.orgId, newSession };
  });
}
