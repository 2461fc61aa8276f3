// Member use cases: list the people of an organisation, change a role, remove someone.
import type { Role } from '@tutti/contracts';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as members from './members.repository';

export async function listMembers({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'members.list');
  return actor.inTenant((tx) => members.listMembers(tx, actor.orgId));
}

export async function changeRole({
  actor,
  userId,
  role,
}: {
  actor: OrgActor;
  userId: string;
  role: Role;
}) {
  requirePermission(actor, 'members.manage');
  return actor.inTenant(async (tx) => {
    const member = await members.findMember(tx, actor.orgId, userId);
    if (!member) throw new AppError('MEMBER.NOT_FOUND', 'Member not found');
    if (member.role === 'admin' && role !== 'admin') await refuseLastAdmin(tx, actor.orgId);
    await members.setRole(tx, actor.orgId, userId, role);
    if (member.role !== role) {
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'role.change',
        subjectKind: 'member',
        subjectId: userId,
        detail: `${member.role} → ${role}`,
      });
    }
    const list = await members.listMembers(tx, actor.orgId);
    return list.find((m) => m.userId === userId)!;
  });
}

/** Admins remove anyone; every member may leave. The last admin stays. */
export async function removeMember({ actor, userId }: { actor: OrgActor; userId: string }) {
  if (userId !== actor.userId) requirePermission(actor, 'members.manage');
  await actor.inTenant(async (tx) => {
    const member = await members.findMember(tx, actor.orgId, userId);
    if (!member) throw new AppError('MEMBER.NOT_FOUND', 'Member not found');
    if (member.role === 'admin') await refuseLastAdmin(tx, actor.orgId);
    await members.deleteMember(tx, actor.orgId, userId);
  });
}

async function refuseLastAdmin(
  tx: Parameters<Parameters<OrgActor['inTenant']>[0]>[0],
  orgId: string,
) {
  if ((await members.countAdmins(tx, orgId)) <= 1) {
    throw new AppError('ORG.LAST_ADMIN', 'An organisation keeps at least one admin');
  }
}
