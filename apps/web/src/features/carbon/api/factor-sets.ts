// Factor versions: list, read one, add one, choose the one in use.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FactorSetCreateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

const factorSetsKey = (orgId: string) => [...carbonQueryKey(orgId), 'factor-sets'] as const;

export function useFactorSets(orgId: string) {
  return useQuery({
    queryKey: factorSetsKey(orgId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/carbon/factor-sets', { params: { path: { orgId } } }),
      ),
  });
}

export function useFactorSet(orgId: string, factorSetId: string | null) {
  return useQuery({
    queryKey: [...factorSetsKey(orgId), factorSetId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/carbon/factor-sets/{factorSetId}', {
          params: { path: { orgId, factorSetId: factorSetId ?? '' } },
        }),
      ),
    enabled: factorSetId !== null,
  });
}

export function useCreateFactorSet(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/carbon/factor-sets', {
          params: { path: { orgId } },
          // Pasted JSON of any shape: the API names every field it refuses.
          body: body as FactorSetCreateBody,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}

export function useChooseFactorSet(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (factorSetId: string) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/carbon/settings', {
          params: { path: { orgId } },
          body: { factorSetId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}
