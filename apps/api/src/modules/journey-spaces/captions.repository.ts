// A video resource's caption tracks (WebVTT, one per language).
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

const { spaceResourceCaptions: captions } = schema;

/** The languages each resource has captions in, with their number of cues, by resource. */
export async function findCaptionTracks(tx: Executor, resourceIds: readonly string[]) {
  const byResource = new Map<string, { lang: string; cueCount: number }[]>();
  if (resourceIds.length === 0) return byResource;
  const rows = await tx
    .select({ resourceId: captions.resourceId, lang: captions.lang, cueCount: captions.cueCount })
    .from(captions)
    .where(inArray(captions.resourceId, [...resourceIds]))
    .orderBy(asc(captions.lang));
  for (const { resourceId, ...track } of rows) {
    byResource.set(resourceId, [...(byResource.get(resourceId) ?? []), track]);
  }
  return byResource;
}

export async function findCaptionsText(tx: Executor, resourceId: string, lang: string) {
  const [row] = await tx
    .select({ vtt: captions.vtt, updatedAt: captions.updatedAt })
    .from(captions)
    .where(and(eq(captions.resourceId, resourceId), eq(captions.lang, lang)));
  return row ?? null;
}

export async function upsertCaptions(
  tx: Executor,
  values: { orgId: string; resourceId: string; lang: string; vtt: string; cueCount: number },
) {
  await tx
    .insert(captions)
    .values(values)
    .onConflictDoUpdate({
      target: [captions.resourceId, captions.lang],
      set: { vtt: values.vtt, cueCount: values.cueCount, updatedAt: new Date() },
    });
}

export async function deleteCaptions(tx: Executor, resourceId: string, lang: string) {
  const deleted = await tx
    .delete(captions)
    .where(and(eq(captions.resourceId, resourceId), eq(captions.lang, lang)))
    .returning({ lang: captions.lang });
  return deleted.length > 0;
}
