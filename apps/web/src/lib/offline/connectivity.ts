// Whether the server can be reached, found out rather than set: the browser's online and offline
// events, every API call that fails to reach the server, and a probe every few seconds while
// offline. Nobody has a switch to find; the state and since when it holds survive a reload.

export type Connectivity = {
  online: boolean /** When the network was lost (ISO), if it is. */;
  since: string | null;
};

const SINCE_KEY = 'tutti.offlineSince';
const PROBE_EVERY_MS = 10_000;

const listeners = new Set<() => void>();
let state: Connectivity = initialState();
let probe: ReturnType<typeof setInterval> | null = null;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function initialState(): Connectivity {
  if (globalThis.navigator?.onLine !== false) return { online: true, since: null };
  return { online: false, since: storage()?.getItem(SINCE_KEY) ?? new Date().toISOString() };
}

function set(next: Connectivity) {
  if (next.online === state.online) return;
  state = next;
  if (next.since) storage()?.setItem(SINCE_KEY, next.since);
  else storage()?.removeItem(SINCE_KEY);
  if (!next.online) startProbing();
  else if (probe) {
    clearInterval(probe);
    probe = null;
  }
  for (const listener of listeners) listener();
}

/** Asks the server, without any cache, whether it answers; back online when it does. */
async function probeServer() {
  const sentAt = Date.now();
  try {
    const response = await fetch('/readyz', { cache: 'no-store' });
    if (response.status < 500) reportServerReached(sentAt);
  } catch {
    // Still no network.
  }
}

function startProbing() {
  if (probe || typeof window === 'undefined') return;
  probe = setInterval(() => {
    if (globalThis.navigator?.onLine !== false) void probeServer();
  }, PROBE_EVERY_MS);
}

/** A request could not reach the server (no network, server down): offline from now on. */
export function reportNetworkFailure() {
  set({ online: false, since: new Date().toISOString() });
}

/**
 * A request sent at `sentAt` (epoch ms) got an answer from the server: online again, unless it
 * was sent before the network was lost (an answer already on its way says nothing of now).
 */
export function reportServerReached(sentAt: number) {
  if (!state.online && state.since && sentAt < Date.parse(state.since)) return;
  set({ online: true, since: null });
}

export function connectivity(): Connectivity {
  return state;
}

export function subscribeConnectivity(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', reportNetworkFailure);
  // The browser says the network is back: check that the server answers, at once.
  window.addEventListener('online', () => void probeServer());
  if (!state.online) startProbing();
}
