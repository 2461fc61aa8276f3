// Pages that work without network: their code is downloaded while online, so that they open
// offline even if never visited; the service worker keeps every chunk it serves.
import type { FeatureModule } from '@/lib/features';

type Preloadable = { preload?: () => unknown };

/** Downloads the chunks of every page declared `offline: true`; resolves when all are here. */
export async function preloadOfflinePages(features: readonly FeatureModule[]) {
  const pages = features.flatMap((feature) => feature.pages ?? []).filter((page) => page.offline);
  await Promise.allSettled(pages.map((page) => (page.component as Preloadable).preload?.()));
}

/** True for the error a page chunk that could not be downloaded throws (Chromium, Firefox, Safari). */
export function isChunkLoadError(error: unknown) {
  const message = (error as { message?: unknown } | null)?.message;
  return (
    typeof message === 'string' &&
    /^(Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed)/.test(
      message,
    )
  );
}
