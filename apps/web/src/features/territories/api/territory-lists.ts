// GET /api/territories/departments, /regions and /epcis?department= (every signed-in person).
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

// The reference changes only with an import: no need to ask again during a visit.
const staleTime = 60 * 60_000;

export function useDepartments() {
  return useQuery({
    queryKey: ['territories', 'departments'],
    queryFn: () => unwrap(apiClient.GET('/api/territories/departments')),
    staleTime,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['territories', 'regions'],
    queryFn: () => unwrap(apiClient.GET('/api/territories/regions')),
    staleTime,
  });
}

export function useEpcis(department: string) {
  return useQuery({
    queryKey: ['territories', 'epcis', department],
    queryFn: () =>
      unwrap(apiClient.GET('/api/territories/epcis', { params: { query: { department } } })),
    enabled: department !== '',
    staleTime,
  });
}
