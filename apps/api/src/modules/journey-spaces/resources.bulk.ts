// What other modules call inside their own transaction (the caller checks access): a resource of
// the journey spaces' library written as a copy (the network library's "copy to my organisation").
import type { Executor } from '@tutti/db';
import * as resources from './resources.repository';

/** A new, unpublished resource; returns its id. */
export async function insertResourceCopy(
  tx: Executor,
  values: resources.ResourceValues & { orgId: string; createdBy: string | null },
) {
  const row = await resources.insertResource(tx, { ...values, published: false });
  return row.id;
}
