// GET a concert's box office (tariffs, seats booked and left), PUT its tariffs, GET its orders.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TariffsReplaceBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const boxOfficeQueryKey = (orgId: string, sessionId: string) =>
  ['orgs', orgId, 'sessions', sessionId, 'box-office'] as const;

export function useBoxOffice(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: boxOfficeQueryKey(orgId, sessionId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/box-office', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}

export function useReplaceTariffs(orgId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TariffsReplaceBody) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/sessions/{concertId}/tariffs', {
          params: { path: { orgId, concertId: sessionId } },
          body,
        }),
      ),
    onSuccess: (box) => queryClient.setQueryData(boxOfficeQueryKey(orgId, sessionId), box),
  });
}
