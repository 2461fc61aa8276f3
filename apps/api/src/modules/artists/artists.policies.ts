// Who sees what of an artist, from the artists policy table: viewers read without contact details.
import { can, type Role } from '@tutti/contracts';

export function seesArtistContact(role: Role) {
  return can(role, 'artists.readContact');
}
