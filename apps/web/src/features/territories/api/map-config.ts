// GET /api/config/map: the tile server the instance uses for its maps.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useMapConfig() {
  return useQuery({
    queryKey: ['config', 'map'],
    queryFn: () => unwrap(apiClient.GET('/api/config/map')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
