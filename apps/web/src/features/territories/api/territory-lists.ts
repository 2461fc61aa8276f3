// GET /api/territories/departments, /regions and /epcis?department= (every signed-in person).
import { useQuery } from '@tanstack/react-query';
import type { Department, Epci, Region } from '@tutti/contracts';
import { api } from '@/lib/api-client';

// The reference changes only with an import: no need to ask again during a visit.
const staleTime = 60 * 60_000;

export function useDepartments() {
  return useQuery({
    queryKey: ['territories', 'departments'],
    queryFn: () => api.get<{ items: Department[] }>('/api/territories/departments'),
    staleTime,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['territories', 'regions'],
    queryFn: () => api.get<{ items: Region[] }>('/api/territories/regions'),
    staleTime,
  });
}

export function useEpcis(department: string) {
  return useQuery({
    queryKey: ['territories', 'epcis', department],
    queryFn: () =>
      api.get<{ items: Epci[] }>(`/api/territories/epcis?${new URLSearchParams({ department })}`),
    enabled: department !== '',
    staleTime,
  });
}
