// Finds the organisations that chose to publish, by the slug in their public addresses. Runs as
// the owner: a visitor has no organisation yet; each page then reads its data as that tenant.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq } from 'drizzle-orm';
import type { PublicOrganisation } from './page-kind';

const columns = {
  id: schema.organisations.id,
  slug: schema.organisations.publicSlug,
  name: schema.organisations.name,
  description: schema.organisations.publicDescription,
  region: schema.organisations.publicRegion,
  timeZone: schema.organisations.timeZone,
  dataVersion: schema.orgDataVersions.version,
};

type Row = Omit<PublicOrganisation, 'slug' | 'dataVersion'> & {
  slug: string | null;
  dataVersion: number | null;
};

function toPublic(row: Row): PublicOrganisation | null {
  return row.slug === null ? null : { ...row, slug: row.slug, dataVersion: row.dataVersion ?? 0 };
}

/** The published organisation with this slug and its data version, in one query; else null. */
export async function findPublishedOrganisation(
  db: Executor,
  slug: string,
): Promise<PublicOrganisation | null> {
  const [row] = await db
    .select(columns)
    .from(schema.organisations)
    .leftJoin(schema.orgDataVersions, eq(schema.orgDataVersions.orgId, schema.organisations.id))
    .where(
      and(eq(schema.organisations.publicSlug, slug), eq(schema.organisations.publicProfile, true)),
    );
  return row ? toPublic(row) : null;
}

/**
 * The same lookup, shared by the requests for one slug that arrive while it runs: under a crowd
 * (a concert announced in the local paper) the database answers once per round trip, not once
 * per visitor. A request may so read the version of up to one query earlier, never older.
 */
export function sharedOrganisationLookup(db: Executor) {
  const inFlight = new Map<string, Promise<PublicOrganisation | null>>();
  return (slug: string) => {
    let lookup = inFlight.get(slug);
    if (!lookup) {
      lookup = findPublishedOrganisation(db, slug).finally(() => inFlight.delete(slug));
      inFlight.set(slug, lookup);
    }
    return lookup;
  };
}

/** Every organisation that publishes, by slug, with its data version (for the sitemap). */
export async function listPublishedOrganisations(db: Executor): Promise<PublicOrganisation[]> {
  const rows = await db
    .select(columns)
    .from(schema.organisations)
    .leftJoin(schema.orgDataVersions, eq(schema.orgDataVersions.orgId, schema.organisations.id))
    .where(eq(schema.organisations.publicProfile, true))
    .orderBy(asc(schema.organisations.publicSlug));
  return rows.map(toPublic).filter((org) => org !== null);
}
