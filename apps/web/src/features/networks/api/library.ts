// The network's shared library, from the organisation: GET list (search, filters) and one entry,
// POST share, PATCH a new version, DELETE withdraw, POST copy, POST takedown request; for network
// role holders, GET takedown requests and POST a decision.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LibraryQuery, LibraryShareBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export type LibraryFilters = Pick<LibraryQuery, 'q' | 'kind' | 'language' | 'audience' | 'mine'>;

const libraryKey = (orgId: string, networkId: string) =>
  ['orgs', orgId, 'networks', networkId, 'library'] as const;
const takedownsKey = (networkId: string) => ['networks', networkId, 'takedowns'] as const;

export function useLibrary(
  orgId: string,
  networkId: string,
  filters: LibraryFilters,
  offset: number,
) {
  return useQuery({
    queryKey: [...libraryKey(orgId, networkId), 'list', filters, offset],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/networks/{networkId}/library', {
          params: { path: { orgId, networkId }, query: { ...filters, limit: 20, offset } },
        }),
      ),
  });
}

export function useLibraryEntry(orgId: string, networkId: string, libraryEntryId: string) {
  return useQuery({
    queryKey: [...libraryKey(orgId, networkId), libraryEntryId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/networks/{networkId}/library/{libraryEntryId}', {
          params: { path: { orgId, networkId, libraryEntryId } },
        }),
      ),
  });
}

/** Where the shared file is downloaded (same origin, with the login cookie). */
export function libraryFileUrl(orgId: string, networkId: string, libraryEntryId: string) {
  return `/api/orgs/${orgId}/networks/${networkId}/library/${libraryEntryId}/file`;
}

function useLibraryWrite<Input, Output>(
  orgId: string,
  networkId: string,
  write: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: libraryKey(orgId, networkId) });
      void queryClient.invalidateQueries({ queryKey: takedownsKey(networkId) });
    },
  });
}

export function useShareEntry(orgId: string, networkId: string) {
  return useLibraryWrite(orgId, networkId, (body: LibraryShareBody) =>
    unwrap(
      apiClient.POST('/api/orgs/{orgId}/networks/{networkId}/library', {
        params: { path: { orgId, networkId } },
        body,
      }),
    ),
  );
}

export function useWithdrawEntry(orgId: string, networkId: string) {
  return useLibraryWrite(orgId, networkId, (libraryEntryId: string) =>
    unwrap(
      apiClient.DELETE('/api/orgs/{orgId}/networks/{networkId}/library/{libraryEntryId}', {
        params: { path: { orgId, networkId, libraryEntryId } },
      }),
    ),
  );
}

export function useCopyEntry(orgId: string, networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (libraryEntryId: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/networks/{networkId}/library/{libraryEntryId}/copy', {
          params: { path: { orgId, networkId, libraryEntryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}

export function useRequestTakedown(orgId: string, networkId: string) {
  return useLibraryWrite(
    orgId,
    networkId,
    ({ libraryEntryId, reason }: { libraryEntryId: string; reason: string }) =>
      unwrap(
        apiClient.POST(
          '/api/orgs/{orgId}/networks/{networkId}/library/{libraryEntryId}/takedowns',
          { params: { path: { orgId, networkId, libraryEntryId } }, body: { reason } },
        ),
      ),
  );
}

export function useTakedowns(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: takedownsKey(networkId),
    enabled,
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/networks/{networkId}/library/takedowns', {
          params: { path: { networkId } },
        }),
      ),
  });
}

export function useDecideTakedown(orgId: string, networkId: string) {
  return useLibraryWrite(
    orgId,
    networkId,
    ({ takedownId, decision }: { takedownId: string; decision: 'upheld' | 'dismissed' }) =>
      unwrap(
        apiClient.POST('/api/networks/{networkId}/library/takedowns/{takedownId}/decision', {
          params: { path: { networkId, takedownId } },
          body: { decision, note: null },
        }),
      ),
  );
}
