// What the organisation publishes to a network: its upcoming public sessions (GET
// /api/orgs/:orgId/sessions over the longest range a calendar answers, public ones kept), what it published to the agenda (GET, PUT, DELETE
// /api/orgs/:orgId/networks/:networkId/events/:sessionId), and news posts (GET the network's,
// POST the organisation's).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  MAX_CALENDAR_DAYS,
  type NetworkEventPublishBody,
  type NetworkNewsBody,
} from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const DAY = 864e5;
const localDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export function usePublicSessions(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'sessions', 'network-publishable'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions', {
          params: {
            path: { orgId },
            query: {
              from: localDate(Date.now()),
              to: localDate(Date.now() + MAX_CALENDAR_DAYS * DAY),
              includeCancelled: 'false',
            },
          },
        }),
      ),
    select: (calendar) => calendar.items.filter((session) => session.isPublic),
  });
}

const ownEventsKey = (orgId: string, networkId: string) =>
  ['orgs', orgId, 'networks', networkId, 'events'] as const;

export function useOwnEvents(orgId: string, networkId: string) {
  return useQuery({
    queryKey: ownEventsKey(orgId, networkId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/networks/{networkId}/events', {
          params: { path: { orgId, networkId } },
        }),
      ),
  });
}

function useEventWrite<Input>(
  orgId: string,
  networkId: string,
  write: (input: Input) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ownEventsKey(orgId, networkId) });
      void queryClient.invalidateQueries({ queryKey: ['networks', networkId] });
    },
  });
}

export function usePublishEvent(orgId: string, networkId: string) {
  return useEventWrite(
    orgId,
    networkId,
    ({ sessionId, ...body }: NetworkEventPublishBody & { sessionId: string }) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/networks/{networkId}/events/{sessionId}', {
          params: { path: { orgId, networkId, sessionId } },
          body,
        }),
      ),
  );
}

export function useWithdrawEvent(orgId: string, networkId: string) {
  return useEventWrite(orgId, networkId, (sessionId: string) =>
    unwrap(
      apiClient.DELETE('/api/orgs/{orgId}/networks/{networkId}/events/{sessionId}', {
        params: { path: { orgId, networkId, sessionId } },
      }),
    ),
  );
}

export function useNetworkNews(networkId: string) {
  return useQuery({
    queryKey: ['networks', networkId, 'news'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/networks/{networkId}/news', { params: { path: { networkId } } })),
  });
}

export function usePublishNews(orgId: string, networkId: string) {
  return useEventWrite(orgId, networkId, (body: NetworkNewsBody) =>
    unwrap(
      apiClient.POST('/api/orgs/{orgId}/networks/{networkId}/news', {
        params: { path: { orgId, networkId } },
        body,
      }),
    ),
  );
}
