// GET a concert's group orders (classes, nurseries) with where each stands.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { boxOfficeQueryKey } from './box-office';

export function useGroupOrders(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: [...boxOfficeQueryKey(orgId, sessionId), 'group-orders'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/group-orders', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}
