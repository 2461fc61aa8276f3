// Contact persons' e-mail and phone are for the people who manage the partner.
import { can, type Role } from '@tutti/contracts';

export function seesContactDetails(role: Role) {
  return can(role, 'partners.manage');
}
