// GET, POST /api/orgs/:orgId/rights-requests and PATCH one: the requests log (admins).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  RightsRequestCreateBody,
  RightsRequestState,
  RightsRequestUpdateBody,
} from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const rightsRequestsKey = (orgId: string) => ['orgs', orgId, 'rights-requests'] as const;

export const RIGHTS_PAGE_SIZE = 50;

export function useRightsRequests(
  orgId: string,
  filters: { state?: RightsRequestState | undefined; participantId?: string; offset?: number },
) {
  const query = {
    limit: RIGHTS_PAGE_SIZE,
    offset: filters.offset ?? 0,
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.participantId ? { participantId: filters.participantId } : {}),
  };
  return useQuery({
    queryKey: [...rightsRequestsKey(orgId), query],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/rights-requests', { params: { path: { orgId }, query } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateRightsRequest(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RightsRequestCreateBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/rights-requests', { params: { path: { orgId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rightsRequestsKey(orgId) }),
  });
}

export function useUpdateRightsRequest(orgId: string, requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RightsRequestUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/rights-requests/{requestId}', {
          params: { path: { orgId, requestId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rightsRequestsKey(orgId) }),
  });
}
