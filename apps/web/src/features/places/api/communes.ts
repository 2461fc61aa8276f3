// GET /api/communes/search?q= (every signed-in person): communes by name, postal code or INSEE code.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommuneMatch } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export function useCommuneSearch(term: string) {
  return useQuery({
    queryKey: ['communes', 'search', term],
    queryFn: () =>
      api.get<{ items: CommuneMatch[] }>(
        `/api/communes/search?${new URLSearchParams({ q: term, limit: '8' })}`,
      ),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
