// Names to choose from in filters and forms: projects, venues, artists and groups of the organisation.
import { useQuery } from '@tanstack/react-query';
import { can, type Permission, type Role } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export type Option = { id: string; name: string };

type Listing = { items: { id: string; name?: string; displayName?: string }[] };

/** The first 200 of each kind, by name. */
const sources = {
  projects: (orgId: string): Promise<Listing> =>
    unwrap(
      apiClient.GET('/api/orgs/{orgId}/projects', {
        params: { path: { orgId }, query: { limit: 200 } },
      }),
    ),
  venues: (orgId: string): Promise<Listing> =>
    unwrap(
      apiClient.GET('/api/orgs/{orgId}/venues', {
        params: { path: { orgId }, query: { limit: 200 } },
      }),
    ),
  artists: (orgId: string): Promise<Listing> =>
    unwrap(
      apiClient.GET('/api/orgs/{orgId}/artists', {
        params: { path: { orgId }, query: { limit: 200 } },
      }),
    ),
  groups: (orgId: string): Promise<Listing> =>
    unwrap(
      apiClient.GET('/api/orgs/{orgId}/groups', {
        params: { path: { orgId }, query: { limit: 200 } },
      }),
    ),
  partners: (orgId: string): Promise<Listing> =>
    unwrap(
      apiClient.GET('/api/orgs/{orgId}/partners', {
        params: { path: { orgId }, query: { limit: 200 } },
      }),
    ),
} as const;

/** What each list needs: roles without it are not sent a request bound to be refused. */
const readPermission: Record<keyof typeof sources, Permission> = {
  projects: 'projects.read',
  venues: 'venues.read',
  artists: 'artists.read',
  groups: 'groups.read',
  partners: 'partners.read',
};

export function useLookup(orgId: string, kind: keyof typeof sources, role: Role) {
  return useQuery({
    queryKey: ['orgs', orgId, kind, 'lookup'],
    enabled: can(role, readPermission[kind]),
    staleTime: 60_000,
    retry: false,
    queryFn: async (): Promise<Option[]> => {
      const page = await sources[kind](orgId);
      return page.items
        .map((row) => ({ id: row.id, name: row.name ?? row.displayName ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}
