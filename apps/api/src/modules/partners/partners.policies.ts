// Who may do what with partners: coordinators and admins manage, viewers read without contact details.
import type { Role } from '@tutti/contracts';

export const PARTNER_READERS: readonly Role[] = ['admin', 'coordinator', 'viewer'];
export const PARTNER_MANAGERS: readonly Role[] = ['admin', 'coordinator'];

/** E-mail and phone of contact persons are for the people who work with the partner. */
export function seesContactDetails(role: Role) {
  return PARTNER_MANAGERS.includes(role);
}
