// POST /api/orgs/:orgId/partners and PATCH /partners/:partnerId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerCreateBody, PartnerUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { partnerQueryKey, partnersQueryKey } from './partners';

export function useCreatePartner(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/partners', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) }),
  });
}

export function useUpdatePartner(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/partners/{partnerId}', {
          params: { path: { orgId, partnerId } },
          body,
        }),
      ),
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerQueryKey(orgId, partnerId), partner);
      return queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) });
    },
  });
}

export function useDeletePartner(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/partners/{partnerId}', {
          params: { path: { orgId, partnerId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: partnerQueryKey(orgId, partnerId) });
      return queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) });
    },
  });
}
