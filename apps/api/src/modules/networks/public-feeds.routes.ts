// A published network's agenda as feeds anyone may subscribe to, next to its public page:
// /p/<org>/reseau/<network>/agenda.ics (iCalendar), /openagenda.json (OpenAgenda's JSON) and
// its members' news, /actualites.atom (Atom 1.0).
import { PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { findPublishedOrganisation, type PublicLanguage } from '../../platform/public-pages';
import { readAgenda } from './agenda.service';
import { agendaIcal, openAgendaExport } from './agenda-formats';
import { publishedNetwork } from './network-page';
import { listNews, newsAtom } from './news.service';

const FEED_LIMIT = 200;

export function registerNetworkFeeds(app: App, deps: AppDeps) {
  const { database, config } = deps;
  const baseUrl = (request: FastifyRequest) =>
    config.publicUrlConfigured ? config.publicUrl : `${request.protocol}://${request.host}`;

  async function feed(request: FastifyRequest, reply: FastifyReply) {
    const { orgSlug = '', networkSlug = '' } = request.params as Record<string, string>;
    const lang = (['fr', 'en', 'de'] as const).find(
      (l) => l === (request.query as { lang?: string }).lang,
    );
    const language: PublicLanguage = lang ?? 'fr';
    const org =
      PUBLIC_SLUG_PATTERN.test(orgSlug) && PUBLIC_SLUG_PATTERN.test(networkSlug)
        ? await findPublishedOrganisation(database.db, orgSlug)
        : null;
    const network = org && (await publishedNetwork(database, org.id, networkSlug));
    if (!network) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    reply.header('cache-control', 'public, max-age=300');
    if (request.url.split('?')[0]!.endsWith('.atom')) {
      const page = `${baseUrl(request)}/p/${orgSlug}/reseau/${networkSlug}`;
      return reply
        .type('application/atom+xml; charset=utf-8')
        .send(newsAtom(network, await listNews(database, network.id), page));
    }
    const from = new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10);
    const { items } = await readAgenda(
      database,
      network.id,
      { from, limit: FEED_LIMIT, offset: 0 },
      baseUrl(request),
    );
    if (request.url.split('?')[0]!.endsWith('.ics')) {
      return reply
        .type('text/calendar; charset=utf-8')
        .send(agendaIcal(network.name, items, language));
    }
    return reply.type('application/json; charset=utf-8').send(openAgendaExport(items, language));
  }

  const path = '/p/:orgSlug/reseau/:networkSlug';
  app.get(`${path}/agenda.ics`, { schema: { hide: true } }, feed);
  app.get(`${path}/openagenda.json`, { schema: { hide: true } }, feed);
  app.get(`${path}/actualites.atom`, { schema: { hide: true } }, feed);
}
