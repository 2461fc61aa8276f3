// Who may do what with venues: coordinators and admins manage; everyone in the organisation reads
// them (artists and relays need to know where they go).
import type { Role } from '@tutti/contracts';

export const VENUE_READERS: readonly Role[] = ['admin', 'coordinator', 'viewer', 'artist', 'relay'];
export const VENUE_MANAGERS: readonly Role[] = ['admin', 'coordinator'];
