// Installs the service worker (public/sw.js) that keeps the app usable offline, in built apps only.

/** Asset URLs this page loaded, for the worker to keep (it did not see them on the first visit). */
function loadedAssets() {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/assets/'));
}

/** Resolves once the worker controls this page, so that what the page fetches passes through it. */
function controlled() {
  return new Promise<void>((resolve) => {
    if (navigator.serviceWorker.controller) resolve();
    else
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
}

/**
 * Registers the worker; once it controls the page, `prepareOffline` downloads what offline pages
 * need (their chunks) and the account is read again through it (signing in came before the
 * worker), then the worker is told every asset this page loaded so that it keeps them all.
 */
export function registerServiceWorker(prepareOffline: () => Promise<unknown>) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(async (registration) => {
        await controlled();
        await Promise.all([prepareOffline(), fetch('/api/me', { credentials: 'same-origin' })]);
        registration.active?.postMessage({ type: 'cache-assets', urls: loadedAssets() });
        // Pages opened later load their chunks through the worker, which keeps them.
      })
      .catch(() => {
        // Without a worker Tutti still works online; only the offline start is lost.
      });
  });
}
