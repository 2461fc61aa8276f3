// The demo's published concerts as a visitor finds them: their pages in the sitemap, read in
// French. The demo has two taking bookings: a nearly full one with its waiting list (which
// waiting-list.test fills up) and a roomy one; the tests that book use the roomy one, so that the
// files pass in any order on the one demo server they share.

/** The published events' pages, in the sitemap's order. */
async function eventPages(baseUrl: string) {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const pages: { url: string; html: string }[] = [];
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+\/e\/[a-z0-9]+)<\/loc>/g)) {
    const url = `${baseUrl}${new URL(loc!).pathname}`;
    pages.push({ url, html: await (await fetch(url)).text() });
  }
  return pages;
}

/**
 * The concerts whose page takes bookings and has room (no waiting list offered: more seats left
 * than one order holds), never the demo's nearly full one.
 */
export async function roomyConcertUrls(baseUrl: string) {
  const urls = (await eventPages(baseUrl))
    .filter(({ html }) => html.includes('/reserver?lang=') && !html.includes('/liste-attente'))
    .map(({ url }) => url);
  if (urls.length === 0) throw new Error('No demo concert takes bookings with room left');
  return urls;
}

/** The published concert whose page offers its waiting list (the demo's nearly full one). */
export async function concertWithWaitingListUrl(baseUrl: string) {
  const found = (await eventPages(baseUrl)).find(({ html }) => html.includes('/liste-attente'));
  if (!found) throw new Error('No demo concert offers its waiting list');
  return found.url;
}
