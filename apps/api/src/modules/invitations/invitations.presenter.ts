// Shapes invitation rows for the API, with their status derived from the dates.
import type { Invitation } from '@tutti/contracts';
import type { schema } from '@tutti/db';

type InvitationRow = typeof schema.invitations.$inferSelect;

export function invitationStatus(row: InvitationRow, now = new Date()): Invitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

export function presentInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
