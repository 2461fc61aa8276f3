// POST, PATCH and DELETE /api/orgs/:orgId/partners/:partnerId/contacts[/:contactId].
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerContact, PartnerContactCreateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { partnerQueryKey } from './partners';

export function useSaveContact(orgId: string, partnerId: string, contactId: string | null) {
  const queryClient = useQueryClient();
  const base = `/api/orgs/${orgId}/partners/${partnerId}/contacts`;
  return useMutation({
    mutationFn: (body: PartnerContactCreateBody) =>
      contactId
        ? api.patch<PartnerContact>(`${base}/${contactId}`, body)
        : api.post<PartnerContact>(base, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryKey(orgId, partnerId) }),
  });
}

export function useRemoveContact(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      api.delete(`/api/orgs/${orgId}/partners/${partnerId}/contacts/${contactId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryKey(orgId, partnerId) }),
  });
}
