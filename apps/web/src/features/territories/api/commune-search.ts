// GET /api/communes/search?q=&limit= (every signed-in person): by name, postal code or INSEE code.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useCommuneSearch(term: string, limit = 8) {
  return useQuery({
    queryKey: ['communes', 'search', term, limit],
    queryFn: () =>
      unwrap(apiClient.GET('/api/communes/search', { params: { query: { q: term, limit } } })),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
