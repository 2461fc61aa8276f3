// A concert's seats in layers (GET), its relay allocations and group reservations (PUT), and a
// suggested split of free seats across relays (POST, nothing written).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConcertSeatLayers,
  GroupReservationsReplaceBody,
  RelayAllocationsReplaceBody,
  RelaySuggestionBody,
} from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const seatLayersQueryKey = (orgId: string, sessionId: string) =>
  ['orgs', orgId, 'sessions', sessionId, 'seat-layers'] as const;

/** The box office card's key: its remaining seats move with every layer. */
const boxOfficeKey = (orgId: string, sessionId: string) =>
  ['orgs', orgId, 'sessions', sessionId, 'box-office'] as const;

export function useSeatLayers(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: seatLayersQueryKey(orgId, sessionId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/seat-layers', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}

function useLayersWrite<Body>(
  orgId: string,
  sessionId: string,
  write: (body: Body) => Promise<ConcertSeatLayers>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (layers) => {
      queryClient.setQueryData(seatLayersQueryKey(orgId, sessionId), layers);
      await queryClient.invalidateQueries({ queryKey: boxOfficeKey(orgId, sessionId) });
    },
  });
}

export function useReplaceAllocations(orgId: string, sessionId: string) {
  return useLayersWrite(orgId, sessionId, (body: RelayAllocationsReplaceBody) =>
    unwrap(
      apiClient.PUT('/api/orgs/{orgId}/sessions/{concertId}/relay-allocations', {
        params: { path: { orgId, concertId: sessionId } },
        body,
      }),
    ),
  );
}

export function useReplaceGroupReservations(orgId: string, sessionId: string) {
  return useLayersWrite(orgId, sessionId, (body: GroupReservationsReplaceBody) =>
    unwrap(
      apiClient.PUT('/api/orgs/{orgId}/sessions/{concertId}/group-reservations', {
        params: { path: { orgId, concertId: sessionId } },
        body,
      }),
    ),
  );
}

export function useSuggestAllocations(orgId: string, sessionId: string) {
  return useMutation({
    mutationFn: (body: RelaySuggestionBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{concertId}/relay-allocations/suggestion', {
          params: { path: { orgId, concertId: sessionId } },
          body,
        }),
      ),
  });
}
