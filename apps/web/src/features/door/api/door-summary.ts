// GET what a concert's door gave: seats let in, people without a ticket, travel, conflicts.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useDoorSummary(orgId: string, concertId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'sessions', concertId, 'door', 'summary'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/door/summary', {
          params: { path: { orgId, concertId } },
        }),
      ),
  });
}
