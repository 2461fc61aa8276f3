// Names to choose from in filters and forms: projects, venues, artists and groups of the organisation.
import { useQuery } from '@tanstack/react-query';
import type { Role } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export type Option = { id: string; name: string };

const sources = {
  projects: { path: 'projects', name: (r: Record<string, unknown>) => String(r.name) },
  venues: { path: 'venues', name: (r: Record<string, unknown>) => String(r.name) },
  artists: { path: 'artists', name: (r: Record<string, unknown>) => String(r.displayName) },
  groups: { path: 'groups', name: (r: Record<string, unknown>) => String(r.name) },
  partners: { path: 'partners', name: (r: Record<string, unknown>) => String(r.name) },
} as const;

/** Who may list what: a failed lookup (403) just leaves the choice out. */
const readers: Record<keyof typeof sources, readonly Role[]> = {
  projects: ['admin', 'coordinator', 'artist', 'viewer'],
  venues: ['admin', 'coordinator', 'artist', 'viewer'],
  artists: ['admin', 'coordinator', 'artist', 'viewer'],
  groups: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  partners: ['admin', 'coordinator'],
};

export function useLookup(orgId: string, kind: keyof typeof sources, role: Role) {
  const source = sources[kind];
  return useQuery({
    queryKey: ['orgs', orgId, kind, 'lookup'],
    enabled: readers[kind].includes(role),
    staleTime: 60_000,
    retry: false,
    queryFn: async (): Promise<Option[]> => {
      const page = await api.get<{ items: Record<string, unknown>[] }>(
        `/api/orgs/${orgId}/${source.path}?limit=200`,
      );
      return page.items
        .map((row) => ({ id: String(row.id), name: source.name(row) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}
