// Who may do what with artists: coordinators and admins manage; viewers read without contact
// details; an artist reads their own record.
import type { Role } from '@tutti/contracts';

export const ARTIST_READERS: readonly Role[] = ['admin', 'coordinator', 'viewer', 'artist'];
export const ARTIST_MANAGERS: readonly Role[] = ['admin', 'coordinator'];

export function seesArtistContact(role: Role) {
  return role !== 'viewer';
}
