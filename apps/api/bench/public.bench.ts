// `npm run bench:public [-- --duration 10 --connections 200]`: p95 and req/s of the demo
// organisation's public page read by many visitors at once (a concert announced in the local
// paper), then the EcoIndex inputs of every page in the sitemap, measured in Chromium at 360 px,
// and each page's first contentful paint on simulated Slow 3G. `--pages-only` skips the load;
// `--page /path` (repeatable) adds pages the sitemap does not list (secret links);
// `--cookie name=value` (repeatable) sends cookies with them (an applicant's access, for
// /p/_/candidature/<id>); `--skip-sitemap` measures only the `--page` ones.
// On PostgreSQL when DATABASE_URL is set, else on the embedded database in TUTTI_DATA_DIR.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEMO_PUBLIC_SLUG, openDatabase, schema } from '@tutti/db';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { launchChromium } from '../../../e2e/support/chromium';
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../../../e2e/support/page-weight';
import { seedDemoOrganisation } from '../src/platform/demo';
import { startServer } from './api-server';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '200' },
    'pages-only': { type: 'boolean', default: false },
    page: { type: 'string', multiple: true, default: [] },
    cookie: { type: 'string', multiple: true, default: [] },
    'skip-sitemap': { type: 'boolean', default: false },
  },
});
const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.TUTTI_DATA_DIR ?? `${root}.tutti/bench-public-data`;
const env: Record<string, string> = databaseUrl
  ? { DATABASE_URL: databaseUrl }
  : { TUTTI_DATA_DIR: dataDir };

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });

// The demo organisation publishes; seed it when the database does not hold it yet.
const database = await openDatabase(
  databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir },
);
await database.migrate();
const [published] = await database.db
  .select({ id: schema.organisations.id })
  .from(schema.organisations)
  .where(eq(schema.organisations.publicSlug, DEMO_PUBLIC_SLUG));
if (!published) await seedDemoOrganisation(database);
await database.close();

const server = await startServer(env);
const pagePath = `/p/${DEMO_PUBLIC_SLUG}`;

function percentile(sorted: number[], fraction: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function measure(headers: Record<string, string>) {
  return new Promise<string>((resolve, reject) => {
    const latencies: number[] = [];
    const cpuBefore = server.cpuMs();
    const instance = autocannon(
      {
        url: `${server.baseUrl}${pagePath}`,
        connections: Number(values.connections),
        duration: Number(values.duration),
        headers,
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const ms = (n: number) => n.toFixed(1).padStart(8);
        // The server's own CPU per answer: what the machine's other load does not change much.
        const cpuPerRequest = (server.cpuMs() - cpuBefore) / Math.max(1, latencies.length);
        resolve(
          `${ms(percentile(latencies, 0.5))} ${ms(percentile(latencies, 0.95))} ${ms(percentile(latencies, 0.99))} ${String(Math.round(result.requests.average)).padStart(8)} ${String(result.non2xx).padStart(8)} ${String(result.errors + result.timeouts).padStart(8)} ${cpuPerRequest.toFixed(2).padStart(9)}`,
        );
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTimeMs: number) => {
      latencies.push(responseTimeMs);
    });
  });
}

try {
  if (!values['pages-only']) {
    console.log(
      `\n${pagePath} on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${values.connections} connections, ${values.duration} s`,
    );
    console.log(
      'visitor                      p50 ms   p95 ms   p99 ms    req/s  non-2xx  errors  CPU ms/req',
    );
    console.log(`machine load (1 min): ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    const browserLike = { 'accept-language': 'fr-FR,fr;q=0.9', 'accept-encoding': 'gzip, br' };
    console.log(`first visit (gzip/br)   ${await measure(browserLike)}`);
    const etag =
      (await fetch(`${server.baseUrl}${pagePath}`, { headers: browserLike })).headers.get('etag') ??
      '';
    console.log(
      `repeat visit (304)      ${await measure({ ...browserLike, 'if-none-match': etag })}`,
    );
  }

  const sitemap = values['skip-sitemap']
    ? ''
    : await (await fetch(`${server.baseUrl}/sitemap.xml`)).text();
  const paths = [
    ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    ...values.page,
  ];
  console.log(
    `\nEcoIndex of the ${paths.length} pages (sitemap and --page; Chromium, 360 px), first contentful paint on Slow 3G`,
  );
  console.log(
    'page                                         DOM  requests      KB  EcoIndex  Slow 3G ms',
  );
  const cookies = values.cookie.map((pair) => {
    const [name = '', ...value] = pair.split('=');
    return { name, value: value.join('='), url: server.baseUrl };
  });
  const browser = await launchChromium();
  try {
    for (const path of paths) {
      const w = await measurePageWeight(browser, `${server.baseUrl}${path}`, cookies);
      const paint = await firstContentfulPaintOnSlow3g(
        browser,
        `${server.baseUrl}${path}`,
        cookies,
      );
      console.log(
        `${path.padEnd(42)} ${String(w.dom).padStart(5)} ${String(w.requests).padStart(9)} ${String(w.kb).padStart(7)} ${String(w.ecoIndex).padStart(9)} ${String(Math.round(paint)).padStart(11)}`,
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
}
