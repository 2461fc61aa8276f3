// Shapes member invitation rows for the API, with their status derived from the dates.
import type { MemberInvitation } from '@tutti/contracts';
import type { schema } from '@tutti/db';

type MemberInvitationRow = typeof schema.memberInvitations.$inferSelect;

export function memberInvitationStatus(
  row: MemberInvitationRow,
  now = new Date(),
): MemberInvitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

export function presentMemberInvitation(row: MemberInvitationRow): MemberInvitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: memberInvitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
