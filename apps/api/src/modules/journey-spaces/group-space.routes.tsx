// The journey space's pages and files under a group's secret link
// (/p/_/groupe/<token>/parcours/<journey>…): never cached, teachers' resources and the rooms of
// online sessions included.
import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import { privatePageLanguage } from '../../platform/public-pages';
import { type GroupSpaceParams, loadGroupSpace, sendSpacePage } from './group-space';
import { spaceTexts } from './i18n';
import { journeyCalendar } from './journey-calendar';
import { sendProgramme } from './programme-pdf';
import {
  absoluteBase,
  sendPlaylist,
  sendSpaceCaptions,
  sendSpaceFile,
  spaceUrls,
} from './space-files';
import { SpaceHome } from './space-home';
import { SpaceItemPage, SpacePlaylist, SpaceResources } from './space-lists';
import { shownItem } from './space-reads';

function pageNumber(request: FastifyRequest) {
  const page = Number((request.query as { page?: string }).page ?? '1');
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

export function registerGroupSpacePages(app: App, deps: AppDeps) {
  const { config } = deps;
  const groupSpace = (params: GroupSpaceParams) => loadGroupSpace(deps, params);

  const pages = [
    ['', 'home'],
    ['/ecouter', 'listen'],
    ['/ressources', 'resources'],
  ] as const;
  for (const [suffix, which] of pages) {
    app.get(
      `/p/_/groupe/:token/parcours/:journeyId${suffix}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await groupSpace(request.params as GroupSpaceParams);
        return sendSpacePage(deps, request, reply, found, (lang, space) => {
          const urls = spaceUrls(space.path, true);
          const props = { view: space.view, urls, lang };
          const texts = spaceTexts[lang];
          return {
            title:
              which === 'home'
                ? space.view.frame.name
                : `${texts.nav[which]} · ${space.view.frame.name}`,
            description: texts.spaceLead(space.view.frame.groupName),
            organisationName: space.shared.organisationName,
            body:
              which === 'home' ? (
                <SpaceHome {...props} />
              ) : which === 'listen' ? (
                <SpacePlaylist {...props} page={pageNumber(request)} />
              ) : (
                <SpaceResources {...props} />
              ),
          };
        });
      },
    );
  }

  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/r/:resourceId',
    { schema: { hide: true } },
    async (request, reply) => {
      const params = request.params as GroupSpaceParams;
      const found = await groupSpace(params);
      return sendSpacePage(deps, request, reply, found, (lang, space) => {
        const texts = spaceTexts[lang];
        const item = shownItem(space.view, params.resourceId ?? '');
        if (!item) {
          return {
            status: 404,
            title: texts.notShownTitle,
            description: texts.notShownText,
            organisationName: space.shared.organisationName,
            body: (
              <>
                <h1>{texts.notShownTitle}</h1>
                <p class="lead">{texts.notShownText}</p>
                <p>
                  <a href={space.path}>← {texts.back}</a>
                </p>
              </>
            ),
          };
        }
        return {
          title: item.view.row.title,
          description: texts.spaceLead(space.view.frame.groupName),
          organisationName: space.shared.organisationName,
          body: <SpaceItemPage item={item} urls={spaceUrls(space.path)} lang={lang} />,
        };
      });
    },
  );

  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/media/:resourceId',
    { schema: { hide: true }, compress: false },
    async (request, reply) => {
      const params = request.params as GroupSpaceParams;
      const found = await groupSpace(params);
      const item = found && shownItem(found.view, params.resourceId ?? '');
      if (!found || !item) throw new AppError('MEDIA.NOT_FOUND', 'Nothing shown here');
      return sendSpaceFile(deps, request, reply, found.shared.orgId, item);
    },
  );

  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/media/:resourceId/sous-titres/:lang',
    { schema: { hide: true } },
    async (request, reply) => {
      const params = request.params as GroupSpaceParams & { lang?: string };
      const found = await groupSpace(params);
      const item = found && shownItem(found.view, params.resourceId ?? '');
      if (!found || !item) throw new AppError('MEDIA.NOT_FOUND', 'Nothing shown here');
      return sendSpaceCaptions(deps, reply, found.shared.orgId, item, params.lang ?? '');
    },
  );

  for (const format of ['m3u8', 'xspf'] as const) {
    app.get(
      `/p/_/groupe/:token/parcours/:journeyId/playlist.${format}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await groupSpace(request.params as GroupSpaceParams);
        if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        const urls = spaceUrls(`${absoluteBase(config, request)}${found.path}`);
        return sendPlaylist(reply, format, found.view, urls, lang);
      },
    );
  }

  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/programme/:sessionId',
    { schema: { hide: true } },
    async (request, reply) => {
      const params = request.params as GroupSpaceParams & { sessionId?: string };
      const found = await groupSpace(params);
      if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
      const lang = privatePageLanguage(request, reply, config.secureCookies);
      const organisation = found.shared.organisationName ?? found.view.frame.name;
      return sendProgramme(
        reply,
        found.view,
        params.sessionId ?? '',
        organisation,
        lang,
        'private, no-store',
      );
    },
  );

  // The journey's calendar: a feed phones subscribe to, with the rooms of online sessions.
  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/calendrier.ics',
    { schema: { hide: true } },
    async (request, reply) => {
      const found = await groupSpace(request.params as GroupSpaceParams);
      if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
      const lang = privatePageLanguage(request, reply, config.secureCookies);
      const spaceUrl = `${absoluteBase(config, request)}${found.path}`;
      return reply
        .type('text/calendar; charset=utf-8')
        .headers({
          'cache-control': 'private, no-store',
          'content-disposition': 'inline; filename="parcours.ics"',
          'referrer-policy': 'no-referrer',
        })
        .send(journeyCalendar({ view: found.view, lang, spaceUrl }));
    },
  );
}
