// GET a concert's waiting list, POST a party's move in it (with a reason, audited).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WaitingListMoveBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { boxOfficeQueryKey } from './box-office';

export const waitingListQueryKey = (orgId: string, sessionId: string) =>
  [...boxOfficeQueryKey(orgId, sessionId), 'waiting-list'] as const;

export function useWaitingList(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: waitingListQueryKey(orgId, sessionId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/waiting-list', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}

export function useMoveWaitingListEntry(orgId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: WaitingListMoveBody }) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{concertId}/waiting-list/{entryId}/move', {
          params: { path: { orgId, concertId: sessionId, entryId } },
          body,
        }),
      ),
    onSuccess: (list) => {
      queryClient.setQueryData(waitingListQueryKey(orgId, sessionId), list);
      // A party moved ahead may have been offered seats: the counts move too.
      void queryClient.invalidateQueries({
        queryKey: boxOfficeQueryKey(orgId, sessionId),
        exact: true,
      });
    },
  });
}
