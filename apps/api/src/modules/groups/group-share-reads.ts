// What other modules read of group share links: the group a secret link opens (the journey space
// under /p/_/groupe/<token>/…), and a group's current link, to show its address to staff.
import type { Executor } from '@tutti/db';
import * as links from './group-share-links.repository';
import { groupShareUrl } from './group-share-links.service';

/** The group and organisation of a current link (read as the owner: a visitor has none); or null. */
export function findSharedGroup(db: Executor, token: string) {
  return links.findCurrentLinkByToken(db, token);
}

/** The address of the group's current link, or null (inside the caller's tenant transaction). */
export async function currentGroupShareUrl(tx: Executor, groupId: string, publicUrl: string) {
  const [current] = (await links.listLinks(tx, groupId)).filter((link) => !link.revokedAt);
  return current ? groupShareUrl(publicUrl, current.token) : null;
}
