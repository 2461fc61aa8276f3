// The service worker of one journey space's offline pack, registered by its "Hors ligne" page only
// when the person asks, with the space's pages under the group link as its scope. Pages come from
// the network first and from the pack without network (or after 5 s on a network that barely
// answers); media the pack holds are played from the phone, with byte ranges. What the pack holds
// is written by the page (pack.js), never here. Hand-written and small, without a build step.
const scope = new URL(self.registration.scope);
const PACK = `tutti-pack ${scope.pathname}`;
const PATIENCE_MS = 5000;

self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(answer(request, url));
});

async function answer(request, url) {
  const pack = await caches.open(PACK);
  if (url.pathname.includes('/media/')) {
    const kept = await pack.match(url.href);
    if (!kept) return fetch(request);
    const range = request.headers.get('range');
    return range ? slice(kept, range) : kept;
  }
  const kept =
    (await pack.match(url.href)) ??
    (request.mode === 'navigate' ? await pack.match(url.href, { ignoreSearch: true }) : undefined);
  if (!kept) return fetch(request);
  const network = fetch(request);
  // Once the pack answered, a late failure of the network is of no interest.
  network.catch(() => undefined);
  const patience = new Promise((resolve) => setTimeout(() => resolve(kept), PATIENCE_MS));
  try {
    return await Promise.race([network, patience]);
  } catch {
    return kept;
  }
}

/** The part of a kept file a player asks for (`bytes=start-end`, `bytes=start-`, `bytes=-last`). */
async function slice(response, range) {
  const body = await response.blob();
  const size = body.size;
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  let start = 0;
  let end = size - 1;
  if (match?.[1]) {
    start = Number(match[1]);
    if (match[2]) end = Math.min(Number(match[2]), size - 1);
  } else if (match?.[2]) {
    start = Math.max(0, size - Number(match[2]));
  }
  if (!match || start >= size || start > end) {
    return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
  }
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': String(end - start + 1),
      'accept-ranges': 'bytes',
    },
  });
}
