// Factor versions: list, read one, add one, choose the one in use.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CarbonSettings, FactorSet, FactorSetSummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

const factorSetsKey = (orgId: string) => [...carbonQueryKey(orgId), 'factor-sets'] as const;

export function useFactorSets(orgId: string) {
  return useQuery({
    queryKey: factorSetsKey(orgId),
    queryFn: () => api.get<{ items: FactorSetSummary[] }>(`/api/orgs/${orgId}/carbon/factor-sets`),
  });
}

export function useFactorSet(orgId: string, factorSetId: string | null) {
  return useQuery({
    queryKey: [...factorSetsKey(orgId), factorSetId],
    queryFn: () => api.get<FactorSet>(`/api/orgs/${orgId}/carbon/factor-sets/${factorSetId}`),
    enabled: factorSetId !== null,
  });
}

export function useCreateFactorSet(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post<FactorSet>(`/api/orgs/${orgId}/carbon/factor-sets`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}

export function useChooseFactorSet(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (factorSetId: string) =>
      api.patch<CarbonSettings>(`/api/orgs/${orgId}/carbon/settings`, { factorSetId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}
