// POST, PATCH and DELETE /api/orgs/:orgId/partners/:partnerId/contacts[/:contactId].
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerContactCreateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { partnerQueryKey } from './partners';

export function useSaveContact(orgId: string, partnerId: string, contactId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerContactCreateBody) =>
      contactId
        ? unwrap(
            apiClient.PATCH('/api/orgs/{orgId}/partners/{partnerId}/contacts/{contactId}', {
              params: { path: { orgId, partnerId, contactId } },
              body,
            }),
          )
        : unwrap(
            apiClient.POST('/api/orgs/{orgId}/partners/{partnerId}/contacts', {
              params: { path: { orgId, partnerId } },
              body,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryKey(orgId, partnerId) }),
  });
}

export function useRemoveContact(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/partners/{partnerId}/contacts/{contactId}', {
          params: { path: { orgId, partnerId, contactId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryKey(orgId, partnerId) }),
  });
}
