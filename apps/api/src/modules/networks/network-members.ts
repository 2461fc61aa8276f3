// What another module may ask of a network it is given: its name and active member
// organisations, when the asking organisation is itself an active member (read as the owner:
// network tables have no tenant policy). Never a person.
import type { Executor } from '@tutti/db';
import * as repository from './networks.repository';

export type NetworkMembership = {
  networkId: string;
  name: string;
  members: { orgId: string; name: string }[];
};

/** The network with its active members, or null when `orgId` is not an active member. */
export async function networkOfMember(
  db: Executor,
  networkId: string,
  orgId: string,
): Promise<NetworkMembership | null> {
  const network = await repository.findNetwork(db, networkId);
  if (!network) return null;
  const members = (await repository.listMembers(db, networkId)).filter(
    (member) => member.status === 'active',
  );
  if (!members.some((member) => member.orgId === orgId)) return null;
  return {
    networkId,
    name: network.name,
    members: members.map((member) => ({ orgId: member.orgId, name: member.name })),
  };
}
