// GET a concert's orders: names, contacts and access needs, for admins and coordinators.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { boxOfficeQueryKey } from './box-office';

export function useConcertOrders(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: [...boxOfficeQueryKey(orgId, sessionId), 'orders'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/orders', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}
