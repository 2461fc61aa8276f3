// The organisation's networks (GET, found, join, accept) and one network's view: members,
// dashboard, agenda; coordinators invite organisations and refresh the figures.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NetworkCountry } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const orgKey = (orgId: string) => ['orgs', orgId, 'networks'] as const;
const networkKey = (networkId: string) => ['networks', networkId] as const;

export function useOrgNetworks(orgId: string) {
  return useQuery({
    queryKey: orgKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/networks', { params: { path: { orgId } } })),
  });
}

export type MembershipFacts = {
  country: NetworkCountry;
  languages: ('fr' | 'en' | 'de' | 'nl' | 'lb')[];
};

function useOrgWrite<Input>(orgId: string, write: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey(orgId) }),
  });
}

export function useCreateNetwork(orgId: string) {
  return useOrgWrite(
    orgId,
    (body: MembershipFacts & { name: string; slug: string; description: string | null }) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/networks', {
          params: { path: { orgId } },
          body: { ...body, published: true },
        }),
      ),
  );
}

export function useJoinNetwork(orgId: string) {
  return useOrgWrite(orgId, (body: MembershipFacts & { networkSlug: string }) =>
    unwrap(
      apiClient.POST('/api/orgs/{orgId}/networks/join', { params: { path: { orgId } }, body }),
    ),
  );
}

export function useAcceptNetwork(orgId: string) {
  return useOrgWrite(orgId, ({ networkId, ...body }: MembershipFacts & { networkId: string }) =>
    unwrap(
      apiClient.POST('/api/orgs/{orgId}/networks/{networkId}/accept', {
        params: { path: { orgId, networkId } },
        body,
      }),
    ),
  );
}

export function useNetwork(networkId: string) {
  return useQuery({
    queryKey: networkKey(networkId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/networks/{networkId}', { params: { path: { networkId } } })),
  });
}

export function useNetworkDashboard(networkId: string) {
  return useQuery({
    queryKey: [...networkKey(networkId), 'dashboard'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/networks/{networkId}/dashboard', { params: { path: { networkId } } }),
      ),
  });
}

/** Municipalities of the members' departments that no member reaches (a layer of the map). */
export function useNetworkWhiteZones(networkId: string) {
  return useQuery({
    queryKey: [...networkKey(networkId), 'white-zones'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/networks/{networkId}/white-zones', {
          params: { path: { networkId } },
        }),
      ),
  });
}

export function useNetworkAgenda(networkId: string) {
  return useQuery({
    queryKey: [...networkKey(networkId), 'agenda'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/networks/{networkId}/agenda', {
          params: { path: { networkId }, query: { limit: 50 } },
        }),
      ),
  });
}

function useNetworkWrite<Input>(networkId: string, write: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKey(networkId) }),
  });
}

export function useInviteOrganisation(networkId: string) {
  return useNetworkWrite(networkId, (orgSlug: string) =>
    unwrap(
      apiClient.POST('/api/networks/{networkId}/invitations', {
        params: { path: { networkId } },
        body: { orgSlug },
      }),
    ),
  );
}

export function useRefreshFigures(networkId: string) {
  return useNetworkWrite(networkId, () =>
    unwrap(
      apiClient.POST('/api/networks/{networkId}/figures/refresh', {
        params: { path: { networkId } },
      }),
    ),
  );
}
