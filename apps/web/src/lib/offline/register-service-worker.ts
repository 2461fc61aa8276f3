// Installs the service worker (public/sw.js) that keeps the app usable offline, in built apps only.

/** Asset URLs this page loaded, for the worker to keep (it did not see them on the first visit). */
function loadedAssets() {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/assets/'));
}

/**
 * Registers the worker; once it runs, `prepareOffline` downloads what offline pages need (their
 * chunks), then the worker is told every asset this page loaded so that it keeps them all.
 */
export function registerServiceWorker(prepareOffline: () => Promise<unknown>) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(async (registration) => {
        await prepareOffline();
        registration.active?.postMessage({ type: 'cache-assets', urls: loadedAssets() });
        // Pages opened later load their chunks through the worker, which keeps them.
      })
      .catch(() => {
        // Without a worker Tutti still works online; only the offline start is lost.
      });
  });
}
