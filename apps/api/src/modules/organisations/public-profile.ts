// The organisation's public profile: whether its pages under /p/<slug> are served, their slug,
// short description and region. Admins change it; every member may read its address.
import type { PublicProfile, PublicProfileUpdateBody } from '@tutti/contracts';
import type { schema } from '@tutti/db';
import type { AppDeps } from '../../platform/app-types';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as organisations from './organisations.repository';

type OrganisationRow = typeof schema.organisations.$inferSelect;

function presentPublicProfile(row: OrganisationRow, publicUrl: string): PublicProfile {
  return {
    published: row.publicProfile,
    slug: row.publicSlug,
    description: row.publicDescription,
    region: row.publicRegion,
    url: row.publicSlug ? `${publicUrl}/p/${row.publicSlug}` : null,
  };
}

export async function getPublicProfile({ deps, actor }: { deps: AppDeps; actor: OrgActor }) {
  requirePermission(actor, 'organisations.readPublicProfile');
  const row = await actor.inTenant((tx) => organisations.findCurrentOrganisation(tx, actor.orgId));
  if (!row) throw new AppError('ORG.NOT_FOUND', 'Organisation not found');
  return presentPublicProfile(row, deps.config.publicUrl);
}

/** A slug another organisation holds is refused with 409, naming the field. */
export async function updatePublicProfile({
  deps,
  actor,
  input,
}: {
  deps: AppDeps;
  actor: OrgActor;
  input: PublicProfileUpdateBody;
}) {
  requirePermission(actor, 'organisations.configure');
  const row = await actor
    .inTenant((tx) =>
      organisations.updatePublicProfile(tx, actor.orgId, {
        publicProfile: input.published,
        publicSlug: input.slug,
        publicDescription: input.description,
        publicRegion: input.region,
      }),
    )
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new AppError('ORG.PUBLIC_SLUG_TAKEN', 'Another organisation uses this slug', {
          fields: [{ path: 'body.slug', message: 'Already used by another organisation' }],
        });
      }
      throw error;
    });
  if (!row) throw new AppError('ORG.NOT_FOUND', 'Organisation not found');
  return presentPublicProfile(row, deps.config.publicUrl);
}

/** Drizzle wraps the driver's error; its cause carries PostgreSQL's code. */
function isUniqueViolation(error: unknown): boolean {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return code === '23505' || cause?.code === '23505';
}
