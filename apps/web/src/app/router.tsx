// The route tree, built from the feature registry: public pages, signed-in pages without an
// organisation, and organisation pages under /o/$orgId (checked against the viewer's role).

import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  type ParsedLocation,
  redirect,
} from '@tanstack/react-router';
import type { Role } from '@tutti/contracts';
import { meQueryOptions } from '@/features/auth';
import { preferredOrgId, rememberOrg } from '@/features/organisations';
import type { FeaturePage, TranslationKey } from '@/lib/features';
import { requestHeadingFocus } from '@/lib/route-focus';
import { featureModules } from './features';
import { OrgLayout } from './layout/org-layout';
import { RootLayout } from './layout/root-layout';
import { SimpleLayout, SimpleShell } from './layout/simple-layout';
import { ErrorPage, ForbiddenError } from './pages/error-page';
import { NotFoundPage } from './pages/not-found-page';

export type RouterContext = { queryClient: QueryClient };

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The page's title in the browser tab and history. */
    titleKey?: TranslationKey;
  }
}

async function requireSignedIn(queryClient: QueryClient, location: ParsedLocation) {
  const me = await queryClient.ensureQueryData(meQueryOptions);
  if (!me) {
    const back = location.href === '/' ? {} : { redirect: location.href };
    throw redirect({ to: '/sign-in', search: back });
  }
  return me;
}

// At the root there is no layout yet: these two bring the simple one.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => (
    <SimpleShell>
      <NotFoundPage />
    </SimpleShell>
  ),
  errorComponent: (props) => (
    <SimpleShell>
      <ErrorPage {...props} />
    </SimpleShell>
  ),
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context, location }) => {
    const me = await requireSignedIn(context.queryClient, location);
    const orgId = preferredOrgId(me);
    if (orgId) throw redirect({ to: '/o/$orgId', params: { orgId }, replace: true });
    throw redirect({ to: '/organisations/new', replace: true });
  },
});

const publicLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: SimpleLayout,
});

const accountLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'account',
  component: SimpleLayout,
  beforeLoad: ({ context, location }) => requireSignedIn(context.queryClient, location),
});

const orgLayout = createRoute({
  getParentRoute: () => rootRoute,
  path: '/o/$orgId',
  component: OrgLayout,
  beforeLoad: async ({ context, location, params }) => {
    const me = await requireSignedIn(context.queryClient, location);
    // Not a member looks exactly like no such organisation, as in the API.
    if (!me.memberships.some((m) => m.orgId === params.orgId)) throw notFound();
    rememberOrg(params.orgId);
  },
});

function roleIn(queryClient: QueryClient, orgId: string): Role | undefined {
  const me = queryClient.getQueryData(meQueryOptions.queryKey);
  return me?.memberships.find((m) => m.orgId === orgId)?.role;
}

function orgPageRoute(page: FeaturePage) {
  const allowed = page.roles;
  return createRoute({
    getParentRoute: () => orgLayout,
    path: page.path === '' ? '/' : page.path,
    component: page.component,
    staticData: { titleKey: page.titleKey },
    beforeLoad: ({ context, params }) => {
      const role = roleIn(context.queryClient, params.orgId);
      if (allowed && (!role || !allowed.includes(role))) throw new ForbiddenError();
    },
  });
}

function layoutPageRoute(page: FeaturePage, parent: typeof publicLayout | typeof accountLayout) {
  return createRoute({
    getParentRoute: () => parent,
    path: page.path,
    component: page.component,
    staticData: { titleKey: page.titleKey },
  });
}

const pages = featureModules.flatMap((module) => module.pages ?? []);

const routeTree = rootRoute.addChildren([
  homeRoute,
  publicLayout.addChildren(
    pages.filter((p) => p.scope === 'public').map((p) => layoutPageRoute(p, publicLayout)),
  ),
  accountLayout.addChildren(
    pages.filter((p) => p.scope === 'account').map((p) => layoutPageRoute(p, accountLayout)),
  ),
  orgLayout.addChildren(pages.filter((p) => p.scope === 'organisation').map(orgPageRoute)),
]);

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    // Inside a layout, errors and unknown addresses render in its main area.
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: ErrorPage,
    defaultPreload: 'intent',
    // The query cache holds the data; the router need not keep its own copy.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
  router.subscribe('onBeforeNavigate', (event) => {
    if (event.fromLocation) requestHeadingFocus();
  });
  return router;
}
