// The box office's settings: GET and PUT the organisation's price cap; GET, PUT and DELETE its
// HelloAsso account (admins), whose secret and signature key are never read back.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HelloAssoSettingsBody, PriceCapBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const priceCapKey = (orgId: string) => ['orgs', orgId, 'price-cap'] as const;
const helloAssoKey = (orgId: string) => ['orgs', orgId, 'helloasso'] as const;

export function usePriceCap(orgId: string) {
  return useQuery({
    queryKey: priceCapKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/price-cap', { params: { path: { orgId } } })),
  });
}

export function useSetPriceCap(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PriceCapBody) =>
      unwrap(apiClient.PUT('/api/orgs/{orgId}/price-cap', { params: { path: { orgId } }, body })),
    onSuccess: async (cap) => {
      queryClient.setQueryData(priceCapKey(orgId), cap);
      // Every box office card shows the cap.
      await queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'sessions'] });
    },
  });
}

export function useHelloAssoSettings(orgId: string) {
  return useQuery({
    queryKey: helloAssoKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/helloasso', { params: { path: { orgId } } })),
  });
}

export function useSaveHelloAsso(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HelloAssoSettingsBody) =>
      unwrap(apiClient.PUT('/api/orgs/{orgId}/helloasso', { params: { path: { orgId } }, body })),
    onSuccess: (settings) => queryClient.setQueryData(helloAssoKey(orgId), settings),
  });
}

export function useRemoveHelloAsso(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(apiClient.DELETE('/api/orgs/{orgId}/helloasso', { params: { path: { orgId } } })),
    onSuccess: (settings) => queryClient.setQueryData(helloAssoKey(orgId), settings),
  });
}
