// Tutti's service worker: keeps the app shell (the page, its scripts and styles), the chunks of the
// pages that work offline (the page downloads them at start-up, see lib/offline/offline-pages.ts)
// and the signed-in account, so that "Ma journée" opens in a hall without network, even if it was
// never visited. What was downloaded for offline use and the operations not yet sent live in the
// page's IndexedDB, not here. Hand-written and small on purpose: three rules, no build step, no
// inline script anywhere (the content security policy forbids it).
const SHELL = 'tutti-shell-v1';
const ACCOUNT = 'tutti-account-v1';
// Hashed assets of older versions pile up in the shell cache; keep the newest ones.
const MAX_SHELL_ENTRIES = 120;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.addAll(['/', '/manifest.webmanifest', '/favicon.svg']);
      // The scripts and styles index.html names, so that the first visit already works offline.
      const html = await (await cache.match('/')).text();
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      await cache.addAll([...new Set(assets)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== SHELL && key !== ACCOUNT) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

// The page tells which assets it loaded before this worker controlled it (lazy page chunks), once
// it has downloaded the offline pages' chunks.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url) =>
    new URL(url, self.location.origin).pathname.startsWith('/assets/'),
  );
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(urls))
      .catch(() => {}),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The server-rendered pages under /p/ are not the app: never kept as its page (a journey
  // space's offline pack has its own worker, scoped to the space).
  if (url.pathname.startsWith('/p/')) return;
  if (request.method !== 'GET') {
    if (url.pathname === '/api/auth/sign-out') event.waitUntil(forgetAccount());
    return;
  }
  // Every page of the app is the same index.html.
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL, '/'));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (url.pathname === '/api/me') event.respondWith(networkFirst(request, ACCOUNT, '/api/me'));
});

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    // Signed out or expired: the cached account must not outlive the session.
    else if (response.status === 401) await cache.delete(key);
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return fromDevice(cached);
    throw error;
  }
}

/** A kept answer, marked so that the page does not take it as a sign the server is reachable. */
function fromDevice(response) {
  const headers = new Headers(response.headers);
  headers.set('x-tutti-source', 'device');
  return new Response(response.body, { status: response.status, headers });
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SHELL_ENTRIES))) {
      if (new URL(old.url).pathname.startsWith('/assets/')) await cache.delete(old);
    }
  }
  return response;
}

/** On sign-out: the cached account and the downloads (names, access needs) leave the device. */
async function forgetAccount() {
  await caches.delete(ACCOUNT);
  await new Promise((resolve) => {
    const opening = indexedDB.open('tutti-offline');
    // No store on this device yet: create nothing (the page makes it, at its version).
    opening.onupgradeneeded = () => opening.transaction.abort();
    opening.onerror = () => resolve();
    opening.onsuccess = () => {
      const db = opening.result;
      // `downloads` since version 2 of the device store, `days` before.
      const stores = ['downloads', 'days'].filter((name) => db.objectStoreNames.contains(name));
      if (stores.length === 0) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(stores, 'readwrite');
      for (const name of stores) tx.objectStore(name).clear();
      tx.oncomplete = tx.onerror = () => {
        db.close();
        resolve();
      };
    };
  });
}
