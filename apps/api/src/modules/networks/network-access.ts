// Who acts in a network: a signed-in user holding a network role through an active member
// organisation they still belong to. Anyone else gets 404, as for a network that does not exist.
import { type NetworkRole, rolesWith } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import type { FastifyRequest } from 'fastify';
import { requireLogin } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as repository from './networks.repository';

export type NetworkActor = {
  userId: string;
  networkId: string;
  /** The member organisation through which the user holds the role. */
  orgId: string;
  role: NetworkRole;
};

export function networkNotFound() {
  return new AppError('NETWORK.NOT_FOUND', 'Network not found');
}

export async function requireNetworkRole(
  request: FastifyRequest,
  database: TuttiDatabase,
  networkId: string,
): Promise<NetworkActor> {
  const login = requireLogin(request);
  const found = await repository.findRole(
    database.db,
    networkId,
    login.user.id,
    rolesWith('networks.hold'),
  );
  if (!found) throw networkNotFound();
  return { userId: login.user.id, networkId, orgId: found.orgId, role: found.role };
}

/** Coordinators manage membership, roles and the figures' refresh. */
export function requireCoordinator(actor: NetworkActor) {
  if (actor.role !== 'coordinator') {
    throw new AppError('AUTH.FORBIDDEN', 'This needs the network role: coordinator');
  }
}
