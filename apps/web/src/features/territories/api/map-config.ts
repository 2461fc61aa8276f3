// GET /api/config/map: the tile server the instance uses for its maps.
import { useQuery } from '@tanstack/react-query';
import type { MapConfig } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export function useMapConfig() {
  return useQuery({
    queryKey: ['config', 'map'],
    queryFn: () => api.get<MapConfig>('/api/config/map'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
