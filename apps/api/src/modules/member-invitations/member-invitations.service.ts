// Member invitation use cases: an admin invites by e-mail with a role; the link's holder joins.
import type { MemberInvitationPreview, Role } from '@tutti/contracts';
import type { AppDeps } from '../../platform/app-types';
import { recordAudit } from '../../platform/audit';
import { createLogin, type Login } from '../../platform/auth/login-store';
import { hashPassword } from '../../platform/auth/passwords';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { hashToken, randomToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import * as accounts from '../auth';
import { findCurrentOrganisation } from '../organisations';
import { memberInvitationMail } from './member-invitations.mails';
import { memberInvitationStatus } from './member-invitations.presenter';
import * as memberInvitations from './member-invitations.repository';

const MEMBER_INVITATION_LIFETIME_MS = 14 * 24 * 3600 * 1000;

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
  requirePermission(actor, 'memberInvitations.manage');
  const token = randomToken();
  return actor.inTenant(async (tx) => {
    const organisation = await findCurrentOrganisation(tx, actor.orgId);
    const memberInvitation = await memberInvitations.insertMemberInvitation(tx, {
      orgId: actor.orgId,
      email,
      role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + MEMBER_INVITATION_LIFETIME_MS),
    });
    const link = `${deps.config.publicUrl}/member-invitations/${token}`;
    const mail = memberInvitationMail(inviterLocale, organisation!.name, role, link);
    await enqueueMail(
      tx,
      { orgId: actor.orgId, kind: 'member-invitation', to: email, ...mail },
      !!deps.config.smtpUrl,
    );
    return memberInvitation;
  });
}

export async function listMemberInvitations({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'memberInvitations.manage');
  return actor.inTenant((tx) => memberInvitations.listMemberInvitations(tx, actor.orgId));
}

export async function revokeMemberInvitation({
  actor,
  memberInvitationId,
}: {
  actor: OrgActor;
  memberInvitationId: string;
}) {
  requirePermission(actor, 'memberInvitations.manage');
  const revoked = await actor.inTenant((tx) =>
    memberInvitations.revokeMemberInvitation(tx, actor.orgId, memberInvitationId),
  );
  if (!revoked) throw new AppError('MEMBER_INVITATION.NOT_FOUND', 'Member invitation not found');
}

/** The invitation behind a link; an account signed in with another address is refused first. */
async function findUsableMemberInvitation(deps: AppDeps, token: string, login?: Login | null) {
  const found = await memberInvitations.findByToken(deps.database.db, token);
  if (!found || found.memberInvitation.revokedAt)
    throw new AppError('MEMBER_INVITATION.NOT_FOUND', 'Member invitation not found');
  if (login && login.user.email.toLowerCase() !== found.memberInvitation.email.toLowerCase()) {
    throw new AppError(
      'MEMBER_INVITATION.OTHER_ACCOUNT',
      'This invitation was sent to another e-mail address: sign in with that address to accept it',
    );
  }
  if (memberInvitationStatus(found.memberInvitation) !== 'pending') {
    throw new AppError(
      'MEMBER_INVITATION.EXPIRED',
      'This invitation has expired or was already used',
    );
  }
  return found;
}

export async function previewMemberInvitation({
  deps,
  token,
}: {
  deps: AppDeps;
  token: string;
}): Promise<MemberInvitationPreview> {
  const { memberInvitation, orgName } = await findUsableMemberInvitation(deps, token);
  const account = await accounts.findUserByEmail(deps.database.db, memberInvitation.email);
  return {
    orgName,
    role: memberInvitation.role,
    email: memberInvitation.email,
    hasAccount: !!account,
  };
}

/**
 * The invited address joins: a signed-in account only if it is that address; otherwise the
 * address gets a new account (the link proves it), or its owner is asked to sign in first.
 * The invitation is claimed by a conditional update in the same transaction as the
 * membership, so one link lets exactly one account in.
 */
export async function acceptMemberInvitation({
  deps,
  token,
  login,
  displayName,
  password,
}: {
  deps: AppDeps;
  token: string;
  login: Login | null;
  displayName?: string | undefined;
  password?: string | undefined;
}) {
  const { memberInvitation } = await findUsableMemberInvitation(deps, token, login);
  const passwordHash = !login && password ? await hashPassword(password) : null;
  return deps.database.db.transaction(async (tx) => {
    if (!(await memberInvitations.claimMemberInvitation(tx, memberInvitation.id))) {
      throw new AppError(
        'MEMBER_INVITATION.EXPIRED',
        'This invitation has expired or was already used',
      );
    }
    let userId = login?.user.id;
    let newLogin = null;
    if (!userId) {
      if (await accounts.findUserByEmail(tx, memberInvitation.email)) {
        throw new AppError('AUTH.UNAUTHENTICATED', 'Sign in to accept this invitation');
      }
      if (!passwordHash || !displayName) {
        throw new AppError('MEMBER_INVITATION.PASSWORD_REQUIRED', 'Choose a name and a password', {
          fields: [
            ...(displayName ? [] : [{ path: 'body.displayName', message: 'Required' }]),
            ...(passwordHash ? [] : [{ path: 'body.password', message: 'Required' }]),
          ],
        });
      }
      const user = await accounts.insertUser(tx, {
        email: memberInvitation.email,
        passwordHash,
        displayName,
        emailVerifiedAt: new Date(),
      });
      userId = user.id;
      newLogin = await createLogin(tx, userId);
    }
    const members = await tx.query.memberships.findFirst({
      where: (m, { and, eq }) => and(eq(m.orgId, memberInvitation.orgId), eq(m.userId, userId)),
    });
    if (members) throw new AppError('MEMBER_INVITATION.ALREADY_MEMBER', 'You are already a member');
    await memberInvitations.insertMembership(tx, {
      orgId: memberInvitation.orgId,
      userId,
      role: memberInvitation.role,
    });
    await recordAudit(tx, {
      orgId: memberInvitation.orgId,
      actorId: userId,
      action: 'role.change',
      subjectKind: 'member',
      subjectId: userId,
      detail: `invitation → ${memberInvitation.role}`,
    });
    return { orgId: memberInvitation.orgId, newLogin };
  });
}
