// Security headers on every answer, through @fastify/helmet: one Content-Security-Policy for
// every HTML page Tutti serves (the web app and its deep links, the public pages under /p/),
// with no inline script and no inline style but the public pages' one stylesheet, allowed by its
// hash; no framing; nosniff; a same-origin referrer.
import helmet from '@fastify/helmet';
import type { App } from '../app-types';
import type { Config } from '../config';
import { publicStylesheetSource } from '../public-pages/public-style';

/** The origin of the map's tile server, whose images the app's maps show. */
function tileOrigin(tileUrl: string): string[] {
  if (tileUrl.startsWith('/')) return [];
  return [new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin];
}

export function contentSecurityPolicy(config: Config) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", publicStylesheetSource],
    // Leaflet's markers and the QR codes are data: and blob: images; tiles come from their server.
    'img-src': ["'self'", 'data:', 'blob:', ...tileOrigin(config.map.tileUrl)],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(config.secureCookies ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

export async function registerSecurityHeaders(app: App, config: Config) {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Only an HTTPS instance asks browsers to stay on HTTPS; subdomains are not Tutti's to decide.
    strictTransportSecurity: config.secureCookies
      ? { maxAge: 31_536_000, includeSubDomains: false }
      : false,
  });
}

/**
 * The API documentation (Swagger UI) runs inline code that its plugin allows by hashes; it
 * keeps that policy, but is never framed either.
 */
export function documentationPolicy(header: string, config: Config) {
  const policy = header
    .replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'")
    .replace(/base-uri [^;]*/, "base-uri 'none'");
  return config.secureCookies ? policy : policy.replace(/\s*upgrade-insecure-requests;?/, '');
}
