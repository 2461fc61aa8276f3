// Organisation use cases: create one (its creator becomes admin), read it, rename it.
import type { AppDeps } from '../../platform/app-types';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as organisations from './organisations.repository';

export async function createOrganisation({
  deps,
  userId,
  name,
}: {
  deps: AppDeps;
  userId: string;
  name: string;
}) {
  return deps.database.db.transaction((tx) =>
    organisations.insertOrganisationWithAdmin(tx, { name }, userId),
  );
}

export async function getOrganisation({ actor }: { actor: OrgActor }) {
  const organisation = await actor.inTenant((tx) =>
    organisations.findCurrentOrganisation(tx, actor.orgId),
  );
  if (!organisation) throw new AppError('ORG.NOT_FOUND', 'Organisation not found');
  return organisation;
}

export async function renameOrganisation({ actor, name }: { actor: OrgActor; name: string }) {
  requirePermission(actor, 'organisations.configure');
  const organisation = await actor.inTenant((tx) =>
    organisations.updateOrganisation(tx, actor.orgId, { name }),
  );
  if (!organisation) throw new AppError('ORG.NOT_FOUND', 'Organisation not found');
  return organisation;
}
