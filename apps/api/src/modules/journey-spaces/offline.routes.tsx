// A journey space's offline pack, under the group's secret link only: its page (`/hors-ligne`,
// the one page of the space with a script), what it would hold now (`/hors-ligne/pack.json`), the
// page's script and the service worker (`/sw.js`), whose scope is the space's pages under this
// link. Nothing is downloaded before the person presses the page's button.
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import { pageScript, sendPageScript } from '../../platform/public-pages';
import { type GroupSpaceParams, loadGroupSpace, sendSpacePage } from './group-space';
import { offlineTexts } from './i18n/offline';
import { spacePack } from './offline-pack';
import { SpaceOffline } from './offline-page';
import { spaceUrls } from './space-files';

const base = '/p/_/groupe/:token/parcours/:journeyId';

/** The offline pack's two scripts, plain files in ./offline. */
const packScript = (name: 'space-sw.js' | 'space-pack.js') =>
  pageScript(`src/modules/journey-spaces/offline/${name}`);

export function registerSpaceOfflinePack(app: App, deps: AppDeps) {
  const space = (params: unknown) => loadGroupSpace(deps, params as GroupSpaceParams);
  const urlsOf = (path: string) => {
    const urls = spaceUrls(path, true);
    return { ...urls, offline: urls.offline ?? `${path}/hors-ligne` };
  };

  app.get(`${base}/hors-ligne`, { schema: { hide: true } }, async (request, reply) => {
    const found = await space(request.params);
    return sendSpacePage(deps, request, reply, found, (lang, shown) => {
      const urls = urlsOf(shown.path);
      return {
        title: `${offlineTexts[lang].tab} · ${shown.view.frame.name}`,
        description: offlineTexts[lang].title,
        organisationName: shown.shared.organisationName,
        scripts: [`${urls.offline}/pack.js`],
        body: (
          <SpaceOffline
            view={shown.view}
            urls={urls}
            lang={lang}
            pack={spacePack(shown.view, urls)}
            scope={shown.path}
            worker={`${shown.path}/sw.js`}
            manifest={`${urls.offline}/pack.json`}
          />
        ),
      };
    });
  });

  app.get(`${base}/hors-ligne/pack.json`, { schema: { hide: true } }, async (request, reply) => {
    const found = await space(request.params);
    if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
    return reply
      .headers({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' })
      .send(spacePack(found.view, urlsOf(found.path)));
  });

  app.get(`${base}/hors-ligne/pack.js`, { schema: { hide: true } }, async (request, reply) => {
    if (!(await space(request.params))) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
    return sendPageScript(request, reply, packScript('space-pack.js'));
  });

  // The worker's scope is the space itself (`…/parcours/<journey>`, without the slash that
  // would leave its home page out), which is above the script's folder: the header allows it.
  app.get(`${base}/sw.js`, { schema: { hide: true } }, async (request, reply) => {
    const found = await space(request.params);
    if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
    return sendPageScript(request, reply, packScript('space-sw.js'), {
      'service-worker-allowed': found.path,
    });
  });
}
