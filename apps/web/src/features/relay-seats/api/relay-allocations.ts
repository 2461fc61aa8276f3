// The allocations a person reaches (a relay's partners'; every one for organisers), one with its
// guests, naming a guest (POST) and cancelling one (DELETE).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuestNominationBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const allocationsKey = (orgId: string) => ['orgs', orgId, 'relay-allocations'] as const;

/** One page of the allocations (`total` and the whole list's `ledger` come with it). */
export function useMyAllocations(orgId: string, past = false, offset = 0, limit = 50) {
  return useQuery({
    queryKey: [...allocationsKey(orgId), { past, offset, limit }],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/relay-allocations', {
          params: { path: { orgId }, query: { past: past ? 'true' : 'false', offset, limit } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAllocation(orgId: string, allocationId: string) {
  return useQuery({
    queryKey: [...allocationsKey(orgId), allocationId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/relay-allocations/{allocationId}', {
          params: { path: { orgId, allocationId } },
        }),
      ),
  });
}

export function useNominateGuest(orgId: string, allocationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GuestNominationBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/relay-allocations/{allocationId}/guests', {
          params: { path: { orgId, allocationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: allocationsKey(orgId) }),
  });
}

export function useCancelGuest(orgId: string, allocationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (guestId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/relay-allocations/{allocationId}/guests/{guestId}', {
          params: { path: { orgId, allocationId, guestId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: allocationsKey(orgId) }),
  });
}
