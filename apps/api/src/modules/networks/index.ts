// Networks of organisations: membership accepted by both sides, network roles, the figures
// members share, the common agenda and its public page and feeds, the shared library.
import type { App, AppDeps } from '../../platform/app-types';
import { addPublicPages } from '../../platform/public-pages';
import { registerLibraryRoutes } from './library.routes';
import { registerLibraryTakedownRoutes } from './library-network.routes';
import { registerNetworkRoutes } from './network.routes';
import { networkPage } from './network-page';
import { registerOrgNetworkRoutes } from './org-networks.routes';
import { registerNetworkFeeds } from './public-feeds.routes';

export { registerNetworkJobs } from './figures.jobs';
export { refreshOrganisationFigures } from './figures.service';
export { type NetworkMembership, networkOfMember } from './network-members';

export function registerNetworksRoutes(app: App, deps: AppDeps) {
  registerOrgNetworkRoutes(app, deps);
  registerNetworkRoutes(app, deps);
  registerNetworkFeeds(app, deps);
  registerLibraryRoutes(app, deps);
  registerLibraryTakedownRoutes(app, deps);
  addPublicPages(app, [networkPage(deps.database)]);
}
