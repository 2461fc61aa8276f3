// Shapes organisation rows for the API.
import type { Organisation } from '@tutti/contracts';
import type { schema } from '@tutti/db';

export function presentOrganisation(row: typeof schema.organisations.$inferSelect): Organisation {
  return { id: row.id, name: row.name, timeZone: row.timeZone, isDemo: row.isDemo };
}
