// The journeys a group's secret link leads to, for the group's page (module guest-pages).
import type { TuttiDatabase } from '@tutti/db';
import * as repository from './spaces.repository';

/** The group's journeys, newest first, each with the address of its space under the link. */
export async function findGroupSpaces({
  database,
  orgId,
  groupId,
  groupPath,
}: {
  database: TuttiDatabase;
  orgId: string;
  groupId: string;
  /** The group page's path, `/p/_/groupe/<token>`. */
  groupPath: string;
}) {
  const journeys = await database.withTenant({ orgId, userId: null }, (tx) =>
    repository.findJourneysOfGroup(tx, groupId),
  );
  return journeys.map((journey) => ({
    id: journey.id,
    name: journey.name,
    url: `${groupPath}/parcours/${journey.id}`,
  }));
}
