// POST /api/orgs/:orgId/partners and PATCH /partners/:partnerId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Partner, PartnerCreateBody, PartnerUpdateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { partnerQueryKey, partnersQueryKey } from './partners';

export function useCreatePartner(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerCreateBody) => api.post<Partner>(`/api/orgs/${orgId}/partners`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) }),
  });
}

export function useUpdatePartner(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerUpdateBody) =>
      api.patch<Partner>(`/api/orgs/${orgId}/partners/${partnerId}`, body),
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerQueryKey(orgId, partnerId), partner);
      return queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) });
    },
  });
}

export function useDeletePartner(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/partners/${partnerId}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: partnerQueryKey(orgId, partnerId) });
      return queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) });
    },
  });
}
