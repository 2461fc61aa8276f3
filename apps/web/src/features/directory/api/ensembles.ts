// GET /api/orgs/:orgId/ensembles (kind, status, confirmation, pages), the moderation and
// confirmation of a listing, the requests for support, and the matches of a group.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConfirmationState,
  EnsembleCreateBody,
  EnsembleKind,
  EnsembleStatus,
} from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const ensemblesQueryKey = (orgId: string) => ['orgs', orgId, 'ensembles'] as const;

export type EnsembleFilters = {
  q: string;
  kind: EnsembleKind | '';
  status: EnsembleStatus | '';
  confirmation: ConfirmationState | '';
  offset: number;
};

export const ENSEMBLES_PAGE_SIZE = 50;

export function useEnsembles(orgId: string, filters: EnsembleFilters) {
  const query = {
    limit: ENSEMBLES_PAGE_SIZE,
    offset: filters.offset,
    q: filters.q || undefined,
    kind: filters.kind || undefined,
    status: filters.status || undefined,
    confirmation: filters.confirmation || undefined,
  };
  return useQuery({
    queryKey: [...ensemblesQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/ensembles', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** Approve a proposal, confirm a listing after a call, or delete it. */
export function useEnsembleAction(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      ensembleId,
      action,
    }: {
      ensembleId: string;
      action: 'approve' | 'confirm' | 'delete';
    }) => {
      const path = { path: { orgId, ensembleId } };
      if (action === 'delete') {
        return unwrap(
          apiClient.DELETE('/api/orgs/{orgId}/ensembles/{ensembleId}', { params: path }),
        );
      }
      return unwrap(
        action === 'approve'
          ? apiClient.POST('/api/orgs/{orgId}/ensembles/{ensembleId}/approval', { params: path })
          : apiClient.POST('/api/orgs/{orgId}/ensembles/{ensembleId}/confirmation', {
              params: path,
            }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ensemblesQueryKey(orgId) }),
  });
}

export function useSupportRequests(orgId: string, { enabled }: { enabled: boolean }) {
  return useQuery({
    enabled,
    queryKey: [...ensemblesQueryKey(orgId), 'support-requests'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/directory/support-requests', {
          params: { path: { orgId }, query: { limit: 20 } },
        }),
      ),
  });
}

/** Marks a request for support handled or waiting again, or deletes it at its author's request. */
export function useSupportRequestAction(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      requestId,
      action,
    }: {
      requestId: string;
      action: 'handled' | 'waiting' | 'delete';
    }) => {
      const path = { path: { orgId, requestId } };
      if (action === 'delete') {
        return unwrap(
          apiClient.DELETE('/api/orgs/{orgId}/directory/support-requests/{requestId}', {
            params: path,
          }),
        );
      }
      return unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/directory/support-requests/{requestId}', {
          params: path,
          body: { handled: action === 'handled' },
        }),
      );
    },
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: [...ensemblesQueryKey(orgId), 'support-requests'],
      }),
  });
}

export function useGroupMatches(orgId: string, groupId: string | null) {
  return useQuery({
    enabled: groupId !== null,
    queryKey: [...ensemblesQueryKey(orgId), 'group-matches', groupId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/groups/{groupId}/ensemble-matches', {
          params: { path: { orgId, groupId: groupId! }, query: { limit: 10 } },
        }),
      ),
  });
}

export function useEnsemble(orgId: string, ensembleId: string | null) {
  return useQuery({
    enabled: ensembleId !== null,
    queryKey: [...ensemblesQueryKey(orgId), 'one', ensembleId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/ensembles/{ensembleId}', {
          params: { path: { orgId, ensembleId: ensembleId! } },
        }),
      ),
  });
}

/** Lists a new ensemble, or edits one (`ensembleId`); every list of listings is refreshed. */
export function useSaveEnsemble(orgId: string, ensembleId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnsembleCreateBody) =>
      ensembleId
        ? unwrap(
            apiClient.PATCH('/api/orgs/{orgId}/ensembles/{ensembleId}', {
              params: { path: { orgId, ensembleId } },
              body,
            }),
          )
        : unwrap(
            apiClient.POST('/api/orgs/{orgId}/ensembles', { params: { path: { orgId } }, body }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ensemblesQueryKey(orgId) }),
  });
}
